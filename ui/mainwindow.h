#pragma once

#include "accessy/types.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QSystemTrayIcon;

namespace accessy {
class AccessySession;
}
namespace core {
class Application;
}
namespace models {
class InvitationTableModel;
}
namespace tracking {
class InvitationTracker;
struct StatusChange;
} // namespace tracking
namespace events {
class OrganizationEvents;
class StompClient;
struct InvitationStatusChange;
} // namespace events

namespace ui {

using events::InvitationStatusChange;
using events::OrganizationEvents;
using events::StompClient;

class CloseGuard;
class ConnectionForm;
class DraftKeeper;
class LastSendCommands;
class FileCommands;
class InvitePanel;
class LiveStateLabel;
class ReminderCommands;
class ResultsPanel;
class SendFlow;

// The main window: shows the application's connection, the numbers to invite and the
// results, and turns the admin's commands into calls on the application object it is handed
// (which owns every service; the window owns none).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(core::Application *app, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The saved profile and, from the keychain, its secret (not in practice mode).
    void loadSavedConnection();
    // Practice mode: a local sandbox instead of Accessy; nobody is texted.
    void enterPracticeMode(const QUrl &apiUrl, const QUrl &eventsUrl, const QString &clientId,
                           const QString &secret);
    void showStartupProblem(const QString &message);

    // The pieces behind the window, for tests.
    core::Application *application() const { return m_app; }
    models::InvitationTableModel *resultsModel() const;
    InvitePanel *invitePanel() const { return m_invite; }
    ResultsPanel *resultsPanel() const { return m_resultsPanel; }
    accessy::AccessySession *session() const;
    tracking::InvitationTracker *tracker() const;
    OrganizationEvents *events() const;

Q_SIGNALS:
    // Practice mode: the local server stopped and the admin wants it back.
    void practiceRestartRequested();

private:
    void buildUi();
    void buildMenus();
    void connectApplication();
    void updateSendState();
    void updateConnectionSummary();
    void signIn();
    void signOut();
    void openConnectionSettings();
    void copyDiagnostics();
    void askForNewToken();
    void onSignedIn(const accessy::Membership &membership);
    void notifyAccepted(const tracking::StatusChange &change);
    void restoreState();
    void saveState();
    void showMessage(const QString &text, int timeoutMs);

    // Makes the window anew in another language, with this one's state.
    friend class WindowHost;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    core::Application *m_app;
    QLabel *m_practiceBanner = nullptr;
    ConnectionForm *m_connection = nullptr;
    InvitePanel *m_invite = nullptr;
    ResultsPanel *m_resultsPanel = nullptr;
    LiveStateLabel *m_connectionState = nullptr;
    FileCommands *m_files = nullptr;
    SendFlow *m_sendFlow = nullptr;
    LastSendCommands *m_lastSend = nullptr;
    DraftKeeper *m_draft = nullptr;
    CloseGuard *m_closeGuard = nullptr;
    ReminderCommands *m_reminders = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_notifyAction = nullptr;
    QAction *m_retryAction = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace ui
