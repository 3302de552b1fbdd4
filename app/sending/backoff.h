#pragma once

#include <QRandomGenerator>

namespace sending {

// Jittered exponential back-off: the n-th wait (n from 0) is drawn uniformly from
// [base/2, base] with base = min(cap, initial * factor^n), so clients that were refused
// together do not come back together.
class Backoff final
{
public:
    Backoff(int initialMs, double factor, int capMs, quint32 seed = 0);

    int delayMs(int attempt);
    int baseMs(int attempt) const;

private:
    int m_initialMs;
    double m_factor;
    int m_capMs;
    QRandomGenerator m_random;
};

} // namespace sending
