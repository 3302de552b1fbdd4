#include "sending/sendpreparation.h"

#include "accessy/accessysession.h"
#include "history/historystore.h"
#include "sending/backoff.h"
#include "sending/gracewatch.h"
#include "sending/invitationlistreader.h"
#include "sending/recovery.h"
#include "sending/sendjournal.h"
#include "sending/sendpolicy.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcPrepare, "accessy.sending")

namespace sending {

SendPreparation::SendPreparation(accessy::AccessySession *session, history::HistoryStore *history,
                                 InvitationListReader *lists, GraceWatch *watch, Backoff *backoff,
                                 const SendOptions &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_history(history)
    , m_lists(lists)
    , m_organization(new OrganizationReader(session, lists, this))
    , m_watch(watch)
    , m_backoff(backoff)
    , m_options(options)
{
    connect(m_organization, &OrganizationReader::memberProgress, this,
            &SendPreparation::memberProgress);
}

void SendPreparation::start()
{
    m_attempts = 0;
    m_waiting = m_cancelled = m_done = false;
    read();
}

void SendPreparation::cancel()
{
    m_cancelled = true;
    if (!m_waiting || m_done)
        return; // a read in progress ends the preparation
    m_waiting = m_done = true;
    m_watch->remove(0);
    Q_EMIT failed({}); // nothing was sent; the interrupted batches stay open
}

void SendPreparation::read()
{
    // Nothing is sent before the lists are read: the invitation list settles what a crash left
    // open, and with the member list it shows who is a member or invited already.
    const QDateTime readStartedAt = QDateTime::currentDateTimeUtc();
    m_organization->read([this,
                          readStartedAt](const accessy::Result<OrganizationSnapshot> &result) {
        if (m_done)
            return;
        if (result.ok() && m_history) {
            // The history learns every status on the list, and which pending ones are gone.
            m_history->learnFromList(m_session->organizationId(),
                                     journal::seenStatuses(result.value().invitations),
                                     readStartedAt);
        }
        if (result.ok()) {
            if (waitForOpenGrace())
                return;
            if (m_history) {
                // Only invitations the journal recorded are accounted for: those a crash left
                // unanswered are on the list but not in the journal.
                QSet<QString> recorded = m_history->knownInvitationIds();
                const RecoverySummary summary = recovery::reconcileUnfinished(
                    *m_history, m_session->organizationId(), result.value().invitations, &recorded);
                if (!summary.isEmpty())
                    Q_EMIT recovered(summary);
            }
            m_done = true;
            return Q_EMIT ready(result.value());
        }
        const accessy::ApiError &e = result.error();
        const bool mayRecover = policy::decide(e, {}, {}).action != policy::ErrorAction::StopJob;
        if (!m_cancelled && mayRecover && ++m_attempts < m_options.maxListAttempts) {
            QTimer::singleShot(m_backoff->delayMs(m_attempts - 1), this, [this] { read(); });
            return;
        }
        m_done = true;
        Q_EMIT failed(e.userMessage());
    });
}

bool SendPreparation::waitForOpenGrace()
{
    // Requests an interrupted job left without an answer may still be in the server's queue:
    // their numbers are checked (never re-sent) once their grace has passed, and before
    // anything else is sent. Asked after a list read, so the session knows its organization.
    if (!m_history || m_cancelled)
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const recovery::OpenGrace open =
        recovery::openGrace(*m_history, m_session->organizationId(), m_options.graceMs, now);
    if (open.numbers == 0)
        return false;
    m_waiting = true;
    m_watch->set(0, open.numbers, open.endsAt); // the job's task ids start at 1
    qCInfo(lcPrepare) << open.numbers << "numbers of an interrupted send wait for their grace,"
                      << now.msecsTo(open.endsAt) << "ms";
    QTimer::singleShot(qMax<qint64>(0, now.msecsTo(open.endsAt)), Qt::PreciseTimer, this, [this] {
        if (m_done)
            return; // cancelled meanwhile
        m_waiting = false;
        m_watch->remove(0);
        read(); // a fresh read, after the grace
    });
    return true;
}

} // namespace sending
