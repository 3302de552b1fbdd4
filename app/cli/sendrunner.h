#pragma once

#include "accessy/accessysession.h"
#include "accessy/apiclient.h"
#include "cli/sendarguments.h"
#include "cli/sendreport.h"
#include "phones/verdict.h"
#include "sending/organization.h"

#include <QObject>

namespace history {
class HistoryStore;
}
namespace sending {
class SendLock;
}

namespace cli {

// Runs one `accessy-invite send`: signs in, finishes an interrupted send of the same message,
// asks (unless --yes), sends through the same engine and history as the window, and prints
// the report. run() returns the exit code.
class SendRunner final : public QObject
{
    Q_OBJECT
public:
    SendRunner(const SendArguments &arguments, const accessy::Credentials &credentials,
               QObject *parent = nullptr);

    int run(const QList<phones::PhoneEntry> &entries);
    // `remind`: the send is recorded as reminders, and the confirmation says so; the lock it
    // already holds (it chose whom to remind under it) is used. Source: for the history.
    void setReminder(bool reminder) { m_reminder = reminder; }
    void setSource(const QString &source) { m_source = source; }
    void useHeldLock(sending::SendLock *lock) { m_heldLock = lock; }

private:
    bool signIn();
    // Waits for the organization's whole invitation list (never empty: there is no interruption).
    // The invitation list and the member list, read together.
    std::optional<accessy::Result<sending::OrganizationSnapshot>> readOrganization();
    int dryRun(history::HistoryStore *store);
    bool confirm(int count, history::HistoryStore &store);
    int send(history::HistoryStore &store);
    int finish(bool dryRun);
    void note(const QString &text) const;

    SendArguments m_arguments;
    accessy::Credentials m_credentials;
    accessy::ApiClient m_client;
    accessy::AccessySession m_session;
    QList<phones::PhoneEntry> m_entries;
    QList<ReportLine> m_lines; // one per entry, in the list's order
    bool m_progressOnTerminal = false;
    bool m_reminder = false;
    QString m_source;
    sending::SendLock *m_heldLock = nullptr;
};

} // namespace cli
