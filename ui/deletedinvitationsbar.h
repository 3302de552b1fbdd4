#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace core {
class Application;
}
namespace models {
class DeletedInvitations;
}

namespace ui {

class InvitePanel;
class SendFlow;

// "3 invitations were deleted — usually an account reset. Invite them again?" above the
// results when invitations are deleted or memberships removed (models::DeletedInvitations), with
// the numbers in its tip. Not modal: the admin answers when ready. "Invite again…" puts exactly
// those numbers in the list and plans them through the usual confirmation; × puts it away.
class DeletedInvitationsBar final : public QFrame
{
    Q_OBJECT
public:
    DeletedInvitationsBar(core::Application *app, InvitePanel *invite, SendFlow *flow,
                          QWidget *parent = nullptr);

    models::DeletedInvitations *deleted() const { return m_deleted; }

private:
    void update();
    void inviteAgain();

    models::DeletedInvitations *m_deleted;
    InvitePanel *m_invite;
    SendFlow *m_flow;
    QLabel *m_text;
    QPushButton *m_inviteAgain;
    QToolButton *m_close;
};

} // namespace ui
