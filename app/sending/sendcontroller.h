#pragma once

#include "sending/sendtypes.h"

#include <QObject>
#include <QPointer>

namespace accessy {
class AccessySession;
}
namespace models {
class InvitationTableModel;
}

namespace sending {

class SendJob;

// Puts the numbers of one send into the results table and keeps their rows up to date while
// the job runs. Refuses to start a second send while one is running, so a double click or a
// second Send can never text anyone twice.
class SendController final : public QObject
{
    Q_OBJECT
public:
    SendController(accessy::AccessySession *session, models::InvitationTableModel *table,
                   QObject *parent = nullptr);

    void setOptions(const SendOptions &options) { m_options = options; }
    bool isRunning() const;
    // False (and nothing happens) when a send is already running or nothing is to be sent.
    bool start(const QList<SendItem> &items, const QString &message,
               const QStringList &accessPermissionGroupIds = {});
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);
    void progress(int sent, int failed, int remaining);
    void finished(int sent, int failed);

private:
    void onOutcome(const SendOutcome &outcome);

    accessy::AccessySession *m_session;
    models::InvitationTableModel *m_table;
    SendOptions m_options;
    QPointer<SendJob> m_job;
};

} // namespace sending
