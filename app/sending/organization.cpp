#include "sending/organization.h"

#include "accessy/memberapi.h"
#include "accessy/memberwalker.h"
#include "sending/invitationlistreader.h"

#include <QPointer>

namespace sending {

OrganizationReader::OrganizationReader(accessy::AccessySession *session,
                                       InvitationListReader *lists, QObject *parent)
    : QObject(parent)
    , m_lists(lists)
    , m_api(new accessy::MemberApi(session, this))
    , m_walker(new accessy::MemberWalker(m_api, this))
{
    connect(m_walker, &accessy::MemberWalker::progress, this, &OrganizationReader::memberProgress);
    connect(m_walker, &accessy::MemberWalker::finished, this,
            [this](const QList<accessy::Member> &members) {
                m_snapshot.members = members;
                m_haveMembers = true;
                deliver(m_generation);
            });
    connect(m_walker, &accessy::MemberWalker::failed, this,
            [this](const accessy::ApiError &error) { fail(m_generation, error); });
}

OrganizationReader::~OrganizationReader() = default;

void OrganizationReader::read(Callback callback)
{
    const quint64 generation = ++m_generation;
    m_callback = std::move(callback);
    m_snapshot = {};
    m_haveInvitations = m_haveMembers = false;
    m_walker->start();
    // The shared list read may answer after this reader is gone (a failed or cancelled read
    // is deleted at once): the guard keeps that late answer from touching it.
    QPointer<OrganizationReader> self(this);
    m_lists->read(
        [this, self, generation](const accessy::Result<QList<accessy::Invitation>> &list) {
            if (!self || generation != m_generation)
                return;
            if (!list.ok())
                return fail(generation, list.error());
            m_snapshot.invitations = list.value();
            m_haveInvitations = true;
            deliver(generation);
        });
}

void OrganizationReader::cancel()
{
    ++m_generation;
    m_walker->cancel();
    m_callback = {};
}

void OrganizationReader::deliver(quint64 generation)
{
    if (generation != m_generation || !m_haveInvitations || !m_haveMembers || !m_callback)
        return;
    ++m_generation;
    const Callback callback = std::exchange(m_callback, {});
    callback(std::exchange(m_snapshot, {}));
}

void OrganizationReader::fail(quint64 generation, const accessy::ApiError &error)
{
    if (generation != m_generation || !m_callback)
        return;
    ++m_generation;
    m_walker->cancel();
    const Callback callback = std::exchange(m_callback, {});
    callback(error);
}

} // namespace sending
