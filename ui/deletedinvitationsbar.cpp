#include "deletedinvitationsbar.h"

#include "invitepanel.h"
#include "sendflow.h"

#include "core/application.h"
#include "models/deletedinvitations.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace ui {

DeletedInvitationsBar::DeletedInvitationsBar(core::Application *app, InvitePanel *invite,
                                             SendFlow *flow, QWidget *parent)
    : QFrame(parent)
    , m_deleted(new models::DeletedInvitations(app->session(), app->tracker(), app->events(),
                                               app->sender(), app->results(), this))
    , m_invite(invite)
    , m_flow(flow)
    , m_text(new QLabel(this))
    , m_inviteAgain(new QPushButton(tr("Invite &again…"), this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("deletedInvitationsBar"));
    setAccessibleName(tr("Deleted invitations"));
    // Like a KMessageWidget of the warning kind: a tinted frame, readable in light and dark.
    setStyleSheet(QStringLiteral("#deletedInvitationsBar { background: #fde7c2; border: 1px solid "
                                 "#d08a00; border-radius: 4px; } "
                                 "#deletedInvitationsBar QLabel { color: #3d2a00; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_text->setObjectName(QStringLiteral("deletedText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    m_inviteAgain->setObjectName(QStringLiteral("inviteDeletedAgain"));
    layout->addWidget(m_inviteAgain);
    m_close->setObjectName(QStringLiteral("closeDeletedBar"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Close"));
    m_close->setToolTip(tr("Put this away; the numbers are not invited"));
    layout->addWidget(m_close);
    setVisible(false);

    connect(m_deleted, &models::DeletedInvitations::changed, this, &DeletedInvitationsBar::update);
    connect(m_inviteAgain, &QPushButton::clicked, this, &DeletedInvitationsBar::inviteAgain);
    connect(m_close, &QToolButton::clicked, m_deleted, &models::DeletedInvitations::clear);
}

void DeletedInvitationsBar::update()
{
    const QStringList numbers = m_deleted->numbers();
    const int n = int(numbers.size());
    if (n == 0) {
        setVisible(false);
        return;
    }
    m_text->setText(tr("%n invitation(s) were deleted — usually an account reset. Invite them "
                       "again?",
                       nullptr, n));
    const QString list = numbers.join(QStringLiteral(", "));
    m_text->setToolTip(list);
    m_text->setAccessibleDescription(list);
    m_inviteAgain->setToolTip(tr("Put these numbers in the list to invite and check them before "
                                 "anything is sent: %1")
                                  .arg(list));
    setVisible(true);
}

void DeletedInvitationsBar::inviteAgain()
{
    const QStringList numbers = m_deleted->numbers();
    if (numbers.isEmpty())
        return;
    m_invite->replaceNumbers(numbers); // exactly these: the confirmation counts no others
    m_deleted->clear();
    m_flow->send(); // the usual confirmation: nothing leaves before the admin says so
}

} // namespace ui
