#include "sending/groupadder.h"

#include "accessy/memberapi.h"

#include <QTimer>

#include <cmath>

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
        ++m_inFlight;
        step(m_queue.takeFirst(), {}, 0, 0);
    }
    if (m_inFlight == 0 && m_queue.isEmpty() && m_running) {
        m_running = false;
        Q_EMIT finished();
    }
}

bool GroupAdder::waitIfRateLimited(const accessy::ApiError &error, int rateLimited,
                                   std::function<void()> again)
{
    if (error.kind != accessy::ApiError::Kind::Http || error.httpStatus != 429 ||
        rateLimited >= kMaxRateLimited)
        return false;
    // Retry-After when given, else 0.3 s × 1.5 per try (API.md §7); the calls are idempotent.
    const int delay = error.retryAfterSeconds >= 0 ? qMin(error.retryAfterSeconds, 120) * 1000
                                                   : int(300 * std::pow(1.5, rateLimited));
    QTimer::singleShot(delay, this, std::move(again));
    return true;
}

void GroupAdder::step(const NumberVerdict &member, const QString &membershipId, int groupIndex,
                      int rateLimited)
{
    const auto failed = [this, member](const accessy::ApiError &error) {
        done(member, OutcomeKind::Failed,
             tr("Not added to the access groups: %1").arg(error.userMessage()));
    };
    const auto retry = [this, member, membershipId, groupIndex, rateLimited] {
        step(member, membershipId, groupIndex, rateLimited + 1);
    };
    if (membershipId.isEmpty() && !member.userId.isEmpty()) {
        m_api->membershipOfUser(member.userId, this, [=, this](const auto &ref) {
            if (!ref.ok())
                return waitIfRateLimited(ref.error(), rateLimited, retry) ? void()
                                                                          : failed(ref.error());
            step(member, ref.value().id, 0, rateLimited);
        });
    } else if (membershipId.isEmpty()) {
        // Accepted, but not on the member list: looked up by number.
        m_api->findByMsisdn(member.item.msisdn, this, [=, this](const auto &ref) {
            if (!ref.ok())
                return waitIfRateLimited(ref.error(), rateLimited, retry) ? void()
                                                                          : failed(ref.error());
            if (!ref.value())
                return done(member, OutcomeKind::Failed,
                            tr("Accepted the invitation but is not a member yet, so the access "
                               "groups were not added; not invited again. Try again later."));
            step(member, ref.value()->id, 0, rateLimited);
        });
    } else if (groupIndex >= m_groupIds.size()) {
        done(member, OutcomeKind::AddedToGroups,
             tr("Already a member of the organization: added to %n access group(s) instead of "
                "invited.",
                nullptr, int(m_groupIds.size())));
    } else {
        m_api->addToGroup(m_groupIds.at(groupIndex), membershipId, this,
                          [=, this](const auto &added) {
                              if (!added.ok())
                                  return waitIfRateLimited(added.error(), rateLimited, retry)
                                             ? void()
                                             : failed(added.error());
                              step(member, membershipId, groupIndex + 1, rateLimited);
                          });
    }
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
