#include "sending/groupadder.h"

#include "accessy/memberapi.h"

namespace sending {

GroupAdder::GroupAdder(accessy::AccessySession *session, QObject *parent)
    : QObject(parent)
    , m_api(new accessy::MemberApi(session, this))
{
}

void GroupAdder::start(const QList<NumberVerdict> &members, const QStringList &groupIds)
{
    m_queue = members;
    m_groupIds = groupIds;
    m_running = true;
    pump();
}

void GroupAdder::cancel()
{
    const QList<NumberVerdict> left = std::exchange(m_queue, {});
    for (const NumberVerdict &member : left)
        done(member, OutcomeKind::Cancelled, tr("Cancelled before it was added to the groups."));
    pump(); // finished, when nothing is under way
}

void GroupAdder::pump()
{
    while (m_inFlight < kMaxInFlight && !m_queue.isEmpty()) {
        const NumberVerdict member = m_queue.takeFirst();
        ++m_inFlight;
        const auto withRef = [this, member](const QString &membershipId) {
            addToGroups(member, membershipId, 0);
        };
        if (!member.userId.isEmpty()) {
            m_api->membershipOfUser(member.userId, this, [this, member, withRef](const auto &ref) {
                if (!ref.ok())
                    return done(
                        member, OutcomeKind::Failed,
                        tr("Not added to the access groups: %1").arg(ref.error().userMessage()));
                withRef(ref.value().id);
            });
        } else {
            m_api->findByMsisdn(member.item.msisdn, this, [this, member, withRef](const auto &ref) {
                if (!ref.ok())
                    return done(
                        member, OutcomeKind::Failed,
                        tr("Not added to the access groups: %1").arg(ref.error().userMessage()));
                if (!ref.value())
                    return done(member, OutcomeKind::Failed,
                                tr("Accepted the invitation but is not a member yet, "
                                   "so the access groups were not added; not "
                                   "invited again. Try again later."));
                withRef(ref.value()->id);
            });
        }
    }
    if (m_inFlight == 0 && m_queue.isEmpty() && m_running) {
        m_running = false;
        Q_EMIT finished();
    }
}

void GroupAdder::addToGroups(const NumberVerdict &member, const QString &membershipId,
                             int groupIndex)
{
    if (groupIndex >= m_groupIds.size())
        return done(member, OutcomeKind::AddedToGroups,
                    tr("Already a member of the organization: added to %n access group(s) "
                       "instead of invited.",
                       nullptr, int(m_groupIds.size())));
    m_api->addToGroup(
        m_groupIds.at(groupIndex), membershipId, this,
        [this, member, membershipId, groupIndex](const auto &added) {
            if (!added.ok())
                return done(
                    member, OutcomeKind::Failed,
                    tr("Not added to the access groups: %1").arg(added.error().userMessage()));
            addToGroups(member, membershipId, groupIndex + 1);
        });
}

void GroupAdder::done(const NumberVerdict &member, OutcomeKind kind, const QString &reason)
{
    const bool wasInFlight = kind != OutcomeKind::Cancelled;
    if (wasInFlight)
        --m_inFlight;
    Q_EMIT settled(journal::Settled{member.item, kind, member.invitation, reason});
    if (wasInFlight)
        pump();
}

} // namespace sending
