#include "mainwindow.h"

#include "accessgroupspicker.h"
#include "closeguard.h"
#include "connectiondialog.h"
#include "connectionform.h"
#include "deletedinvitationsbar.h"
#include "draftkeeper.h"
#include "filecommands.h"
#include "invitepanel.h"
#include "lastsendcommands.h"
#include "mainmenus.h"
#include "memberreadprogress.h"
#include "practicebanner.h"
#include "remindercommands.h"
#include "resultspanel.h"
#include "resultsview.h"
#include "scrollingside.h"
#include "sendflow.h"
#include "statusbarlabels.h"

#include "core/application.h"
#include "models/invitationfiltermodel.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace ui {

using models::InvitationTableModel;

MainWindow::MainWindow(core::Application *app, QWidget *parent)
    : QMainWindow(parent)
    , m_app(app)
{
    setWindowTitle(tr("Accessy Invite"));
    buildUi();
    buildMenus();
    connectApplication();

    connect(m_connection, &ConnectionForm::settingsRequested, this,
            &MainWindow::openConnectionSettings);
    connect(m_connection, &ConnectionForm::signInRequested, this, &MainWindow::signIn);
    connect(m_connection, &ConnectionForm::signOutRequested, this, &MainWindow::signOut);
    connect(m_invite, &InvitePanel::sendRequested, m_sendFlow, &SendFlow::send);
    connect(m_invite, &InvitePanel::defaultRegionChosen, this, [this](const QString &region) {
        m_files->setDefaultRegion(region);
        QSettings().setValue(QStringLiteral("numbers/defaultRegion"), region);
    });
    connect(m_invite, &InvitePanel::spreadsheetPasted, this,
            [this](const QString &text) { m_files->openImportPreview(QString(), text); });
    setAcceptDrops(true);
    connect(m_resultsPanel->view(), &ResultsView::copied, this,
            [this](int n) { showMessage(tr("Copied %n invitation ID(s).", nullptr, n), 4000); });

    updateSendState();
    resize(1180, 720);
    restoreState();
    if (m_draft->restore())
        showMessage(tr("The numbers you had not sent yet are back."), 8000);
    m_invite->focusNumbers(); // Ctrl+V right after the start pastes the numbers
}

MainWindow::~MainWindow() = default;

models::InvitationTableModel *MainWindow::resultsModel() const
{
    return m_app->results();
}

accessy::AccessySession *MainWindow::session() const
{
    return m_app->session();
}

tracking::InvitationTracker *MainWindow::tracker() const
{
    return m_app->tracker();
}

OrganizationEvents *MainWindow::events() const
{
    return m_app->events();
}

void MainWindow::showMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}
void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);

    m_practiceBanner = createPracticeBanner(central);
    outer->addWidget(m_practiceBanner);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter, 1);

    // The left side scrolls when the screen is low (2× scaling), so Send is always reachable.
    auto *leftScroll = new ScrollingSide(splitter);
    leftScroll->setObjectName(QStringLiteral("inviteScroll"));
    leftScroll->setAccessibleName(tr("Numbers and message"));
    m_connection = new ConnectionForm(leftScroll->content());
    leftScroll->contentLayout()->addWidget(m_connection);
    m_invite = new InvitePanel(leftScroll->content());
    leftScroll->contentLayout()->addWidget(m_invite, 1);
    leftScroll->fixMinimumWidth();

    m_resultsPanel = new ResultsPanel(m_app->results(), splitter);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({430, 750});
    setCentralWidget(central);

    m_connectionState = new LiveStateLabel(this);
    statusBar()->addPermanentWidget(new StatusCountsLabel(m_app->results(), this));
    statusBar()->addPermanentWidget(m_connectionState);
    m_files = new FileCommands(this, m_app->results(), m_invite, m_resultsPanel);
    connect(m_files, &FileCommands::message, this, &MainWindow::showMessage);
    m_sendFlow = new SendFlow(this, m_app, m_invite);
    connect(m_sendFlow, &SendFlow::message, this, &MainWindow::showMessage);
    connect(m_sendFlow, &SendFlow::stateChanged, this, &MainWindow::updateSendState);
    connect(m_sendFlow, &SendFlow::practiceRestartRequested, this,
            &MainWindow::practiceRestartRequested);
    m_lastSend = new LastSendCommands(m_sendFlow, m_invite, m_resultsPanel, this);
    connect(m_lastSend, &LastSendCommands::message, this, &MainWindow::showMessage);
    m_draft = new DraftKeeper(m_app, m_invite, m_sendFlow, this);
    m_closeGuard = new CloseGuard(this, m_app->sender());
    m_reminders = new ReminderCommands(m_app, m_invite, m_resultsPanel, this);
    connect(m_reminders, &ReminderCommands::message, this, &MainWindow::showMessage);
    outer->insertWidget(1, new DeletedInvitationsBar(m_app, m_invite, m_sendFlow, central));
    statusBar()->addPermanentWidget(new MemberReadProgress(m_app->sender(), this));
}

void MainWindow::buildMenus()
{
    MainMenuTargets targets;
    targets.files = m_files;
    targets.resultsPanel = m_resultsPanel;
    targets.sender = m_app->sender();
    targets.tracker = m_app->tracker();
    targets.results = m_app->results();
    targets.reminders = m_reminders;
    targets.openConnectionSettings = [this] {
        openConnectionSettings();
    };
    targets.copyDiagnostics = [this] {
        copyDiagnostics();
    };
    targets.inviteSelectedAgain = [this] {
        m_lastSend->inviteSelectedAgain();
    };
    targets.retryFailed = [this] {
        m_sendFlow->retryFailed();
    };
    targets.showMessage = [this](const QString &text, int ms) {
        showMessage(text, ms);
    };
    const MainMenuActions actions = MainMenus::build(this, targets);
    m_refreshAction = actions.refresh;
    m_notifyAction = actions.notify;
    m_retryAction = actions.retry;
}

void MainWindow::connectApplication()
{
    core::Application *app = m_app;
    connect(app, &core::Application::connectionChanged, this, [this] {
        m_connection->setSignedIn(false);
        updateConnectionSummary();
        updateSendState();
    });
    connect(app, &core::Application::problem, this,
            [this](const QString &message) { m_connection->setStatus(message, true); });
    connect(app, &core::Application::signedIn, this, &MainWindow::onSignedIn);
    connect(app, &core::Application::signInFinished, this,
            [this] { m_connection->setBusy(false); }); // the session's signals set the text
    accessy::AccessySession *session = app->session();
    connect(session, &accessy::AccessySession::pastedTokenExpired, this,
            &MainWindow::askForNewToken);
    connect(session, &accessy::AccessySession::signInFailed, this,
            [this](const accessy::ApiError &e) { m_connection->setStatus(e.userMessage(), true); });

    sending::SendController *sender = app->sender();
    connect(m_resultsPanel, &ResultsPanel::cancelRequested, sender,
            &sending::SendController::cancel);
    connect(sender, &sending::SendController::runningChanged, this, [this](bool running) {
        m_resultsPanel->setSending(running);
        updateSendState();
    });
    connect(sender, &sending::SendController::progress, m_resultsPanel, &ResultsPanel::setProgress);
    // Shown until the other send ends (it may be long): cleared once this one starts or ends.
    connect(sender, &sending::SendController::waitingForOtherSend, this,
            [this](const QString &organization, qint64 pid) {
                showMessage(tr("Another send to %1 is running in process %2 — waiting…")
                                .arg(organization)
                                .arg(pid),
                            0);
            });
    connect(sender, &sending::SendController::planned, statusBar(), &QStatusBar::clearMessage);
    connect(sender, &sending::SendController::finished, statusBar(), &QStatusBar::clearMessage);
    connect(sender, &sending::SendController::unconfirmed, m_resultsPanel,
            &ResultsPanel::setUnconfirmed);
    connect(sender, &sending::SendController::finished, this,
            [this] { m_retryAction->setEnabled(m_app->sender()->failedItemCount() > 0); });

    OrganizationEvents *events = app->events();
    connect(events, &OrganizationEvents::connectionStateChanged, m_connectionState,
            &LiveStateLabel::showState);
    connect(events, &OrganizationEvents::errorMessage, this,
            [this](const QString &message) { showMessage(message, 10000); });
    tracking::InvitationTracker *tracker = app->tracker();
    // Rows keep their place while statuses change; a refresh of the whole list sorts again.
    connect(tracker, &tracking::InvitationTracker::refreshed, m_resultsPanel->filterModel(),
            &models::InvitationFilterModel::resort);
    connect(tracker, &tracking::InvitationTracker::refreshFailed, this,
            [this](const QString &message) { showMessage(message, 10000); });
    connect(app->statusFollower(), &models::LiveStatusFollower::accepted, this,
            &MainWindow::notifyAccepted);
}

void MainWindow::enterPracticeMode(const QUrl &apiUrl, const QUrl &eventsUrl,
                                   const QString &clientId, const QString &secret)
{
    m_practiceBanner->setVisible(true);
    setWindowTitle(tr("Practice mode")); // the system adds " — Accessy Invite"
    m_app->enterPractice(apiUrl, eventsUrl, clientId, secret);
    m_connection->setStatus(tr("Practice server ready at %1.").arg(apiUrl.toString()), false);
    signIn();
}

void MainWindow::showStartupProblem(const QString &message)
{
    m_connection->setStatus(message, true);
    showMessage(message, 0);
}

void MainWindow::updateSendState()
{
    QString reason;
    if (m_app->sender()->isRunning())
        reason = tr("Sending…");
    else if (m_sendFlow->isPreviewing())
        reason = tr("Checking who already has an invitation…");
    else if (!m_app->credentials().isComplete())
        reason = tr("Set up the connection first (Connection settings, Ctrl+,).");
    m_invite->setBlockedReason(reason);
}

void MainWindow::updateConnectionSummary()
{
    const settings::ConnectionProfile &profile = m_app->profile();
    QString how;
    if (profile.mode == settings::SignInMode::PastedToken) {
        how = m_app->credentials().pastedToken.isEmpty() ? tr("no session token yet")
                                                         : tr("a pasted session token");
    } else {
        how = profile.clientId.isEmpty() ? tr("no client ID yet")
                                         : tr("client %1").arg(profile.clientId);
    }
    QString text = tr("%1, signing in with %2.")
                       .arg(profile.apiUrl.host().isEmpty() ? profile.apiUrl.toString()
                                                            : profile.apiUrl.host(),
                            how);
    if (!profile.organizationName.isEmpty())
        text += QLatin1Char(' ') + tr("Organization: %1.").arg(profile.organizationName);
    m_connection->setSummary(text);
}

void MainWindow::loadSavedConnection()
{
    m_app->loadSavedConnection();
    if (!m_app->credentials().isComplete()) {
        m_connection->setStatus(
            tr("Not signed in. Open Settings (Ctrl+,) and paste a session token, or enter the "
               "organization's client ID and secret."),
            false);
    }
}

void MainWindow::openConnectionSettings()
{
    auto *dialog = new ConnectionDialog(m_app->profiles(), m_app->credentialStore(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(m_app->profile());
    if (!m_app->credentials().pastedToken.isEmpty())
        dialog->setPastedToken(m_app->credentials().pastedToken);
    if (!m_app->credentials().clientSecret.isEmpty())
        dialog->setClientSecret(m_app->credentials().clientSecret);
    connect(dialog, &ConnectionDialog::signOutRequested, this, &MainWindow::signOut);
    connect(dialog, &ConnectionDialog::keychainProblem, this,
            [this](const QString &reason) { m_connection->setStatus(reason, true); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_practiceBanner->setVisible(false);
        m_app->useConnection(dialog->profile(), dialog->credentials());
        if (m_app->credentials().isComplete())
            signIn();
    });
    dialog->open();
}

void MainWindow::signOut()
{
    m_app->signOut();
    m_refreshAction->setEnabled(false);
    m_connectionState->showState(StompClient::State::Offline);
    m_connection->setStatus(tr("Signed out. The session token is forgotten and the saved secret "
                               "removed."),
                            false);
}

void MainWindow::signIn()
{
    if (!m_app->credentials().isComplete()) {
        openConnectionSettings();
        return;
    }
    m_connection->setBusy(true);
    m_connection->setStatus(tr("Signing in…"), false);
    m_app->signIn();
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
    groups->load(m_app->session());
    groups->setCheckedIds(m_app->accessGroupSelection());
}

void MainWindow::notifyAccepted(const tracking::StatusChange &change)
{
    if (!m_notifyAction->isChecked())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->show();
    }
    m_tray->showMessage(tr("Invitation accepted"),
                        tr("%1 accepted the invitation.").arg(change.msisdn));
}

void MainWindow::copyDiagnostics()
{
    QApplication::clipboard()->setText(m_app->diagnostics());
    showMessage(tr("Diagnostics copied. They hold no secret or token."), 6000);
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
    connect(dialog, &QInputDialog::textValueSelected, m_app,
            &core::Application::providePastedToken);
    connect(dialog, &QDialog::rejected, m_app->session(), &accessy::AccessySession::cancelWaiting);
    dialog->open();
}

void MainWindow::restoreState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_resultsPanel->view()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("resultsColumnsV2")).toByteArray());
    m_resultsPanel->setStatusFilterIndex(settings.value(QStringLiteral("statusFilter"), 0).toInt());
    m_notifyAction->setChecked(settings.value(QStringLiteral("notifyOnAccept"), false).toBool());
    settings.endGroup();
    // Never larger than the screen (a size saved on a bigger screen, 2× scaling), frame included.
    const QSize room = screen()->availableGeometry().size() - QSize(8, 32);
    resize(size().boundedTo(room).expandedTo(minimumSizeHint()));
    const QString region =
        settings.value(QStringLiteral("numbers/defaultRegion"), QStringLiteral("SE")).toString();
    m_files->setDefaultRegion(region);
    m_invite->setDefaultRegion(region);
    m_app->loadSettings();
}

void MainWindow::saveState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("splitter"), splitter->saveState());
    settings.setValue(QStringLiteral("resultsColumnsV2"),
                      m_resultsPanel->view()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("statusFilter"), m_resultsPanel->statusFilterIndex());
    settings.setValue(QStringLiteral("notifyOnAccept"), m_notifyAction->isChecked());
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closeGuard->allowClose())
        return event->ignore();
    m_draft->save();
    saveState();
    QMainWindow::closeEvent(event);
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
    m_files->openImportPreview(urls.first().toLocalFile());
}

} // namespace ui
