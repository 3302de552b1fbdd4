#include "sending/backoff.h"

#include <cmath>

namespace sending {

Backoff::Backoff(int initialMs, double factor, int capMs, quint32 seed)
    : m_initialMs(qMax(1, initialMs))
    , m_factor(qMax(1.0, factor))
    , m_capMs(qMax(m_initialMs, capMs))
    , m_random(seed ? seed : QRandomGenerator::global()->generate())
{
}

int Backoff::baseMs(int attempt) const
{
    const double base = m_initialMs * std::pow(m_factor, qMax(0, attempt));
    return base >= m_capMs ? m_capMs : int(base);
}

int Backoff::delayMs(int attempt)
{
    const int base = baseMs(attempt);
    return base / 2 + int(m_random.bounded(base / 2 + 1));
}

} // namespace sending
