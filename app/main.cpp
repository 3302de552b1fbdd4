// accessy-invite: the window, or with a command (check, send, watch, forget) the command line.
#include "accessy/logredaction.h"
#include "cli/commands.h"
#include "cli/toplevel.h"
#include "common/unixsignals.h"
#include "core/application.h"
#include "history/datafolder.h"
#include "history/historystore.h"
#include "history/retentionkeeper.h"
#include "i18n/translations.h"
#include "icons.h"
#include "mainwindow.h"
#include "practice/practicesandbox.h"
#include "retentionquestion.h"
#include "windowhost.h"

#include <QApplication>
#include <QSettings>

#include <utility>

namespace {

int runWindow(int argc, char **argv, bool demo)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("accessy-invite"));
    QApplication::setApplicationDisplayName(QObject::tr("Accessy Invite"));
    QApplication::setOrganizationName(QStringLiteral("accessy-invite"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setWindowIcon(ui::appIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("se.accessy.Invite"));
    history::datafolder::prepare(); // private modes, the one data folder (issue 17)

    // The language follows the system unless the admin chose one in the settings.
    i18n::installTranslations(app, QSettings().value(QStringLiteral("language")).toString());

    common::UnixSignals signals_;
    QObject::connect(&signals_, &common::UnixSignals::terminationRequested, &app,
                     &QCoreApplication::quit);

    core::Application services; // owns what the window shows; outlives it
    // The window is made anew when the admin picks another language (View › Language).
    ui::WindowHost host(&services);
    practice::PracticeSandbox sandbox;
    if (demo) {
        QObject::connect(
            &sandbox, &practice::PracticeSandbox::ready, &host, [&host, &sandbox](const QUrl &url) {
                host.window()->enterPracticeMode(url, sandbox.eventsUrl(),
                                                 practice::PracticeSandbox::clientId(),
                                                 practice::PracticeSandbox::clientSecret());
            });
        QObject::connect(
            &sandbox, &practice::PracticeSandbox::failed, &host,
            [&host](const QString &problem) { host.window()->showStartupProblem(problem); });
        // Simulated invitees: most accept, a few reset their account, within seconds.
        // Simulated invitees are started below; the saved connection is not loaded.
        const QStringList invitees{QStringLiteral("--accept-share"), QStringLiteral("0.7"),
                                   QStringLiteral("--delete-share"), QStringLiteral("0.1"),
                                   QStringLiteral("--min-delay-ms"), QStringLiteral("4000"),
                                   QStringLiteral("--max-delay-ms"), QStringLiteral("20000")};
        const auto offerRestart = [&sandbox, invitees](ui::MainWindow *window) {
            QObject::connect(window, &ui::MainWindow::practiceRestartRequested, &sandbox,
                             [&sandbox, invitees] {
                                 sandbox.stop();
                                 sandbox.start(invitees);
                             });
        };
        offerRestart(host.window());
        QObject::connect(&host, &ui::WindowHost::windowReplaced, &sandbox, offerRestart);
        sandbox.start(invitees);
    }
    if (!demo)
        host.window()->loadSavedConnection();
    host.window()->show();
    history::RetentionKeeper retention(history::HistoryStore::defaultPath());
    ui::askBeforeFirstPurge(retention, host.window());
    retention.start();
    return app.exec();
}

// `skip`: the words before the command's own arguments (the program, the command's name).
int runCommand(int argc, char **argv, int (*command)(const QStringList &), int skip = 2)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("accessy-invite"));
    QCoreApplication::setOrganizationName(QStringLiteral("accessy-invite"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    i18n::installTranslations(app);
    if (command != cli::runCheckCommand && command != cli::runTopLevelCommand)
        history::datafolder::prepare(); // check and help read nothing of the history
    return command(QCoreApplication::arguments().mid(skip));
}

} // namespace

int main(int argc, char **argv)
{
    // Before anything can log: tokens, secrets and Authorization headers are masked.
    accessy::logging::installRedactingMessageHandler();
    // `accessy-invite help COMMAND` is `accessy-invite COMMAND --help`, byte for byte.
    char helpOption[] = "--help";
    char *helpArgv[] = {argv[0], argc == 3 ? argv[2] : nullptr, helpOption, nullptr};
    if (argc == 3 && qstrcmp(argv[1], "help") == 0)
        argv = helpArgv;
    // The command-line modes need no display: they never create a widget.
    if (argc > 1) {
        using Command = int (*)(const QStringList &);
        static constexpr std::pair<const char *, Command> Commands[] = {
            {"check", cli::runCheckCommand},     {"send", cli::runSendCommand},
            {"watch", cli::runWatchCommand},     {"forget", cli::runForgetCommand},
            {"history", cli::runHistoryCommand}, {"remind", cli::runRemindCommand}};
        for (const auto &[name, command] : Commands) {
            if (qstrcmp(argv[1], name) == 0)
                return runCommand(argc, argv, command);
        }
    }
    // No command: the window, unless the words are not the window's (help, version, a mistyped
    // command or option) — those are answered without a display, and never open a window.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const cli::WindowRequest request = cli::parseWindowRequest(arguments);
    if (!request.opensWindow)
        return runCommand(argc, argv, cli::runTopLevelCommand, 1);
    return runWindow(argc, argv, request.demo);
}
