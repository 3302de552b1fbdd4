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
        return {Outcome::RateLimited, 429};

    double edge = m_settings.rateLimitShare;
    if (draw < edge)
        return {Outcome::RateLimited, 429};
    edge += m_settings.errorShare;
    if (draw < edge) {
        const auto &codes = m_settings.errorCodes;
        const int code = codes.isEmpty() ? 500 : codes.at(int(m_random.bounded(codes.size())));
        return {Outcome::ServerError, code};
    }
    edge += m_settings.hangShare;
    if (draw < edge)
        return {Outcome::Hang, 0};
    edge += m_settings.dropAfterCreateShare;
    if (draw < edge)
        return {Outcome::DropAfterCreate, 0};
    edge += m_settings.malformedShare;
    if (draw < edge)
        return {Outcome::Malformed, 200};
    edge += m_settings.shortAnswerShare;
    if (draw < edge)
        return {Outcome::ShortAnswer, 200};
    edge += m_settings.cutAnswerShare;
    if (draw < edge)
        return {Outcome::CutAnswer, 200};
    edge += m_settings.lateCommitShare;
    if (draw < edge)
        return {Outcome::LateCommit, 200, m_settings.lateCommitMs};
    return {};
}

} // namespace sandbox
