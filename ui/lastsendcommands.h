#pragma once

#include <QObject>
#include <QStringList>

namespace ui {

class InvitePanel;
class ResultsPanel;
class SendFlow;

// What the window does with the last send, so that launch → Ctrl+V → Ctrl+Return → Enter →
// Ctrl+C gives the new IDs: when a send ends its rows are selected and the table takes the
// focus (from the invite side only: someone typing a search keeps it); a send without failures
// empties the numbers field; Ctrl+C with nothing selected copies the last send's IDs and says
// so. Also "Invite selected numbers again", which replaces the list instead of adding to it.
class LastSendCommands final : public QObject
{
    Q_OBJECT
public:
    LastSendCommands(SendFlow *flow, InvitePanel *invite, ResultsPanel *results,
                     QObject *parent = nullptr);

    void inviteSelectedAgain();

Q_SIGNALS:
    // For the status bar.
    void message(const QString &text, int timeoutMs);

private:
    void onSendEnded(const QStringList &createdIds, int notDone);
    void selectRows(const QStringList &ids);
    void copyLastSend();

    SendFlow *m_flow;
    InvitePanel *m_invite;
    ResultsPanel *m_results;
};

} // namespace ui
