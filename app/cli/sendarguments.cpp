#include "cli/sendarguments.h"

#include "cli/commandline.h"

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
    const QString groupNeeds = Text::tr("--group needs an access permission group id");
    const QString batchNeeds = Text::tr("--batch-size needs a whole number from 1 to 1000");
    const QString parallelNeeds = Text::tr("--parallel needs a whole number from 1 to 32");
    const QString timeoutNeeds = Text::tr("--timeout-ms needs a whole number from 100 to 600000");
    const QString regionNeeds = Text::tr("--region needs a two-letter country code such as SE");
    const QString graceNeeds = Text::tr("--grace-seconds needs a whole number from 0 to 86400");
    const QCommandLineOption numbers(QStringLiteral("numbers"),
                                     Text::tr("The list of numbers (- = standard input)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption message(QStringLiteral("message"), Text::tr("The invitation text."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   Text::tr("An access permission group to join (repeatable)."),
                                   QStringLiteral("ID"));
    const QCommandLineOption apiUrl(
        QStringLiteral("api-url"),
        Text::tr("The API host (default: $ACCESSY_API_URL or https://api.accessy.se)."),
        QStringLiteral("URL"));
    const QCommandLineOption batchSize(QStringLiteral("batch-size"),
                                       Text::tr("Numbers per request (1-1000, default 50)."),
                                       QStringLiteral("N"));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
                                      Text::tr("Requests in flight (1-32, default 4)."),
                                      QStringLiteral("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"),
                                     Text::tr("Give up on an answer after N ms (default 30000)."),
                                     QStringLiteral("N"));
    const QCommandLineOption grace(
        QStringLiteral("grace-seconds"),
        Text::tr("When an answer never came, wait N s from when the request left before checking "
                 "the server's list and sending again (default 60; at least twice --timeout-ms)."),
        QStringLiteral("N"));
    const QCommandLineOption region(
        QStringLiteral("region"), Text::tr("Country of numbers written without +CC (default SE)."),
        QStringLiteral("CC"));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   Text::tr("The worksheet of an XLSX file (default: the first)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption inviteAgain(
        QStringLiteral("invite-again"),
        Text::tr("Also send to numbers that already have a pending invitation."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        Text::tr("Check the list and print what would be sent; send nothing."));
    const QCommandLineOption noWait(
        QStringLiteral("no-wait"),
        Text::tr("When another send to the organization is running on this computer, refuse (exit "
                 "2) instead of waiting for it to finish."));
    const QCommandLineOption yes(
        QStringList{QStringLiteral("y"), QStringLiteral("yes")},
        Text::tr("Send without asking. Without it the command asks on the terminal, and refuses "
                 "(exit 2) when standard input is not a terminal or holds the numbers."));
    line.addOption(numbers, numbersNeeds);
    line.addOption(message, Text::tr("--message needs the invitation text"));
    line.addOption(group, groupNeeds);
    line.addOption(apiUrl, Text::tr("--api-url needs a URL"));
    line.addOption(batchSize, batchNeeds);
    line.addOption(parallel, parallelNeeds);
    line.addOption(timeout, timeoutNeeds);
    line.addOption(grace, graceNeeds);
    line.addOption(region, regionNeeds);
    line.addOption(sheet, Text::tr("--sheet needs a worksheet name"));
    line.addOption(inviteAgain);
    line.addOption(dryRun);
    line.addOption(noWait);
    line.addOption(yes);
    if (const std::optional<int> done = line.parse(arguments))
        return *done;
    const QCommandLineParser &p = line.parser();

    SendArguments a;
    a.numbersFile = p.value(numbers);
    a.message = p.value(message);
    for (const QString &id : p.values(group)) {
        if (id.trimmed().isEmpty())
            return line.fail(groupNeeds);
        a.groupIds << id.trimmed();
    }
    if (p.isSet(batchSize) && !readInt(p.value(batchSize), 1, 1000, &a.batchSize))
        return line.fail(batchNeeds);
    if (p.isSet(parallel) && !readInt(p.value(parallel), 1, 32, &a.parallel))
        return line.fail(parallelNeeds);
    if (p.isSet(timeout) && !readInt(p.value(timeout), 100, 600000, &a.timeoutMs))
        return line.fail(timeoutNeeds);
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
    QString url = p.isSet(apiUrl) ? p.value(apiUrl) : environmentApiUrl;
    if (url.isEmpty())
        url = QStringLiteral("https://api.accessy.se");
    a.apiUrl = QUrl(url, QUrl::StrictMode);
    if (!a.apiUrl.isValid() || a.apiUrl.host().isEmpty() ||
        (a.apiUrl.scheme() != QLatin1String("https") && a.apiUrl.scheme() != QLatin1String("http")))
        return line.fail(Text::tr("the API URL \"%1\" is not an http(s) address").arg(url));
    return a;
}

} // namespace cli
