#pragma once

#include "sending/sendtypes.h"

#include <QList>
#include <QObject>

class QWidget;

namespace core {
class Application;
}

namespace ui {

class InvitePanel;

// The window's side of a send: Send asks who already has an invitation, shows the
// confirmation, starts the send and says how it ended; an interrupted earlier send is offered
// to finish. The sending itself is the application's send controller.
class SendFlow final : public QObject
{
    Q_OBJECT
public:
    SendFlow(QWidget *window, core::Application *app, InvitePanel *invite);

    // One send at a time: a double click, a second Send or Send during a send does nothing.
    void send();
    bool isPreviewing() const { return m_previewing; }
    // "Retry failed": the same confirmation as Send, with the numbers cancelled on purpose
    // listed apart and unticked.
    void retryFailed();
    // The invitation IDs the last send created, in the order the answers came.
    QStringList lastSentIds() const { return m_sentIds; }

Q_SIGNALS:
    // For the status bar; 0 keeps the text until the next one.
    void message(const QString &text, int timeoutMs);
    // Sending or previewing started or ended.
    void stateChanged();
    // In practice mode, the local server stopped and the admin asked to start it again.
    void practiceRestartRequested();
    // A send started from the confirmation (its message and groups are remembered by then).
    void sendStarted();
    // A send ended; `createdIds` are the invitations it created, `notDone` counts the numbers
    // that failed, were cancelled or stay unconfirmed (already invited ones are done).
    void sendEnded(const QStringList &createdIds, int notDone);

private:
    void confirmAndSend(const sending::SendPlan &plan);
    void showPreviewFailed(const QString &why);
    void showRecovery(const sending::RecoverySummary &summary);
    void showFinished(int sent, int failed);

    QWidget *m_window;
    core::Application *m_app;
    InvitePanel *m_invite;
    QList<sending::SendItem> m_pendingItems; // waiting for the admin's confirmation
    QStringList m_sentIds;                   // created by the running or last send
    int m_notDone = 0;                       // of the running or last send
    bool m_previewing = false;
    bool m_askingRetry = false;
};

} // namespace ui
