#include "cli/commands.h"

#include "cli/environmentcredentials.h"
#include "cli/watcharguments.h"
#include "cli/watchrunner.h"

#include "accessy/tlspolicy.h"

#include <QLoggingCategory>
#include <QTextStream>

namespace cli {

// accessy-invite watch: see watchUsage() for the contract (options, output, exit codes).
int runWatchCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    const WatchArgumentsResult parsed =
        parseWatchArguments(arguments, qEnvironmentVariable("ACCESSY_API_URL"),
                            qEnvironmentVariable("ACCESSY_EVENTS_URL"));
    if (!parsed.arguments) {
        err << "accessy-invite watch: " << parsed.error << "\n\n" << watchUsage();
        return 2;
    }
    if (parsed.arguments->help) {
        QTextStream(stdout) << watchUsage();
        return 0;
    }
    // Refused before anything is looked up or connected: the token never leaves in clear.
    using accessy::tls::Channel;
    for (const auto &[url, channel] : {std::pair{parsed.arguments->apiUrl, Channel::Api},
                                       std::pair{parsed.arguments->eventsUrl, Channel::Events}}) {
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
    WatchRunner runner(*parsed.arguments, credentials);
    return runner.run();
}

} // namespace cli
