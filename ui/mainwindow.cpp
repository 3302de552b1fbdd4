#include "mainwindow.h"

#include "tracking/statushistory.h"

#include "aboutdialog.h"
#include "accessgroupspicker.h"
#include "connectiondialog.h"
#include "connectionform.h"
#include "datastoragedialog.h"
#include "forgetnumberaction.h"
#include "icons.h"
#include "importpreviewdialog.h"
#include "invitepanel.h"
#include "models/invitationfiltermodel.h"
#include "resultspanel.h"
#include "resultsview.h"
#include "sendconfirmationdialog.h"
#include "shortcutsdialog.h"

#include "accessy/logredaction.h"
#include "settings/diagnosticsreport.h"

#include "history/historystore.h"

#include "export/delimitedtext.h"
#include "export/exportfile.h"
#include "export/exporttable.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

using models::InvitationTableModel;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(&m_client)
    , m_sender(&m_session, &m_results)
    , m_tracker(&m_session)
{
    setWindowTitle(tr("Accessy Invite"));
    accessy::ApiClientSettings clientSettings = m_client.settings();
    clientSettings.maxReplyBytes = 256LL * 1024 * 1024; // the list of a large organization
    m_client.setSettings(clientSettings);
    buildUi();
    buildMenus();
    connectTracking();

    connect(m_connection, &ConnectionForm::settingsRequested, this,
            &MainWindow::openConnectionSettings);
    connect(m_connection, &ConnectionForm::signInRequested, this, &MainWindow::signIn);
    connect(m_connection, &ConnectionForm::signOutRequested, this, &MainWindow::signOut);
    connect(&m_session, &accessy::AccessySession::pastedTokenExpired, this,
            &MainWindow::askForNewToken);
    connect(&m_session, &accessy::AccessySession::organizationNameKnown, this,
            [this](const QString &organizationId, const QString &name) {
                if (m_practice)
                    return;
                m_profiles.rememberOrganization(m_profile.name, organizationId, name);
                m_profile.organizationId = organizationId;
                m_profile.organizationName = name;
                updateConnectionSummary();
            });
    connect(m_invite, &InvitePanel::sendRequested, this, &MainWindow::send);
    connect(m_invite, &InvitePanel::defaultRegionChosen, this, [this](const QString &region) {
        m_region = region;
        QSettings().setValue(QStringLiteral("numbers/defaultRegion"), region);
    });
    connect(m_invite, &InvitePanel::spreadsheetPasted, this,
            [this](const QString &text) { openImportPreview(QString(), text); });
    setAcceptDrops(true);
    connect(m_resultsPanel, &ResultsPanel::cancelRequested, &m_sender,
            &sending::SendController::cancel);
    connect(&m_sender, &sending::SendController::runningChanged, this, [this](bool running) {
        m_resultsPanel->setSending(running);
        m_tracker.setHeld(running);
        updateSendState();
    });
    connect(&m_sender, &sending::SendController::progress, m_resultsPanel,
            &ResultsPanel::setProgress);
    connect(&m_sender, &sending::SendController::unconfirmed, m_resultsPanel,
            &ResultsPanel::setUnconfirmed);
    connect(&m_sender, &sending::SendController::finished, this, &MainWindow::onSendFinished);
    connect(&m_sender, &sending::SendController::previewReady, this, &MainWindow::confirmAndSend);
    connect(&m_sender, &sending::SendController::previewFailed, this, [this](const QString &why) {
        m_previewing = false;
        updateSendState();
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Not sent"),
            tr("Before sending, the app checks who already has an invitation, and that check "
               "failed:\n%1\n\nNothing was sent. Try again when the connection works.")
                .arg(why),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("notSentMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(&m_sender, &sending::SendController::recovered, this, &MainWindow::showRecovery);
    // Shown until the other send ends (it may be long): cleared once this one starts or ends.
    connect(&m_sender, &sending::SendController::waitingForOtherSend, this,
            [this](const QString &organization, qint64 pid) {
                statusBar()->showMessage(
                    tr("Another send to %1 is running in process %2 — waiting…")
                        .arg(organization)
                        .arg(pid));
            });
    connect(&m_sender, &sending::SendController::planned, statusBar(), &QStatusBar::clearMessage);
    connect(&m_sender, &sending::SendController::finished, statusBar(), &QStatusBar::clearMessage);
    connect(&m_session, &accessy::AccessySession::signedIn, this, &MainWindow::onSignedIn);
    connect(&m_session, &accessy::AccessySession::signInFailed, this,
            [this](const accessy::ApiError &e) { m_connection->setStatus(e.userMessage(), true); });
    connect(m_resultsPanel->view(), &ResultsView::copied, this, [this](int n) {
        statusBar()->showMessage(tr("Copied %n invitation ID(s).", nullptr, n), 4000);
    });

    m_statusSlices.setInterval(0);
    connect(&m_statusSlices, &QTimer::timeout, this, &MainWindow::applyStatusSlice);
    // Status counts are recounted at most every 100 ms however many rows change.
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(100);
    connect(&m_countsTimer, &QTimer::timeout, this, &MainWindow::updateStatusCounts);
    connect(&m_results, &InvitationTableModel::statusCountsChanged, this, [this] {
        if (!m_countsTimer.isActive()) // a throttle, not a debounce: steady changes still show
            m_countsTimer.start();
    });

    updateSendState();
    updateStatusCounts();
    resize(1180, 720);
    restoreState();
}

MainWindow::~MainWindow()
{
    m_events.stop();
}

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);

    m_practiceBanner = new QLabel(central);
    m_practiceBanner->setObjectName(QStringLiteral("practiceBanner"));
    m_practiceBanner->setText(tr("<b>Practice mode</b> — connected to a local practice server. "
                                 "No SMS is sent and nobody is invited."));
    m_practiceBanner->setWordWrap(true);
    m_practiceBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3c4; color: #3d3000; border: 1px solid #d9b500; "
                       "border-radius: 4px; padding: 6px; }"));
    m_practiceBanner->setAccessibleName(tr("Practice mode notice"));
    m_practiceBanner->setVisible(false);
    outer->addWidget(m_practiceBanner);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter, 1);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_connection = new ConnectionForm(left);
    leftLayout->addWidget(m_connection);
    m_invite = new InvitePanel(left);
    leftLayout->addWidget(m_invite, 1);

    m_resultsPanel = new ResultsPanel(&m_results, splitter);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({470, 690});
    setCentralWidget(central);

    m_connectionState = new QLabel(this);
    m_connectionState->setObjectName(QStringLiteral("connectionState"));
    m_connectionState->setAccessibleName(tr("Live status connection"));
    m_statusCounts = new QLabel(this);
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    m_statusCounts->setAccessibleName(tr("Invitations per status"));
    statusBar()->addPermanentWidget(m_statusCounts);
    statusBar()->addPermanentWidget(m_connectionState);
    showConnectionState(StompClient::State::Offline);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import phone list…"), this, &MainWindow::importFile);
    import->setShortcut(QKeySequence::Open);
    import->setToolTip(tr("Read numbers from a CSV, Excel (.xlsx) or vCard file (Ctrl+O)"));
    m_recentMenu = file->addMenu(tr("Import &recent"));
    updateRecentFilesMenu();
    QAction *exportAction =
        file->addAction(tr("&Export invitations…"), this, &MainWindow::exportRows);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(
        tr("Save the selected invitations, or all shown, as CSV or Excel (Ctrl+E)"));
    file->addSeparator();
    QAction *settingsAction =
        file->addAction(tr("Connection &settings…"), this, &MainWindow::openConnectionSettings);
    settingsAction->setShortcut(QKeySequence::Preferences);
    if (settingsAction->shortcut().isEmpty())
        settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    ResultsView *view = m_resultsPanel->view();
    QAction *copyIds =
        edit->addAction(tr("&Copy invitation IDs"), view, &ResultsView::copySelectedIds);
    copyIds->setShortcut(QKeySequence::Copy);
    copyIds->setShortcutContext(Qt::WidgetShortcut); // the view handles Ctrl+C itself
    QAction *copyAll =
        edit->addAction(tr("Copy &all invitation IDs"), view, &ResultsView::copyAllIds);
    copyAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_retryAction = edit->addAction(tr("&Retry failed"), this, [this] {
        if (m_sender.retryFailed())
            m_retryAction->setEnabled(false);
    });
    m_retryAction->setToolTip(tr("Send again the numbers of the last send that were not sent"));
    m_retryAction->setEnabled(false);
    QAction *copyRows =
        edit->addAction(tr("Copy rows for &Excel"), this, &MainWindow::copyRowsForSpreadsheet);
    copyRows->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    copyRows->setToolTip(tr("Copy the selected rows as cells that paste into a spreadsheet"));
    view->addContextAction(copyRows);
    QAction *inviteAgain = edit->addAction(tr("&Invite selected numbers again"), this,
                                           &MainWindow::inviteSelectedAgain);
    inviteAgain->setToolTip(
        tr("Put the numbers of the selected rows back in the list to invite, for example when "
           "an invitation was deleted"));
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), m_resultsPanel, &ResultsPanel::focusSearch);
    find->setShortcut(QKeySequence::Find);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_refreshAction = viewMenu->addAction(tr("&Refresh statuses"), &m_tracker,
                                          &tracking::InvitationTracker::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Read every invitation's status from Accessy now (F5)"));
    m_refreshAction->setEnabled(false);
    // The language: the system's unless chosen here; it applies from the next start.
    QMenu *language = viewMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const QList<std::pair<QString, QString>> choices{
        {QString(), tr("As the &system")},
        {QStringLiteral("en"), QStringLiteral("&English")},
        {QStringLiteral("sv"), QStringLiteral("&Svenska")}};
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            QSettings().setValue(QStringLiteral("language"), code);
            statusBar()->showMessage(tr("The language changes when Accessy Invite starts again."),
                                     8000);
        });
    }
    m_notifyAction = viewMenu->addAction(tr("&Notify me when someone accepts"));
    m_notifyAction->setCheckable(true);
    m_notifyAction->setEnabled(QSystemTrayIcon::isSystemTrayAvailable());
    auto *refreshButton = new QToolButton(this);
    refreshButton->setDefaultAction(m_refreshAction);
    refreshButton->setAccessibleName(tr("Refresh statuses"));
    m_resultsPanel->addToolButton(refreshButton);

    // The view's context menu offers the same as the Edit menu.
    view->addContextAction(inviteAgain);
    view->addContextAction(new ForgetNumberAction(
        view, &m_results, [this] { return m_sender.isRunning() ? nullptr : m_sender.history(); },
        this));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        ShortcutsDialog dialog(this);
        dialog.addActions(findChildren<QAction *>());
        dialog.addShortcut(tr("Send invitations"), QKeySequence(Qt::CTRL | Qt::Key_Return));
        dialog.addShortcut(tr("Paste numbers, or cells from a spreadsheet"), QKeySequence::Paste);
        dialog.exec();
    });
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("Copy &diagnostics"), this, &MainWindow::copyDiagnostics)
        ->setToolTip(tr("Copy a description of the setup and recent problems, safe to paste "
                        "into an e-mail to support (no secrets)"));
    help->addAction(tr("&What this app stores…"), this, [this] {
        DataStorageDialog dialog(this);
        dialog.exec();
    });
    help->addSeparator();
    help->addAction(tr("&About Accessy Invite"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    // Icons that follow the palette (light or dark).
    import->setIcon(actionIcon(QStringLiteral("import")));
    exportAction->setIcon(actionIcon(QStringLiteral("export")));
    settingsAction->setIcon(actionIcon(QStringLiteral("settings")));
    copyIds->setIcon(actionIcon(QStringLiteral("copy")));
    find->setIcon(actionIcon(QStringLiteral("find")));
    m_refreshAction->setIcon(actionIcon(QStringLiteral("refresh")));
}

void MainWindow::connectTracking()
{
    m_events.setTokenProvider([this] { return m_session.currentToken(); });
    connect(&m_events, &OrganizationEvents::invitationStatusChanged, this,
            [this](const InvitationStatusChange &change) {
                m_tracker.applyEvent(change.invitationId, change.newStatus, change.at,
                                     change.msisdn);
            });
    connect(&m_events, &OrganizationEvents::resynchronizeNeeded, &m_tracker,
            &tracking::InvitationTracker::refresh);
    connect(&m_events, &OrganizationEvents::connectionStateChanged, this,
            &MainWindow::showConnectionState);
    connect(&m_events, &OrganizationEvents::errorMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(&m_tracker, &tracking::InvitationTracker::statusChanged, this,
            &MainWindow::onStatusChanged);
    connect(&m_tracker, &tracking::InvitationTracker::invitationDiscovered, this,
            &MainWindow::onInvitationDiscovered);
    // Rows keep their place while statuses change; a refresh of the whole list sorts again.
    connect(&m_tracker, &tracking::InvitationTracker::refreshed, m_resultsPanel->filterModel(),
            &models::InvitationFilterModel::resort);
    connect(&m_tracker, &tracking::InvitationTracker::refreshFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    // The history learns every status the window sees (events, F5, periodic refresh).
    new tracking::StatusHistory(
        &m_tracker, &m_session, [this] { return m_sender.history(); }, this);
}

void MainWindow::enterPracticeMode(const QUrl &apiUrl, const QUrl &eventsUrl,
                                   const QString &clientId, const QString &secret)
{
    m_practiceBanner->setVisible(true);
    setWindowTitle(tr("Accessy Invite — Practice mode"));
    if (!m_practiceHistory && !m_sender.isRunning()) {
        m_practiceData = std::make_unique<QTemporaryDir>();
        m_practiceHistory = std::make_unique<history::HistoryStore>();
        QString error;
        if (m_practiceData->isValid() &&
            m_practiceHistory->open(m_practiceData->filePath(QStringLiteral("history.sqlite")),
                                    &error)) {
            m_sender.setHistory(m_practiceHistory.get());
        }
    }
    m_practice = true;
    m_profile = settings::ConnectionProfile();
    m_profile.name = QStringLiteral("practice");
    m_profile.apiUrl = apiUrl;
    m_profile.eventsUrl = eventsUrl;
    m_profile.mode = settings::SignInMode::ClientCredentials;
    m_profile.clientId = clientId;
    m_credentials = accessy::Credentials{clientId, secret, {}};
    m_eventsUrl = eventsUrl;
    applyConnection();
    m_connection->setStatus(tr("Practice server ready at %1.").arg(apiUrl.toString()), false);
    signIn();
}

void MainWindow::showStartupProblem(const QString &message)
{
    m_connection->setStatus(message, true);
    statusBar()->showMessage(message);
}

void MainWindow::updateSendState()
{
    QString reason;
    if (m_sender.isRunning())
        reason = tr("Sending…");
    else if (m_previewing)
        reason = tr("Checking who already has an invitation…");
    else if (!m_credentials.isComplete())
        reason = tr("Set up the connection first (Connection settings, Ctrl+,).");
    m_invite->setBlockedReason(reason);
}

void MainWindow::updateStatusCounts()
{
    const QHash<QString, int> &counts = m_results.statusCounts();
    QStringList parts;
    for (const char *status : {"PENDING", "ACCEPTED", "DELETED", "FAILED", "SENDING", "QUEUED"}) {
        const QString key = QString::fromLatin1(status);
        if (counts.value(key) > 0)
            parts << QStringLiteral("%1: %2")
                         .arg(InvitationTableModel::statusText(key))
                         .arg(counts.value(key));
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        static const QStringList known{QStringLiteral("PENDING"), QStringLiteral("ACCEPTED"),
                                       QStringLiteral("DELETED"), QStringLiteral("FAILED"),
                                       QStringLiteral("SENDING"), QStringLiteral("QUEUED")};
        if (!known.contains(it.key()))
            parts << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    }
    m_statusCounts->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::applyConnection()
{
    const accessy::Result<accessy::ApiClientSettings> settings =
        settings::clientSettingsFor(m_profile, m_client.settings());
    m_events.stop();
    if (!settings.ok()) {
        m_connection->setStatus(settings.error().userMessage(), true);
        m_credentialsValid = false;
    } else {
        m_client.setSettings(settings.value());
        m_credentialsValid = true;
    }
    m_session.setCredentials(m_credentialsValid ? m_credentials : accessy::Credentials());
    m_eventsUrl = m_profile.eventsUrl;
    m_connection->setSignedIn(false);
    updateConnectionSummary();
    updateSendState();
}

void MainWindow::updateConnectionSummary()
{
    QString how;
    if (m_profile.mode == settings::SignInMode::PastedToken) {
        how = m_credentials.pastedToken.isEmpty() ? tr("no session token yet")
                                                  : tr("a pasted session token");
    } else {
        how = m_profile.clientId.isEmpty() ? tr("no client ID yet")
                                           : tr("client %1").arg(m_profile.clientId);
    }
    QString text = tr("%1, signing in with %2.")
                       .arg(m_profile.apiUrl.host().isEmpty() ? m_profile.apiUrl.toString()
                                                              : m_profile.apiUrl.host(),
                            how);
    if (!m_profile.organizationName.isEmpty())
        text += QLatin1Char(' ') + tr("Organization: %1.").arg(m_profile.organizationName);
    m_connection->setSummary(text);
}

void MainWindow::loadSavedConnection()
{
    m_profile = m_profiles.current();
    m_credentials = accessy::Credentials();
    if (m_profile.mode == settings::SignInMode::ClientCredentials &&
        !m_profile.clientId.isEmpty()) {
        m_credentials.clientId = m_profile.clientId;
        m_credentialStore.read(m_profile.keychainAccount(), this,
                               [this](const accessy::CredentialStore::Outcome &outcome) {
                                   if (m_practice)
                                       return;
                                   m_credentials.clientSecret = outcome.secret;
                                   applyConnection();
                                   if (!outcome.ok())
                                       m_connection->setStatus(outcome.keychainProblem, true);
                               });
    }
    applyConnection();
    if (!m_credentials.isComplete()) {
        m_connection->setStatus(
            tr("Not signed in. Open Settings (Ctrl+,) and paste a session token, or enter the "
               "organization's client ID and secret."),
            false);
    }
}

void MainWindow::openConnectionSettings()
{
    auto *dialog = new ConnectionDialog(&m_profiles, &m_credentialStore, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(m_profile);
    if (!m_credentials.pastedToken.isEmpty())
        dialog->setPastedToken(m_credentials.pastedToken);
    if (!m_credentials.clientSecret.isEmpty())
        dialog->setClientSecret(m_credentials.clientSecret);
    connect(dialog, &ConnectionDialog::signOutRequested, this, &MainWindow::signOut);
    connect(dialog, &ConnectionDialog::keychainProblem, this,
            [this](const QString &reason) { m_connection->setStatus(reason, true); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_practice = false;
        m_practiceBanner->setVisible(false);
        m_profile = dialog->profile();
        m_credentials = dialog->credentials();
        applyConnection();
        if (m_credentials.isComplete())
            signIn();
    });
    dialog->open();
}

void MainWindow::signOut()
{
    m_events.stop();
    m_session.signOut();
    m_credentials.pastedToken.clear();
    m_credentials.clientSecret.clear();
    if (m_profile.mode == settings::SignInMode::ClientCredentials && !m_practice)
        m_credentialStore.remove(m_profile.keychainAccount(), this, [](const auto &) {});
    applyConnection();
    m_refreshAction->setEnabled(false);
    showConnectionState(StompClient::State::Offline);
    m_connection->setStatus(tr("Signed out. The session token is forgotten and the saved secret "
                               "removed."),
                            false);
}

void MainWindow::signIn()
{
    if (!m_credentials.isComplete()) {
        openConnectionSettings();
        return;
    }
    m_connection->setBusy(true);
    m_connection->setStatus(tr("Signing in…"), false);
    m_session.signIn(this, [this](const accessy::Result<accessy::Membership> &) {
        m_connection->setBusy(false); // the session's signals set the status text
    });
}

void MainWindow::onSignedIn(const accessy::Membership &m)
{
    m_connection->setSignedIn(true);
    QString text = tr("Signed in (roles: %1).")
                       .arg(m.roles.isEmpty() ? tr("none") : m.roles.join(QStringLiteral(", ")));
    if (!m.isAdministrator()) {
        text += QLatin1Char(' ') + tr("These credentials lack the organization administrator "
                                      "role: sending may be refused.");
    }
    m_connection->setStatus(text, !m.isAdministrator());
    m_refreshAction->setEnabled(true);
    AccessGroupsPicker *groups = m_invite->groupsPicker();
    groups->load(&m_session);
    groups->setCheckedIds(m_profiles.accessGroupSelection(m.organizationId));
    if (!std::exchange(m_checkedInterrupted, true))
        m_sender.checkInterrupted(); // a crash's unanswered batches come first
    m_tracker.refresh();
    m_tracker.startPeriodicRefresh();
    if (m_eventsUrl.isValid()) {
        m_events.setEventsUrl(m_eventsUrl);
        m_events.setOrganizationId(m.organizationId);
        m_events.start();
    }
}

void MainWindow::send()
{
    // One send at a time: a double click, a second Send or Send during a send does nothing.
    if (m_sender.isRunning() || m_previewing)
        return;
    m_pendingItems.clear();
    for (const phones::PhoneEntry &e : m_invite->sendableEntries())
        m_pendingItems << sending::SendItem{-1, e.e164, e.name, e.input};
    if (m_pendingItems.isEmpty())
        return;
    m_previewing = true;
    updateSendState();
    statusBar()->showMessage(tr("Checking who already has an invitation…"));
    m_sender.preview(m_pendingItems);
}

void MainWindow::confirmAndSend(const sending::SendPlan &plan)
{
    QList<phones::PhoneEntry> notSendable;
    for (const phones::PhoneEntry &e : m_invite->checkedModel()->entries()) {
        if (!phones::isSendable(e.verdict))
            notSendable << e;
    }
    QString organization = m_session.organizationName();
    if (organization.isEmpty())
        organization = m_profile.organizationName;
    if (organization.isEmpty()) // the name comes with the first invitation; until then:
        organization = tr("your organization");
    auto *dialog =
        new SendConfirmationDialog(plan, organization, m_invite->message(), {}, notSendable, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_previewing = false;
        if (result == QDialog::Accepted) {
            sending::SendOptions options = m_sender.options();
            options.inviteAgain = dialog->inviteAgain();
            m_sender.setOptions(options);
            const QStringList groups = m_invite->groupsPicker()->checkedIds();
            if (!m_session.organizationId().isEmpty())
                m_profiles.setAccessGroupSelection(m_session.organizationId(), groups);
            if (m_sender.start(m_pendingItems, m_invite->message(), groups)) {
                statusBar()->showMessage(
                    tr("Sending %n invitation(s)…", nullptr, dialog->numberToSend()));
            }
        } else {
            statusBar()->showMessage(tr("Nothing was sent."), 4000);
        }
        m_pendingItems.clear();
        updateSendState();
    });
    dialog->open();
}

void MainWindow::showRecovery(const sending::RecoverySummary &summary)
{
    if (summary.isEmpty())
        return;
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("An earlier send was interrupted"),
                        summary.lines().join(QLatin1Char('\n')), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("recoverySummary"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *finish = nullptr;
    if (!summary.interruptedJobIds.isEmpty()) {
        finish = box->addButton(tr("Finish that send"), QMessageBox::AcceptRole);
        box->addButton(tr("Not now"), QMessageBox::RejectRole);
    } else {
        box->addButton(QMessageBox::Ok);
    }
    const QList<qint64> jobs = summary.interruptedJobIds;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, finish, jobs](QAbstractButton *b) {
        if (b != finish || !finish)
            return;
        for (qint64 job : jobs) {
            if (m_sender.resumeInterrupted(job))
                break; // one at a time; the next is offered at the next start
        }
        Q_UNUSED(box)
    });
    box->open();
}

void MainWindow::onSendFinished(int sent, int failed)
{
    if (failed == 0) {
        statusBar()->showMessage(tr("Done: %n invitation(s) sent.", nullptr, sent));
    } else {
        statusBar()->showMessage(
            tr("Done: %1 sent, %2 not sent — see the Problem column.").arg(sent).arg(failed));
    }
    updateSendState();
    m_retryAction->setEnabled(m_sender.failedItemCount() > 0);
    if (m_session.isSignedIn() && !m_refreshAction->isEnabled())
        onSignedIn(m_session.membership()); // signed in by the send itself
}

void MainWindow::onStatusChanged(const tracking::StatusChange &change)
{
    // A refresh of a large list can bring tens of thousands of changes at once: they are
    // applied a slice per event-loop turn, so the window never stalls.
    m_pendingStatuses.append(change);
    if (!m_statusSlices.isActive())
        m_statusSlices.start();
}

void MainWindow::applyStatusSlice()
{
    constexpr int kSlice = 5000;
    const qsizetype n = qMin<qsizetype>(kSlice, m_pendingStatuses.size() - m_pendingApplied);
    for (qsizetype i = 0; i < n; ++i)
        applyStatusChange(m_pendingStatuses.at(m_pendingApplied + i));
    m_pendingApplied += n;
    if (m_pendingApplied >= m_pendingStatuses.size()) {
        m_pendingStatuses.clear();
        m_pendingApplied = 0;
        m_statusSlices.stop();
    }
}

void MainWindow::applyStatusChange(const tracking::StatusChange &change)
{
    if (!m_results.updateStatusById(change.invitationId, change.newStatus))
        return;
    if (change.newStatus == QLatin1String("ACCEPTED") && m_notifyAction->isChecked()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(tr("Invitation accepted"),
                            tr("%1 accepted the invitation.").arg(change.msisdn));
    }
}

void MainWindow::onInvitationDiscovered(const accessy::Invitation &invitation)
{
    const int row = m_results.rowForInvitationId(invitation.id);
    if (row >= 0) { // ours, already in the table: take the server's word on the status
        m_results.updateStatusById(invitation.id, invitation.status);
        return;
    }
    models::InvitationRow r;
    r.input = invitation.recipientMsisdn;
    r.msisdn = invitation.recipientMsisdn;
    r.invitationId = invitation.id;
    r.status = invitation.status;
    r.createdAt = invitation.createdAt;
    m_results.appendRows({r});
}

void MainWindow::showConnectionState(StompClient::State state)
{
    QString text;
    QString tip;
    switch (state) {
    case StompClient::State::Live:
        text = tr("● Live");
        tip = tr("Status changes arrive as they happen.");
        break;
    case StompClient::State::Connecting:
        text = tr("◌ Connecting…");
        break;
    case StompClient::State::Reconnecting:
        text = tr("◌ Reconnecting…");
        tip = tr("The live connection dropped; statuses are refreshed when it is back.");
        break;
    case StompClient::State::SignInRefused:
        text = tr("○ Live updates refused");
        tip = tr("The event service refused the sign-in. Statuses are still refreshed every "
                 "minute and with F5.");
        break;
    case StompClient::State::Offline:
        text = tr("○ Offline");
        tip = tr("No live connection. Statuses are refreshed with F5.");
        break;
    }
    m_connectionState->setText(text);
    m_connectionState->setToolTip(tip);
}

void MainWindow::copyDiagnostics()
{
    settings::DiagnosticsInput input;
    input.profile = m_profile;
    input.keychainState = m_credentialStore.lastProblem().isEmpty()
                              ? tr("system keychain")
                              : m_credentialStore.lastProblem();
    input.roles = m_session.membership().roles;
    if (m_session.tokenExpiresAt().isValid())
        input.tokenExpiry = QLocale().toString(m_session.tokenExpiresAt().toLocalTime());
    input.lastErrors = accessy::logging::recentProblems();
    input.extraLines << QStringLiteral("practice: %1").arg(m_practice ? "yes" : "no")
                     << QStringLiteral("invitations in table: %1").arg(m_results.rowCount());
    QApplication::clipboard()->setText(settings::buildDiagnostics(input));
    statusBar()->showMessage(tr("Diagnostics copied. They hold no secret or token."), 6000);
}

void MainWindow::askForNewToken()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("newTokenPrompt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Session token expired"));
    dialog->setLabelText(tr("The pasted session token has expired. Paste a new one to go on; "
                            "requests waiting for it are kept."));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &token) {
        m_credentials.pastedToken = token.trimmed();
        m_session.providePastedToken(m_credentials.pastedToken);
    });
    connect(dialog, &QDialog::rejected, &m_session, &accessy::AccessySession::cancelWaiting);
    dialog->open();
}

void MainWindow::exportRows()
{
    QList<int> rows = m_resultsPanel->selectedSourceRows();
    if (rows.size() < 2) // one selected row is a cursor, not a choice
        rows = m_resultsPanel->visibleSourceRows();
    if (rows.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to export yet."), 4000);
        return;
    }
    QList<models::InvitationRow> chosen;
    for (int r : rows)
        chosen << m_results.row(r);
    QSettings settings;
    const QString folder =
        settings
            .value(QStringLiteral("export/lastFolder"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString name = tr("invitations-%1.xlsx").arg(QDate::currentDate().toString(Qt::ISODate));
    QString filter;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export invitations"), QDir(folder).filePath(name),
                                     exporting::exportFileFilter(), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) // typed without one: take the chosen type's
        path += filter.contains(QLatin1String("csv"), Qt::CaseInsensitive)
                    ? QStringLiteral(".csv")
                    : QStringLiteral(".xlsx");
    settings.setValue(QStringLiteral("export/lastFolder"), QFileInfo(path).absolutePath());
    if (const auto error = exporting::writeExportFile(exporting::invitationTable(chosen), path,
                                                      exporting::exportFormatForPath(path))) {
        QMessageBox::warning(this, tr("Not exported"), *error);
        return;
    }
    statusBar()->showMessage(
        tr("%n invitation(s) exported to %1.", nullptr, int(chosen.size())).arg(path), 8000);
}

void MainWindow::copyRowsForSpreadsheet()
{
    const QList<int> rows = m_resultsPanel->selectedSourceRows();
    if (rows.isEmpty())
        return;
    QList<QStringList> cells{exporting::invitationHeader()};
    for (int r : rows)
        cells << exporting::invitationCells(m_results.row(r));
    QApplication::clipboard()->setText(exporting::toTabSeparated(cells));
    statusBar()->showMessage(tr("Copied %n row(s).", nullptr, int(rows.size())), 4000);
}

void MainWindow::restoreState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_resultsPanel->view()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("resultsColumns")).toByteArray());
    m_resultsPanel->setStatusFilterIndex(settings.value(QStringLiteral("statusFilter"), 0).toInt());
    m_notifyAction->setChecked(settings.value(QStringLiteral("notifyOnAccept"), false).toBool());
    settings.endGroup();
    m_region =
        settings.value(QStringLiteral("numbers/defaultRegion"), QStringLiteral("SE")).toString();
    m_invite->setDefaultRegion(m_region);
    // Batches: the defaults suit Accessy; a support case may tune them in the settings file.
    sending::SendOptions sendOptions = m_sender.options();
    sendOptions.batchSize = settings.value(QStringLiteral("sending/batchSize"), 50).toInt();
    sendOptions.maxInFlight = settings.value(QStringLiteral("sending/parallel"), 4).toInt();
    // Unknown outcomes are checked this long after their request left (the job raises it to
    // twice the transfer time-out when shorter).
    sendOptions.graceMs =
        qint64(settings.value(QStringLiteral("sending/graceSeconds"), 60).toInt()) * 1000;
    m_sender.setOptions(sendOptions);
    // How often the whole list is read again besides live events (seconds; 0 = only F5).
    m_tracker.setRefreshInterval(
        settings.value(QStringLiteral("statuses/refreshIntervalSeconds"), 60).toInt() * 1000);
}

void MainWindow::saveState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("splitter"), splitter->saveState());
    settings.setValue(QStringLiteral("resultsColumns"),
                      m_resultsPanel->view()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("statusFilter"), m_resultsPanel->statusFilterIndex());
    settings.setValue(QStringLiteral("notifyOnAccept"), m_notifyAction->isChecked());
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::importFile()
{
    QSettings settings;
    const QString folder =
        settings
            .value(QStringLiteral("import/lastFolder"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import phone list"), folder,
        tr("Phone lists (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)"));
    if (!path.isEmpty())
        openImportPreview(path);
}

void MainWindow::openImportPreview(const QString &path, const QString &pastedText)
{
    auto *dialog = new ImportPreviewDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDefaultRegion(m_region);
    connect(dialog, &ImportPreviewDialog::readFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Could not import"), message);
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        const QList<phones::PhoneEntry> entries = dialog->acceptedEntries();
        m_invite->setImportedEntries(entries);
        if (!path.isEmpty())
            addRecentFile(path);
        statusBar()->showMessage(tr("%n number(s) imported.", nullptr, int(entries.size())), 6000);
    });
    if (path.isEmpty())
        dialog->readClipboard(pastedText);
    else
        dialog->readFile(path);
    dialog->open();
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("import/recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("import/recentFiles"), recent.mid(0, 8));
    settings.setValue(QStringLiteral("import/lastFolder"), QFileInfo(path).absolutePath());
    updateRecentFilesMenu();
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList recent =
        QSettings().value(QStringLiteral("import/recentFiles")).toStringList();
    for (const QString &path : recent) {
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this, [this, path] { openImportPreview(path); })
            ->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openImportPreview(urls.first().toLocalFile());
}

void MainWindow::inviteSelectedAgain()
{
    QStringList numbers;
    ResultsView *view = m_resultsPanel->view();
    for (const QModelIndex &index : view->selectionModel()->selectedRows()) {
        const QString number =
            index.siblingAtColumn(InvitationTableModel::NumberColumn).data().toString();
        if (!number.isEmpty() && !numbers.contains(number))
            numbers << number;
    }
    if (numbers.isEmpty())
        return;
    m_invite->appendNumbers(numbers);
    m_invite->focusNumbers();
    statusBar()->showMessage(tr("%n number(s) added to the list to invite. Press Send when ready.",
                                nullptr, int(numbers.size())),
                             6000);
}

} // namespace ui
