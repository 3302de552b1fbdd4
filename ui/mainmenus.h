#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QAction;
class QMainWindow;

namespace sending {
class SendController;
}
namespace tracking {
class InvitationTracker;
}
namespace models {
class InvitationTableModel;
}

namespace ui {

class FileCommands;
class ReminderCommands;
class ResultsPanel;

// What the window's menus act on.
struct MainMenuTargets
{
    FileCommands *files = nullptr;
    ResultsPanel *resultsPanel = nullptr;
    sending::SendController *sender = nullptr;
    tracking::InvitationTracker *tracker = nullptr;
    models::InvitationTableModel *results = nullptr;
    ReminderCommands *reminders = nullptr; // View › Pending longer than…, Edit › Remind selected
    std::function<void()> openConnectionSettings;
    std::function<void()> copyDiagnostics;
    std::function<void()> inviteSelectedAgain;
    std::function<void()> retryFailed; // asks first, like Send
    std::function<void(const QString &text, int timeoutMs)> showMessage;
};

// The actions the window enables and reads later.
struct MainMenuActions
{
    QAction *refresh = nullptr;
    QAction *notify = nullptr;
    QAction *retry = nullptr;
};

// File, Edit, View and Help with their shortcuts, tips and palette-following icons; the
// results view's context menu gets the same row commands.
class MainMenus final
{
    Q_DECLARE_TR_FUNCTIONS(MainMenus)
public:
    static MainMenuActions build(QMainWindow *window, const MainMenuTargets &targets);
};

} // namespace ui
