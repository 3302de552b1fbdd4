// accessy-invite: the window, and (later) the command-line modes check, send and watch.
#include "accessy/logredaction.h"
#include "cli/commands.h"
#include "cli/unixsignals.h"
#include "history/datafolder.h"
#include "history/historystore.h"
#include "history/retentionkeeper.h"
#include "i18n/translations.h"
#include "icons.h"
#include "mainwindow.h"
#include "practice/practicesandbox.h"
#include "retentionquestion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

namespace {

int runWindow(int argc, char **argv)
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

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Invite people to an Accessy organization by SMS."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QObject::tr("Practice mode: start the bundled sandbox; no SMS is sent."));
    parser.addOption(demo);
    parser.process(app);

    cli::UnixSignals signals_;
    QObject::connect(&signals_, &cli::UnixSignals::terminationRequested, &app,
                     &QCoreApplication::quit);

    ui::MainWindow window;
    practice::PracticeSandbox sandbox;
    if (parser.isSet(demo)) {
        QObject::connect(&sandbox, &practice::PracticeSandbox::ready, &window,
                         [&window, &sandbox](const QUrl &url) {
                             window.enterPracticeMode(url, sandbox.eventsUrl(),
                                                      practice::PracticeSandbox::clientId(),
                                                      practice::PracticeSandbox::clientSecret());
                         });
        QObject::connect(&sandbox, &practice::PracticeSandbox::failed, &window,
                         &ui::MainWindow::showStartupProblem);
        // Simulated invitees: most accept, a few reset their account, within seconds.
        // Simulated invitees are started below; the saved connection is not loaded.
        sandbox.start({QStringLiteral("--accept-share"), QStringLiteral("0.7"),
                       QStringLiteral("--delete-share"), QStringLiteral("0.1"),
                       QStringLiteral("--min-delay-ms"), QStringLiteral("4000"),
                       QStringLiteral("--max-delay-ms"), QStringLiteral("20000")});
    }
    if (!parser.isSet(demo))
        window.loadSavedConnection();
    window.show();
    history::RetentionKeeper retention(history::HistoryStore::defaultPath());
    ui::askBeforeFirstPurge(retention, &window);
    retention.start();
    return app.exec();
}

int runCommand(int argc, char **argv, int (*command)(const QStringList &))
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("accessy-invite"));
    QCoreApplication::setOrganizationName(QStringLiteral("accessy-invite"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    i18n::installTranslations(app);
    if (command != cli::runCheckCommand) // check reads only the list it is given
        history::datafolder::prepare();
    return command(QCoreApplication::arguments().mid(2));
}

} // namespace

int main(int argc, char **argv)
{
    // Before anything can log: tokens, secrets and Authorization headers are masked.
    accessy::logging::installRedactingMessageHandler();
    // The command-line modes need no display: they never create a widget.
    if (argc > 1) {
        const QByteArray mode(argv[1]);
        if (mode == "check")
            return runCommand(argc, argv, cli::runCheckCommand);
        if (mode == "send")
            return runCommand(argc, argv, cli::runSendCommand);
        if (mode == "watch")
            return runCommand(argc, argv, cli::runWatchCommand);
        if (mode == "forget")
            return runCommand(argc, argv, cli::runForgetCommand);
        if (mode == "history")
            return runCommand(argc, argv, cli::runHistoryCommand);
        if (mode == "remind")
            return runCommand(argc, argv, cli::runRemindCommand);
    }
    return runWindow(argc, argv);
}
