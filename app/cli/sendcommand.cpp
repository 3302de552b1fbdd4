#include "cli/commands.h"

#include "cli/environmentcredentials.h"
#include "cli/sendarguments.h"
#include "cli/sendinput.h"
#include "cli/sendrunner.h"

#include <QTextStream>

namespace cli {

// accessy-invite send: see sendUsage() for the contract (options, output, exit codes).
int runSendCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    const SendArgumentsResult parsed =
        parseSendArguments(arguments, qEnvironmentVariable("ACCESSY_API_URL"));
    if (!parsed.arguments) {
        err << "accessy-invite send: " << parsed.error << "\n\n" << sendUsage();
        return 2;
    }
    const SendArguments &args = *parsed.arguments;
    if (args.help) {
        QTextStream(stdout) << sendUsage();
        return 0;
    }
    const accessy::Credentials credentials = credentialsFromEnvironment();
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
