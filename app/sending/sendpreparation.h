#pragma once

#include "accessy/types.h"
#include "sending/organization.h"
#include "sending/sendtypes.h"

#include <QObject>

namespace accessy {
class AccessySession;
}
namespace history {
class HistoryStore;
}

namespace sending {

class Backoff;
class GraceWatch;
class InvitationListReader;

// What a job does before it sends anything: reads the server's invitation list and member list
// (OrganizationReader; again after failures that may pass), waits out the grace of requests an
// interrupted job left without an answer (their numbers are counted in the GraceWatch under key 0)
// and then reads it afresh, and reconciles those requests against it (recovered). Ends with ready
// or failed.
class SendPreparation final : public QObject
{
    Q_OBJECT
public:
    // `history` may be null; the reader, watch and back-off belong to the job.
    SendPreparation(accessy::AccessySession *session, history::HistoryStore *history,
                    InvitationListReader *lists, GraceWatch *watch, Backoff *backoff,
                    const SendOptions &options, QObject *parent = nullptr);

    void start();
    // No further read is tried; a wait for a grace ends at once with failed({}).
    void cancel();

Q_SIGNALS:
    void recovered(const sending::RecoverySummary &summary);
    // Members read so far of total, while the member list is walked (for a progress bar).
    void memberProgress(int read, qint64 total);
    void ready(const sending::OrganizationSnapshot &organization);
    void failed(const QString &reason);

private:
    void read();
    bool waitForOpenGrace();

    accessy::AccessySession *m_session;
    history::HistoryStore *m_history;
    InvitationListReader *m_lists;
    OrganizationReader *m_organization;
    GraceWatch *m_watch;
    Backoff *m_backoff;
    SendOptions m_options;
    int m_attempts = 0;
    bool m_waiting = false;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace sending
