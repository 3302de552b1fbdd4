#pragma once

#include <QStringList>

// The command-line modes of accessy-invite. Each runs inside an existing QCoreApplication,
// takes the arguments after its name, and returns the process exit code.
namespace cli {

// accessy-invite check FILE [--region SE] [--sheet NAME]
int runCheckCommand(const QStringList &arguments);
// accessy-invite send --numbers FILE --message TEXT ...
int runSendCommand(const QStringList &arguments);
// accessy-invite watch [--api-url URL] [--events-url URL]
int runWatchCommand(const QStringList &arguments);
// accessy-invite forget [--region CC] NUMBER...
int runForgetCommand(const QStringList &arguments);
// accessy-invite history [--since DATE] [--numbers]
int runHistoryCommand(const QStringList &arguments);
// accessy-invite remind --older-than 7d [--message TEXT] [--dry-run] [--yes] [--no-wait]
int runRemindCommand(const QStringList &arguments);

} // namespace cli
