// accessy-sandbox: a local look-alike of the Accessy API (see README.md in this folder).
#include "sandbox.h"
#include "sandboxoptions.h"
#include "stdinwatcher.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("accessy-sandbox"));

    SandboxOptionsParser parser;
    switch (parser.parse(QCoreApplication::arguments())) {
    case SandboxOptionsParser::Result::Help:
        std::fputs(qPrintable(parser.usage()), stdout);
        return 0;
    case SandboxOptionsParser::Result::Error:
        std::fprintf(stderr, "accessy-sandbox: %s\n%s", qPrintable(parser.errorMessage()),
                     qPrintable(parser.usage()));
        return 2;
    case SandboxOptionsParser::Result::Run:
        break;
    }

    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, &app,
                     &QCoreApplication::quit);
    std::unique_ptr<StdinWatcher> stdinWatcher;
    if (parser.options().exitWithStdin) {
        stdinWatcher = std::make_unique<StdinWatcher>();
        QObject::connect(stdinWatcher.get(), &StdinWatcher::closed, &app, &QCoreApplication::quit);
    }

    Sandbox sandbox(parser.options());
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "accessy-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    // The first line is the contract with whoever started us: flush it at once.
    std::printf("listening on %s\n", qPrintable(sandbox.httpUrl().toString()));
    std::printf("events on %s\n", qPrintable(sandbox.eventsUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
