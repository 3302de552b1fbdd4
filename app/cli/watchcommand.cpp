#include "cli/commands.h"

#include "cli/environmentcredentials.h"
#include "cli/watcharguments.h"
#include "cli/watchrunner.h"

#include "accessy/tlspolicy.h"

#include <QLoggingCategory>
#include <QTextStream>

namespace cli {

// accessy-invite watch: see `accessy-invite watch --help` for the contract (options, output,
// exit codes).
int runWatchCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    const std::variant<WatchArguments, int> parsed =
        parseWatchArguments(arguments, qEnvironmentVariable("ACCESSY_API_URL"),
                            qEnvironmentVariable("ACCESSY_EVENTS_URL"));
    if (const int *done = std::get_if<int>(&parsed))
        return *done;
    const WatchArguments &watchArguments = std::get<WatchArguments>(parsed);
    // Refused before anything is looked up or connected: the token never leaves in clear.
    using accessy::tls::Channel;
    for (const auto &[url, channel] : {std::pair{watchArguments.apiUrl, Channel::Api},
                                       std::pair{watchArguments.eventsUrl, Channel::Events}}) {
        if (const QString problem = accessy::tls::transportProblem(url, channel);
            !problem.isEmpty()) {
            err << "accessy-invite watch: " << problem << '\n';
            return 2;
        }
    }
    const accessy::Credentials credentials = credentialsFromEnvironment();
    if (!credentials.isComplete()) {
        err << missingCredentialsMessage(QStringLiteral("accessy-invite watch")) << '\n';
        return 2;
    }
    // stderr carries our own sentences about the connection; the libraries' step-by-step log
    // lines only on request (QT_LOGGING_RULES="accessy.*.info=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("accessy.*.info=false"));
    WatchRunner runner(watchArguments, credentials);
    return runner.run();
}

} // namespace cli
