#include "tracking/invitationtracker.h"

#include "accessy/accessysession.h"

namespace tracking {

InvitationTracker::InvitationTracker(accessy::AccessySession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &InvitationTracker::refresh);
}

void InvitationTracker::setRefreshInterval(int milliseconds)
{
    m_timer.setInterval(qMax(0, milliseconds));
    if (milliseconds <= 0)
        m_timer.stop();
}

void InvitationTracker::startPeriodicRefresh()
{
    if (m_timer.interval() > 0)
        m_timer.start();
}

void InvitationTracker::stopPeriodicRefresh()
{
    m_timer.stop();
}

void InvitationTracker::remember(const accessy::Invitation &invitation)
{
    if (!invitation.id.isEmpty())
        m_known.insert(invitation.id, {invitation.recipientMsisdn, invitation.status});
}

void InvitationTracker::setHeld(bool held)
{
    m_held = held;
    if (!held && !m_refreshing && std::exchange(m_refreshAgain, false))
        refresh();
}

void InvitationTracker::refresh()
{
    if (m_refreshing || m_held) {
        // A refresh asked for during one (say, after a reconnect) must see the newer state.
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    m_session->listInvitations(
        this, [this, startedAt](const accessy::Result<QList<accessy::Invitation>> &result) {
            m_refreshing = false;
            if (result.ok()) {
                merge(result.value());
                Q_EMIT listRead(result.value(), startedAt);
                Q_EMIT refreshed(int(result.value().size()));
            } else {
                Q_EMIT refreshFailed(result.error().userMessage());
            }
            if (!m_held && std::exchange(m_refreshAgain, false))
                refresh();
        });
}

void InvitationTracker::merge(const QList<accessy::Invitation> &invitations)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const accessy::Invitation &inv : invitations) {
        auto it = m_known.find(inv.id);
        if (it == m_known.end()) {
            m_known.insert(inv.id, {inv.recipientMsisdn, inv.status});
            Q_EMIT invitationDiscovered(inv);
            continue;
        }
        if (it->status != inv.status) {
            const StatusChange change{inv.id, inv.recipientMsisdn, it->status, inv.status, now};
            it->status = inv.status;
            Q_EMIT statusChanged(change);
        }
    }
}

void InvitationTracker::applyEvent(const QString &invitationId, const QString &newStatus,
                                   const QDateTime &at, const QString &msisdn)
{
    auto it = m_known.find(invitationId);
    if (it == m_known.end()) {
        // An invitation we have not seen yet: the list tells us the rest.
        m_known.insert(invitationId, {msisdn, newStatus});
        Q_EMIT statusChanged({invitationId, msisdn, QString(), newStatus, at});
        refresh();
        return;
    }
    if (it->status == newStatus)
        return;
    const StatusChange change{invitationId, msisdn.isEmpty() ? it->msisdn : msisdn, it->status,
                              newStatus, at.isValid() ? at : QDateTime::currentDateTimeUtc()};
    it->status = newStatus;
    if (!msisdn.isEmpty())
        it->msisdn = msisdn;
    Q_EMIT statusChanged(change);
}

} // namespace tracking
