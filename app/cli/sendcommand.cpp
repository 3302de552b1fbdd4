#include "cli/commands.h"

#include "cli/environmentcredentials.h"
#include "cli/sendarguments.h"
#include "cli/sendinput.h"
#include "cli/sendrunner.h"

#include "accessy/tlspolicy.h"

#include <QTextStream>

namespace cli {

// accessy-invite send: see `accessy-invite send --help` for the contract (options, output,
// exit codes).
int runSendCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    const std::variant<SendArguments, int> parsed =
        parseSendArguments(arguments, qEnvironmentVariable("ACCESSY_API_URL"));
    if (const int *done = std::get_if<int>(&parsed))
        return *done;
    const SendArguments &args = std::get<SendArguments>(parsed);
    const accessy::Credentials credentials = credentialsFromEnvironment();
    // Refused before anything is looked up or connected: the secret never leaves in clear. A
    // dry run without credentials only checks the list and connects nowhere.
    const bool connects = !args.dryRun || credentials.isComplete();
    if (const QString problem =
            accessy::tls::transportProblem(args.apiUrl, accessy::tls::Channel::Api);
        connects && !problem.isEmpty()) {
        err << "accessy-invite send: " << problem << '\n';
        return 2;
    }
    if (!credentials.isComplete() && !args.dryRun) {
        err << missingCredentialsMessage(QStringLiteral("accessy-invite send")) << '\n';
        return 2;
    }
    const auto list = readNumberList(args.numbersFile, args.region, args.sheet);
    if (!list.ok()) {
        err << "accessy-invite send: " << list.error().message << '\n';
        return 2;
    }
    SendRunner runner(args, credentials);
    return runner.run(list.value());
}

} // namespace cli
