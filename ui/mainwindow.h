#pragma once

#include "accessy/accessysession.h"
#include "accessy/apiclient.h"
#include "accessy/credentialstore.h"
#include "events/organizationevents.h"
#include "models/invitationtablemodel.h"
#include "sending/sendcontroller.h"
#include "settings/connectionprofile.h"
#include "settings/profilestore.h"
#include "tracking/invitationtracker.h"

#include <memory>

namespace history {
class HistoryStore;
}

#include <QMainWindow>
#include <QTemporaryDir>
#include <QTimer>

class QAction;
class QLabel;
class QMenu;
class QSystemTrayIcon;

namespace ui {

using events::InvitationStatusChange;
using events::OrganizationEvents;
using events::StompClient;

class ConnectionForm;
class InvitePanel;
class ResultsPanel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    // The saved profile and, from the keychain, its secret (not in practice mode).
    void loadSavedConnection();
    ~MainWindow() override;

    // Practice mode: a local sandbox instead of Accessy; nobody is texted.
    void enterPracticeMode(const QUrl &apiUrl, const QUrl &eventsUrl, const QString &clientId,
                           const QString &secret);
    void showStartupProblem(const QString &message);
    void setEventsUrl(const QUrl &url) { m_eventsUrl = url; }

    // The pieces behind the window, for tests.
    models::InvitationTableModel *resultsModel() { return &m_results; }
    InvitePanel *invitePanel() const { return m_invite; }
    ResultsPanel *resultsPanel() const { return m_resultsPanel; }
    accessy::AccessySession *session() { return &m_session; }
    tracking::InvitationTracker *tracker() { return &m_tracker; }
    OrganizationEvents *events() { return &m_events; }

private:
    void buildUi();
    void buildMenus();
    void connectTracking();
    void updateSendState();
    void updateStatusCounts();
    void applyConnection();
    void signIn();
    void signOut();
    void openConnectionSettings();
    void copyDiagnostics();
    void askForNewToken();
    void updateConnectionSummary();
    void send();
    void confirmAndSend(const sending::SendPlan &plan);
    void showRecovery(const sending::RecoverySummary &summary);
    void onSignedIn(const accessy::Membership &membership);
    void onSendFinished(int sent, int failed);
    void onStatusChanged(const tracking::StatusChange &change);
    void applyStatusSlice();
    void applyStatusChange(const tracking::StatusChange &change);
    void onInvitationDiscovered(const accessy::Invitation &invitation);
    void showConnectionState(StompClient::State state);
    void inviteSelectedAgain();
    void importFile();
    void exportRows();
    void copyRowsForSpreadsheet();
    void restoreState();
    void saveState();
    void openImportPreview(const QString &path, const QString &pastedText = {});
    void addRecentFile(const QString &path);
    void updateRecentFilesMenu();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    settings::ProfileStore m_profiles;
    accessy::CredentialStore m_credentialStore;
    settings::ConnectionProfile m_profile;
    accessy::Credentials m_credentials; // in memory only
    bool m_credentialsValid = false;
    bool m_practice = false;
    accessy::ApiClient m_client;
    accessy::AccessySession m_session;
    models::InvitationTableModel m_results;
    // Practice sends are journaled in a throw-away history: the practice server forgets them
    // when it stops, and the real history must never hold them.
    std::unique_ptr<QTemporaryDir> m_practiceData;
    std::unique_ptr<history::HistoryStore> m_practiceHistory;
    sending::SendController m_sender; // after the practice history it may use
    tracking::InvitationTracker m_tracker;
    OrganizationEvents m_events;
    QUrl m_eventsUrl;
    QTimer m_countsTimer;
    QTimer m_statusSlices;
    QList<tracking::StatusChange> m_pendingStatuses;
    qsizetype m_pendingApplied = 0;

    QLabel *m_practiceBanner = nullptr;
    ConnectionForm *m_connection = nullptr;
    InvitePanel *m_invite = nullptr;
    ResultsPanel *m_resultsPanel = nullptr;
    QLabel *m_statusCounts = nullptr;
    QLabel *m_connectionState = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_notifyAction = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_retryAction = nullptr;
    QList<sending::SendItem> m_pendingItems; // waiting for the admin's confirmation
    bool m_previewing = false;
    bool m_checkedInterrupted = false;
    QString m_region = QStringLiteral("SE");
};

} // namespace ui
