#pragma once

#include "accessy/member.h"
#include "accessy/result.h"
#include "accessy/types.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <functional>

namespace accessy {
class AccessySession;
class MemberApi;
class MemberWalker;
} // namespace accessy

namespace sending {

class InvitationListReader;

// What the server says about the organization before a send: its invitations and its members
// (persons with a number). The planner decides every number from it.
struct OrganizationSnapshot
{
    QList<accessy::Invitation> invitations;
    QList<accessy::Member> members;
};

// Reads the invitation list and walks the member list at the same time; answers once both
// are read, or with the first error (the other read is abandoned). One read at a time: a new
// read() abandons the previous one.
class OrganizationReader final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const accessy::Result<OrganizationSnapshot> &)>;

    // `lists` is shared with the caller (reconciliations read the invitation list too).
    OrganizationReader(accessy::AccessySession *session, InvitationListReader *lists,
                       QObject *parent = nullptr);
    ~OrganizationReader() override;

    void read(Callback callback);
    void cancel();
    accessy::MemberWalker *memberWalker() const { return m_walker; }

Q_SIGNALS:
    // Member pages read so far, of total (for a progress bar).
    void memberProgress(int read, qint64 total);

private:
    void deliver(quint64 generation);
    void fail(quint64 generation, const accessy::ApiError &error);

    InvitationListReader *m_lists;
    accessy::MemberApi *m_api;
    accessy::MemberWalker *m_walker;
    Callback m_callback;
    OrganizationSnapshot m_snapshot;
    bool m_haveInvitations = false;
    bool m_haveMembers = false;
    quint64 m_generation = 0;
};

} // namespace sending
