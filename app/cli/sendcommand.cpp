#include "cli/commands.h"

#include "cli/sendarguments.h"
#include "cli/sendinput.h"
#include "cli/sendrunner.h"

#include <QCoreApplication>
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
    accessy::Credentials credentials;
    credentials.pastedToken = qEnvironmentVariable("ACCESSY_SESSION_TOKEN");
    if (credentials.pastedToken.isEmpty()) {
        credentials.clientId = qEnvironmentVariable("ACCESSY_CLIENT_ID");
        credentials.clientSecret = qEnvironmentVariable("ACCESSY_CLIENT_SECRET");
    }
    if (!credentials.isComplete() && !args.dryRun) {
        err << QCoreApplication::translate(
                   "SendCommand", "accessy-invite send: no credentials. Set ACCESSY_CLIENT_ID "
                                  "and ACCESSY_CLIENT_SECRET, or ACCESSY_SESSION_TOKEN.")
            << '\n';
        return 2;
    }
    const NumberList list = readNumberList(args.numbersFile, args.region, args.sheet);
    if (!list.ok()) {
        err << "accessy-invite send: " << list.error << '\n';
        return 2;
    }
    SendRunner runner(args, credentials);
    return runner.run(list.entries);
}

} // namespace cli
