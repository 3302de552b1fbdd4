#pragma once

#include "core/draftstore.h"

#include <QObject>
#include <QStringList>

namespace core {
class Application;
}

namespace ui {

class InvitePanel;
class SendFlow;

// Keeps what the admin was about to send across a close, a quit during a send or a crash
// after the send started: the numbers (typed or imported), the message and the groups go to
// the draft when the window closes and when a send starts, come back at the next start, and
// are forgotten once a send succeeds. Without a draft the message field starts with the
// application's default message, which follows the organization's name until edited.
class DraftKeeper final : public QObject
{
    Q_OBJECT
public:
    DraftKeeper(core::Application *app, InvitePanel *invite, SendFlow *flow,
                QObject *parent = nullptr);

    // At start: the draft, or else the default message. True when a draft came back.
    bool restore();
    void save();
    core::DraftStore *store() { return &m_store; }

private:
    core::Draft current() const;

    core::Application *m_app;
    InvitePanel *m_invite;
    core::DraftStore m_store;
    QString m_defaultShown; // the default message as shown, while the admin has not edited it
    QStringList m_groupsToRestore;
};

} // namespace ui
