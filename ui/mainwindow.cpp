#include "mainwindow.h"

#include "connectionform.h"
#include "resultsview.h"

#include "phones/pastesplitter.h"
#include "phones/phonelistchecker.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedLayout>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(&m_client)
    , m_sender(&m_session, &m_results)
{
    setWindowTitle(tr("Accessy Invite"));
    buildUi();
    buildMenus();

    m_recheckTimer.setSingleShot(true);
    m_recheckTimer.setInterval(150); // re-check once typing pauses, not on every key
    connect(&m_recheckTimer, &QTimer::timeout, this, &MainWindow::recheckNumbers);
    connect(m_numbers, &QPlainTextEdit::textChanged, &m_recheckTimer, qOverload<>(&QTimer::start));
    connect(m_message, &QPlainTextEdit::textChanged, this, &MainWindow::updateSendState);
    connect(m_connection, &ConnectionForm::changed, this, [this] {
        m_session.reset();
        m_connection->setStatus(QString(), false);
        updateSendState();
    });
    connect(m_connection, &ConnectionForm::signInRequested, this, &MainWindow::signIn);
    connect(m_send, &QPushButton::clicked, this, &MainWindow::send);
    connect(m_cancel, &QPushButton::clicked, &m_sender, &sending::SendController::cancel);
    connect(&m_sender, &sending::SendController::runningChanged, this, [this](bool running) {
        m_progress->setVisible(running);
        m_cancel->setVisible(running);
        updateSendState();
    });
    connect(&m_sender, &sending::SendController::progress, this,
            [this](int sent, int failed, int remaining) {
                m_progress->setMaximum(sent + failed + remaining);
                m_progress->setValue(sent + failed);
                m_progress->setFormat(
                    tr("%1 sent, %2 not sent, %3 to go").arg(sent).arg(failed).arg(remaining));
            });
    connect(&m_sender, &sending::SendController::finished, this, &MainWindow::onSendFinished);
    connect(&m_session, &accessy::AccessySession::signedIn, this,
            [this](const accessy::Membership &m) {
                QString text = tr("Signed in to organization %1.").arg(m.organizationId);
                if (!m.isAdministrator())
                    text += QLatin1Char(' ') +
                            tr("These credentials lack the organization administrator role: "
                               "sending may be refused.");
                m_connection->setStatus(text, !m.isAdministrator());
            });
    connect(&m_session, &accessy::AccessySession::signInFailed, this,
            [this](const accessy::ApiError &e) { m_connection->setStatus(e.userMessage(), true); });
    connect(&m_results, &QAbstractItemModel::rowsInserted, this,
            [this] { m_emptyResults->setVisible(m_results.rowCount() == 0); });
    connect(m_resultsView, &ResultsView::copied, this, [this](int n) {
        statusBar()->showMessage(tr("Copied %n invitation ID(s).", nullptr, n), 4000);
    });

    recheckNumbers();
    resize(1180, 720);
}

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);

    m_practiceBanner = new QLabel(central);
    m_practiceBanner->setText(
        tr("<b>Practice mode</b> — connected to a local practice server. No SMS is sent and "
           "nobody is invited."));
    m_practiceBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3c4; color: #3d3000; border: 1px solid #d9b500; "
                       "border-radius: 4px; padding: 6px; }"));
    m_practiceBanner->setAccessibleName(tr("Practice mode notice"));
    m_practiceBanner->setVisible(false);
    outer->addWidget(m_practiceBanner);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    outer->addWidget(splitter, 1);

    // Left: who to invite and with what message.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_connection = new ConnectionForm(left);
    leftLayout->addWidget(m_connection);

    auto *numbersLabel =
        new QLabel(tr("&Phone numbers (one per line, or separated by commas):"), left);
    m_numbers = new QPlainTextEdit(left);
    m_numbers->setPlaceholderText(
        tr("Paste numbers or type them, e.g.\n070-123 45 67\n+46 70 765 43 21"));
    m_numbers->setObjectName(QStringLiteral("numbers"));
    m_numbers->setAccessibleName(tr("Phone numbers"));
    m_numbers->setTabChangesFocus(true);
    numbersLabel->setBuddy(m_numbers);
    leftLayout->addWidget(numbersLabel);
    leftLayout->addWidget(m_numbers, 2);

    m_checkedView = new QTableView(left);
    m_checkedView->setObjectName(QStringLiteral("checkedNumbers"));
    m_checkedView->setModel(&m_checked);
    m_checkedView->setAccessibleName(tr("Checked numbers"));
    m_checkedView->verticalHeader()->setVisible(false);
    m_checkedView->horizontalHeader()->setStretchLastSection(true);
    m_checkedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checkedView->setWordWrap(false);
    m_checkedView->setColumnHidden(models::PhoneEntryModel::NameColumn, true);
    leftLayout->addWidget(m_checkedView, 3);
    m_counts = new QLabel(left);
    m_counts->setWordWrap(true);
    leftLayout->addWidget(m_counts);

    auto *messageLabel = new QLabel(tr("&Message in the SMS:"), left);
    m_message = new QPlainTextEdit(left);
    m_message->setPlaceholderText(tr("For example: Welcome to the office! Install Accessy to open "
                                     "the doors with your phone."));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setTabChangesFocus(true);
    m_message->setMaximumHeight(90);
    messageLabel->setBuddy(m_message);
    leftLayout->addWidget(messageLabel);
    leftLayout->addWidget(m_message);

    auto *sendRow = new QHBoxLayout;
    m_sendHint = new QLabel(left);
    m_sendHint->setWordWrap(true);
    m_send = new QPushButton(tr("&Send invitations"), left);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setDefault(true);
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_send->setToolTip(tr("Send an invitation by SMS to every valid number (Ctrl+Return)"));
    sendRow->addWidget(m_sendHint, 1);
    sendRow->addWidget(m_send);
    leftLayout->addLayout(sendRow);

    // Right: what became of each number.
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Invitations"), right));
    auto *stackHost = new QWidget(right);
    auto *stack = new QStackedLayout(stackHost);
    stack->setStackingMode(QStackedLayout::StackAll);
    m_resultsView = new ResultsView(stackHost);
    m_resultsView->setObjectName(QStringLiteral("results"));
    m_resultsView->setModel(&m_results);
    m_resultsView->horizontalHeader()->resizeSection(models::InvitationTableModel::NumberColumn,
                                                     130);
    m_resultsView->horizontalHeader()->resizeSection(models::InvitationTableModel::StatusColumn,
                                                     90);
    m_resultsView->horizontalHeader()->resizeSection(
        models::InvitationTableModel::InvitationIdColumn, 280);
    m_resultsView->setColumnHidden(models::InvitationTableModel::NameColumn, true);
    m_emptyResults = new QLabel(
        tr("No invitations yet.\nEnter numbers and a message on the left, then press Send."),
        stackHost);
    m_emptyResults->setAlignment(Qt::AlignCenter);
    m_emptyResults->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyResults->setStyleSheet(QStringLiteral("color: palette(mid);"));
    stack->addWidget(m_emptyResults);
    stack->addWidget(m_resultsView);
    rightLayout->addWidget(stackHost, 1);
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(right);
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Sending progress"));
    m_cancel = new QPushButton(tr("Cancel"), right);
    m_cancel->setToolTip(tr("Start no more requests; those under way finish and are shown"));
    m_cancel->setVisible(false);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    rightLayout->addLayout(progressRow);

    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 700});
    setCentralWidget(central);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copyIds =
        edit->addAction(tr("&Copy invitation IDs"), m_resultsView, &ResultsView::copySelectedIds);
    copyIds->setToolTip(tr("Copy the invitation IDs of the selected rows"));
    QAction *copyAll =
        edit->addAction(tr("Copy &all invitation IDs"), m_resultsView, &ResultsView::copyAllIds);
    copyAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Accessy Invite"), this, [this] {
        QMessageBox::about(this, tr("About Accessy Invite"),
                           tr("<b>Accessy Invite</b> %1<br>Invite people to your Accessy "
                              "organization by SMS.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::enterPracticeMode(const QUrl &apiUrl, const QString &clientId,
                                   const QString &secret)
{
    m_practiceBanner->setVisible(true);
    setWindowTitle(tr("Accessy Invite — Practice mode"));
    m_connection->setConnection(apiUrl, clientId, secret);
    m_connection->setStatus(tr("Practice server ready at %1.").arg(apiUrl.toString()), false);
    updateSendState();
}

void MainWindow::showStartupProblem(const QString &message)
{
    m_connection->setStatus(message, true);
    statusBar()->showMessage(message);
}

void MainWindow::recheckNumbers()
{
    m_checked.setEntries(phones::PhoneListChecker(m_defaultRegion)
                             .checkAll(phones::splitPastedNumbers(m_numbers->toPlainText())));
    const phones::VerdictCounts c = m_checked.counts();
    if (c.total() == 0) {
        m_counts->setText(tr("Paste numbers or type them above; each is checked as you type."));
    } else {
        QStringList parts;
        parts << tr("%n to invite", nullptr, c.sendable());
        if (c.notMobile)
            parts << tr("%n not mobile", nullptr, c.notMobile);
        if (c.duplicate)
            parts << tr("%n duplicate(s)", nullptr, c.duplicate);
        if (c.invalid)
            parts << tr("%n invalid", nullptr, c.invalid);
        if (c.refused)
            parts << tr("%n refused", nullptr, c.refused);
        m_counts->setText(parts.join(QStringLiteral(" · ")));
    }
    updateSendState();
}

void MainWindow::updateSendState()
{
    QString hint;
    if (m_sender.isRunning())
        hint = tr("Sending…");
    else if (!m_connection->isComplete())
        hint = tr("Fill in the connection first.");
    else if (m_checked.counts().sendable() == 0)
        hint = tr("Enter at least one valid mobile number.");
    else if (m_message->toPlainText().trimmed().isEmpty())
        hint = tr("Write the message for the SMS.");
    m_send->setEnabled(hint.isEmpty());
    m_sendHint->setText(hint);
}

void MainWindow::applyConnection()
{
    accessy::ApiClientSettings settings = m_client.settings();
    const QUrl url = m_connection->apiUrl();
    const accessy::Credentials credentials = m_connection->credentials();
    if (settings.baseUrl != url || credentials.clientId != m_session.credentials().clientId ||
        credentials.clientSecret != m_session.credentials().clientSecret) {
        settings.baseUrl = url;
        m_client.setSettings(settings);
        m_session.setCredentials(credentials);
    }
}

void MainWindow::signIn()
{
    applyConnection();
    m_connection->setBusy(true);
    m_connection->setStatus(tr("Signing in…"), false);
    m_session.signIn(this, [this](const accessy::Result<accessy::Membership> &) {
        m_connection->setBusy(false); // the session's signals set the status text
    });
}

void MainWindow::send()
{
    if (m_sender.isRunning())
        return;
    applyConnection();
    QList<sending::SendItem> items;
    for (const phones::PhoneEntry &e : m_checked.sendableEntries())
        items << sending::SendItem{-1, e.e164, e.name, e.input};
    if (m_sender.start(items, m_message->toPlainText().trimmed())) {
        statusBar()->showMessage(tr("Sending %n invitation(s)…", nullptr, int(items.size())));
        m_emptyResults->setVisible(false);
    }
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
}

} // namespace ui
