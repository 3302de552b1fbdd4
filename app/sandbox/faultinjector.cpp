#include "faultinjector.h"

namespace sandbox {

FaultInjector::FaultInjector(const FaultSettings &settings)
{
    m_clock.start();
    setSettings(settings);
}

void FaultInjector::setSettings(const FaultSettings &settings)
{
    m_settings = settings;
    if (settings.seed)
        m_random.seed(*settings.seed);
    else
        m_random.seed(QRandomGenerator::system()->generate());
    m_admittedAt.clear();
}

bool FaultInjector::overPerSecondLimit()
{
    if (m_settings.rateLimitPerSecond <= 0)
        return false;
    const qint64 now = m_clock.elapsed();
    while (!m_admittedAt.empty() && now - m_admittedAt.front() >= 1000)
        m_admittedAt.pop_front();
    if (qint64(m_admittedAt.size()) >= m_settings.rateLimitPerSecond)
        return true;
    m_admittedAt.push_back(now);
    return false;
}

FaultInjector::Decision FaultInjector::decideInvitationPost()
{
    // Draw first so the sequence of draws does not depend on the per-second limit's timing.
    const double draw = m_random.generateDouble();
    if (overPerSecondLimit())
        return decisionFor(Outcome::RateLimited);

    // Each fault owns the next slice of [0, 1) as wide as its share, in this order; the draw
    // falls in at most one of them.
    const std::pair<double, Outcome> slices[] = {
        {m_settings.rateLimitShare, Outcome::RateLimited},
        {m_settings.errorShare, Outcome::ServerError},
        {m_settings.hangShare, Outcome::Hang},
        {m_settings.dropAfterCreateShare, Outcome::DropAfterCreate},
        {m_settings.malformedShare, Outcome::Malformed},
        {m_settings.shortAnswerShare, Outcome::ShortAnswer},
        {m_settings.cutAnswerShare, Outcome::CutAnswer},
        {m_settings.lateCommitShare, Outcome::LateCommit}};
    double edge = 0;
    for (const auto &[share, outcome] : slices) {
        edge += share;
        if (draw < edge)
            return decisionFor(outcome);
    }
    return {};
}

FaultInjector::Decision FaultInjector::decisionFor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::RateLimited:
        return {outcome, 429};
    case Outcome::ServerError: {
        const auto &codes = m_settings.errorCodes;
        return {outcome, codes.isEmpty() ? 500 : codes.at(int(m_random.bounded(codes.size())))};
    }
    case Outcome::Hang:
    case Outcome::DropAfterCreate:
        return {outcome, 0}; // no answer at all
    case Outcome::LateCommit:
        return {outcome, 200, m_settings.lateCommitMs};
    case Outcome::Normal:
    case Outcome::Malformed:
    case Outcome::ShortAnswer:
    case Outcome::CutAnswer:
        break;
    }
    return {outcome, 200};
}

} // namespace sandbox
