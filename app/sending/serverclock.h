#pragma once

#include "accessy/types.h"

#include <QDateTime>

namespace sending {

// Our estimate of the server's clock, from the creation times in its answers: which
// invitations on its list a batch may have created is decided on the server's clock.
class ServerClock final
{
public:
    ServerClock(qint64 marginMs, qint64 unknownMarginMs)
        : m_marginMs(marginMs)
        , m_unknownMarginMs(unknownMarginMs)
    {
    }

    void note(const QList<accessy::Invitation> &answer);
    // Server time at or before a request leaving at localNow (a wider margin until an answer
    // told us the offset).
    QDateTime notBefore(const QDateTime &localNow) const;

private:
    qint64 m_marginMs;
    qint64 m_unknownMarginMs;
    qint64 m_offsetMs = 0;
    bool m_known = false;
};

} // namespace sending
