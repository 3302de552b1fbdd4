#include "sending/invitationlistreader.h"

#include "accessy/accessysession.h"

namespace sending {

InvitationListReader::InvitationListReader(accessy::AccessySession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void InvitationListReader::read(Callback callback)
{
    m_waiting << std::move(callback);
    if (!m_reading)
        startRead();
}

void InvitationListReader::startRead()
{
    m_reading = true;
    ++m_reads;
    auto served = std::make_shared<QList<Callback>>(std::exchange(m_waiting, {}));
    m_session->listInvitations(
        this, [this, served](const accessy::Result<QList<accessy::Invitation>> &result) {
            m_reading = false;
            for (const Callback &callback : *served)
                callback(result);
            if (!m_waiting.isEmpty())
                startRead();
        });
}

} // namespace sending
