#include "sending/serverclock.h"

namespace sending {

void ServerClock::note(const QList<accessy::Invitation> &answer)
{
    if (answer.isEmpty() || !answer.first().createdAt.isValid())
        return;
    // The server stamped it between our send and now: its clock minus ours, give or take
    // the round trip (which the margin covers).
    m_offsetMs = QDateTime::currentDateTimeUtc().msecsTo(answer.first().createdAt);
    m_known = true;
}

QDateTime ServerClock::notBefore(const QDateTime &localNow) const
{
    if (m_known)
        return localNow.addMSecs(m_offsetMs - m_marginMs);
    return localNow.addMSecs(-m_unknownMarginMs);
}

} // namespace sending
