#include "cli/sendarguments.h"

#include "cli/commandline.h"
#include "cli/commonoptions.h"

#include <QCoreApplication>

namespace cli {

namespace {

// The context of this file's texts in the catalogues (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(cli::SendCommand)
};

bool readInt(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return false;
    *out = value;
    return true;
}

} // namespace

std::variant<SendArguments, int> parseSendArguments(const QStringList &arguments,
                                                    const QString &environmentApiUrl)
{
    CommandLine line(
        QStringLiteral("send"),
        Text::tr(
            "Invites every valid mobile number of FILE (CSV, TSV, text, XLSX or vCard; - reads\n"
            "standard input) to the Accessy organization by SMS, and prints one CSV line per\n"
            "number: msisdn,invitation_id,status,error.\n"
            "Status: invited; pending (invited before, not accepted yet: left out); member\n"
            "(a member already, or accepted: never texted); added-to-groups (a member, given\n"
            "the --group groups instead of an SMS); failed; cancelled; unconfirmed;\n"
            "would-send and would-add-to-groups (--dry-run); or why the row is not a mobile\n"
            "number."),
        Text::tr(
            "Credentials: ACCESSY_CLIENT_ID and ACCESSY_CLIENT_SECRET, or ACCESSY_SESSION_TOKEN.\n"
            "The send history is kept in the app's data folder ($ACCESSY_INVITE_DATA_DIR\n"
            "overrides it); an interrupted send is checked and finished by running the same\n"
            "command again.\n"
            "Exit status: 0 every number has an invitation, 1 some have none, 2 bad usage,\n"
            "unreadable list or sign-in failure.\n"));
    const QString numbersNeeds = Text::tr("--numbers needs a file name (or - for standard input)");
    const QString batchNeeds = Text::tr("--batch-size needs a whole number from 1 to 1000");
    const QString parallelNeeds = Text::tr("--parallel needs a whole number from 1 to 32");
    const QString regionNeeds = Text::tr("--region needs a two-letter country code such as SE");
    const QString graceNeeds = Text::tr("--grace-seconds needs a whole number from 0 to 86400");
    const QCommandLineOption numbers = line.addOption(
        {QStringLiteral("numbers"), Text::tr("The list of numbers (- = standard input)."),
         QStringLiteral("FILE")},
        numbersNeeds);
    const QCommandLineOption message = line.addOption(
        {QStringLiteral("message"), Text::tr("The invitation text."), QStringLiteral("TEXT")},
        Text::tr("--message needs the invitation text"));
    const QCommandLineOption group = addGroupOption(line);
    const QCommandLineOption apiUrl = addApiUrlOption(line);
    const QCommandLineOption batchSize =
        line.addOption({QStringLiteral("batch-size"),
                        Text::tr("Numbers per request (1-1000, default 50)."), QStringLiteral("N")},
                       batchNeeds);
    const QCommandLineOption parallel =
        line.addOption({QStringLiteral("parallel"),
                        Text::tr("Requests in flight (1-32, default 4)."), QStringLiteral("N")},
                       parallelNeeds);
    const QCommandLineOption timeout = addTimeoutOption(line);
    const QCommandLineOption grace = line.addOption(
        {QStringLiteral("grace-seconds"),
         Text::tr("When an answer never came, wait N s from when the request left before checking "
                  "the server's list and sending again (default 60; at least twice --timeout-ms)."),
         QStringLiteral("N")},
        graceNeeds);
    const QCommandLineOption region = line.addOption(
        {QStringLiteral("region"), Text::tr("Country of numbers written without +CC (default SE)."),
         QStringLiteral("CC")},
        regionNeeds);
    const QCommandLineOption sheet = line.addOption(
        {QStringLiteral("sheet"), Text::tr("The worksheet of an XLSX file (default: the first)."),
         QStringLiteral("NAME")},
        Text::tr("--sheet needs a worksheet name"));
    const QCommandLineOption inviteAgain =
        line.addOption({QStringLiteral("invite-again"),
                        Text::tr("Also send to numbers that already have a pending invitation.")});
    const QCommandLineOption dryRun =
        line.addOption({QStringLiteral("dry-run"),
                        Text::tr("Check the list and print what would be sent; send nothing.")});
    const QCommandLineOption noWait = addNoWaitOption(line);
    const QCommandLineOption yes(
        QStringList{QStringLiteral("y"), QStringLiteral("yes")},
        Text::tr("Send without asking. Without it the command asks on the terminal, and refuses "
                 "(exit 2) when standard input is not a terminal or holds the numbers."));
    line.addOption(yes);
    if (const std::optional<int> done = line.parse(arguments))
        return *done;
    const QCommandLineParser &p = line.parser();

    SendArguments a;
    a.numbersFile = p.value(numbers);
    a.message = p.value(message);
    if (const std::optional<QString> cause = readGroups(p, group, &a.groupIds))
        return line.fail(*cause);
    if (p.isSet(batchSize) && !readInt(p.value(batchSize), 1, 1000, &a.batchSize))
        return line.fail(batchNeeds);
    if (p.isSet(parallel) && !readInt(p.value(parallel), 1, 32, &a.parallel))
        return line.fail(parallelNeeds);
    if (const std::optional<QString> cause = readTimeout(p, timeout, &a.timeoutMs))
        return line.fail(*cause);
    if (p.isSet(grace) && !readInt(p.value(grace), 0, 86400, &a.graceSeconds))
        return line.fail(graceNeeds);
    if (p.isSet(region)) {
        if (p.value(region).size() != 2)
            return line.fail(regionNeeds);
        a.region = p.value(region).toUpper();
    }
    a.sheet = p.value(sheet);
    a.inviteAgain = p.isSet(inviteAgain);
    a.dryRun = p.isSet(dryRun);
    a.yes = p.isSet(yes);
    a.noWait = p.isSet(noWait);
    if (a.numbersFile.isEmpty())
        return line.fail(Text::tr("--numbers FILE is required"));
    if (a.message.trimmed().isEmpty())
        return line.fail(Text::tr("--message TEXT is required and must not be blank"));
    if (const std::optional<QString> cause = readApiUrl(p, apiUrl, environmentApiUrl, &a.apiUrl))
        return line.fail(*cause);
    return a;
}

} // namespace cli
