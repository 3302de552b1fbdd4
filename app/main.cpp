// accessy-invite: the window, and (later) the command-line modes check, send and watch.
#include "cli/unixsignals.h"
#include "mainwindow.h"
#include "practice/practicesandbox.h"

#include <QApplication>
#include <QCommandLineParser>

namespace {

int runWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("accessy-invite"));
    QApplication::setApplicationDisplayName(QObject::tr("Accessy Invite"));
    QApplication::setOrganizationName(QStringLiteral("accessy-invite"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

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
                         [&window](const QUrl &url) {
                             window.enterPracticeMode(url, practice::PracticeSandbox::clientId(),
                                                      practice::PracticeSandbox::clientSecret());
                         });
        QObject::connect(&sandbox, &practice::PracticeSandbox::failed, &window,
                         &ui::MainWindow::showStartupProblem);
        sandbox.start({QStringLiteral("--accept-share"), QStringLiteral("0.7"),
                       QStringLiteral("--delete-share"), QStringLiteral("0.1"),
                       QStringLiteral("--min-delay-ms"), QStringLiteral("4000"),
                       QStringLiteral("--max-delay-ms"), QStringLiteral("20000")});
    }
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    return runWindow(argc, argv);
}
