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

    sandbox::SandboxOptionsParser parser;
    switch (parser.parse(QCoreApplication::arguments())) {
    case sandbox::SandboxOptionsParser::Result::Help:
        std::fputs(qPrintable(parser.usage()), stdout);
        return 0;
    case sandbox::SandboxOptionsParser::Result::Error:
        std::fprintf(stderr, "accessy-sandbox: %s\n%s", qPrintable(parser.errorMessage()),
                     qPrintable(parser.usage()));
        return 2;
    case sandbox::SandboxOptionsParser::Result::Run:
        break;
    }

    sandbox::UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &sandbox::UnixSignalWatcher::terminationRequested, &app,
                     &QCoreApplication::quit);
    std::unique_ptr<sandbox::StdinWatcher> stdinWatcher;
    if (parser.options().exitWithStdin) {
        stdinWatcher = std::make_unique<sandbox::StdinWatcher>();
        QObject::connect(stdinWatcher.get(), &sandbox::StdinWatcher::closed, &app,
                         &QCoreApplication::quit);
    }

    sandbox::Sandbox sandbox(parser.options());
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
