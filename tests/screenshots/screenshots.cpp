// Takes the README's screenshots of the real window against the bundled practice sandbox.
// Run it with tests/screenshots/take-screenshots.sh (under Xvfb); it writes PNG files into the
// folder given as its argument.
#include "accessy/credentialstore.h"
#include "connectiondialog.h"
#include "core/application.h"
#include "i18n/translations.h"
#include "importpreviewdialog.h"
#include "invitepanel.h"
#include "mainwindow.h"
#include "practice/practicesandbox.h"
#include "resultspanel.h"
#include "sendconfirmationdialog.h"
#include "settings/profilestore.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

namespace {

bool waitFor(const std::function<bool()> &condition, int ms = 20000)
{
    QDeadlineTimer deadline(ms);
    while (!condition() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

void settle(int ms = 300)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget *widget, const QDir &out, const QString &name)
{
    settle();
    const bool ok = widget->grab().save(out.filePath(name));
    QTextStream(stdout) << (ok ? "wrote " : "could not write ") << out.filePath(name) << '\n';
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the real settings and history alone
    QApplication::setApplicationName(QStringLiteral("accessy-invite-screenshots"));
    i18n::installTranslations(app, QStringLiteral("en")); // real English plurals, as the app

    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath());
    const QString fixtures = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();

    practice::PracticeSandbox sandbox;
    QUrl apiUrl;
    QObject::connect(&sandbox, &practice::PracticeSandbox::ready,
                     [&](const QUrl &url) { apiUrl = url; });
    sandbox.start(
        {QStringLiteral("--accept-share"), QStringLiteral("0.6"), QStringLiteral("--delete-share"),
         QStringLiteral("0.2"), QStringLiteral("--min-delay-ms"), QStringLiteral("500"),
         QStringLiteral("--max-delay-ms"), QStringLiteral("2500"), QStringLiteral("--latency-ms"),
         QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("7")});
    if (!waitFor([&] { return apiUrl.isValid(); })) {
        QTextStream(stderr) << "the practice sandbox did not start\n";
        return 1;
    }

    core::Application services;
    ui::MainWindow window(&services);
    window.resize(1180, 720);
    window.enterPracticeMode(apiUrl, sandbox.eventsUrl(), practice::PracticeSandbox::clientId(),
                             practice::PracticeSandbox::clientSecret());
    window.show();
    bool ok = save(&window, out, QStringLiteral("empty-window.png"));

    // The import preview on a list as LibreOffice writes it.
    if (!fixtures.isEmpty()) {
        ui::ImportPreviewDialog preview(&window);
        preview.readFile(fixtures + QStringLiteral("/phones/lo/members-numbers.xlsx"));
        preview.show();
        waitFor([&] { return preview.entriesModel()->rowCount() > 0; });
        ok = save(&preview, out, QStringLiteral("import-preview.png")) && ok;
        preview.reject();
    }

    ui::InvitePanel *invite = window.invitePanel();
    invite->numbersEdit()->setPlainText(QStringLiteral(
        "070-123 45 67\n0702345678\n+46 73 987 65 43\n0046762345678\n070-987 65 43\n"
        "073 111 22 33\n08-123 456 78\n112\n12345\n0702345678\n+47 412 34 567\n076-555 12 12"));
    invite->messageEdit()->setPlainText(QStringLiteral(
        "Welcome to the office! Install Accessy and open the front door with your phone."));
    waitFor([&] { return invite->canSend(); });
    window.findChild<QPushButton *>(QStringLiteral("send"))->click();
    ui::SendConfirmationDialog *confirm = nullptr;
    waitFor(
        [&] { return (confirm = window.findChild<ui::SendConfirmationDialog *>()) != nullptr; });
    if (confirm) {
        ok = save(confirm, out, QStringLiteral("confirm-send.png")) && ok;
        confirm->findChild<QPushButton *>(QStringLiteral("confirmSend"))->click();
    }
    settle(600);
    ok = save(&window, out, QStringLiteral("sending.png")) && ok;

    waitFor([&] { return window.resultsModel()->allInvitationIds().size() >= 9; });
    waitFor(
        [&] {
            return window.resultsModel()->statusCounts().value(QStringLiteral("ACCEPTED")) >= 3;
        },
        8000);
    ok = save(&window, out, QStringLiteral("main-window.png")) && ok;

    // The connection settings, as an admin first sees them.
    settings::ProfileStore profiles;
    accessy::CredentialStore credentials;
    ui::ConnectionDialog dialog(&profiles, &credentials, &window);
    dialog.show();
    ok = save(&dialog, out, QStringLiteral("settings.png")) && ok;
    return ok ? 0 : 1;
}
