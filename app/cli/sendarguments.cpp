#include "cli/sendarguments.h"

#include <QCoreApplication>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SendCommand", text);
}

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

QString sendUsage()
{
    return tr(
        "Usage: accessy-invite send --numbers FILE --message TEXT [--group ID]...\n"
        "                           [--api-url URL] [--batch-size N] [--parallel N]\n"
        "                           [--timeout-ms N] [--grace-seconds N]\n"
        "                           [--region CC] [--sheet NAME]\n"
        "                           [--invite-again] [--dry-run] [--yes]\n"
        "\n"
        "Invites every valid mobile number of FILE (CSV, TSV, text, XLSX or vCard; - reads\n"
        "standard input) to the Accessy organization by SMS, and prints one CSV line per\n"
        "number: msisdn,invitation_id,status,error.\n"
        "Status: invited; pending (invited before, not accepted yet: left out); member\n"
        "(a member already, or accepted: never texted); added-to-groups (a member, given\n"
        "the --group groups instead of an SMS); failed; cancelled; unconfirmed;\n"
        "would-send and would-add-to-groups (--dry-run); or why the row is not a mobile\n"
        "number.\n"
        "\n"
        "  --numbers FILE    the list of numbers (- = standard input)\n"
        "  --message TEXT    the invitation text\n"
        "  --group ID        an access permission group to join (repeatable)\n"
        "  --api-url URL     the API host (default: $ACCESSY_API_URL or https://api.accessy.se)\n"
        "  --batch-size N    numbers per request (1-1000, default 50)\n"
        "  --parallel N      requests in flight (1-32, default 4)\n"
        "  --timeout-ms N    give up on an answer after N ms (default 30000)\n"
        "  --grace-seconds N when an answer never came, wait N s from when the request\n"
        "                    left before checking the server's list and sending again\n"
        "                    (default 60; at least twice --timeout-ms)\n"
        "  --region CC       country of numbers written without +CC (default SE)\n"
        "  --sheet NAME      the worksheet of an XLSX file (default: the first)\n"
        "  --invite-again    also send to numbers that already have a pending invitation\n"
        "  --dry-run         check the list and print what would be sent; send nothing\n"
        "  --yes             send without asking. Without it the command asks on the\n"
        "                    terminal, and refuses (exit 2) when standard input is not a\n"
        "                    terminal or holds the numbers\n"
        "\n"
        "Credentials: ACCESSY_CLIENT_ID and ACCESSY_CLIENT_SECRET, or ACCESSY_SESSION_TOKEN.\n"
        "The send history is kept in the app's data folder ($ACCESSY_INVITE_DATA_DIR\n"
        "overrides it); an interrupted send is checked and finished by running the same\n"
        "command again.\n"
        "Exit status: 0 every number has an invitation, 1 some have none, 2 bad usage,\n"
        "unreadable list or sign-in failure.\n");
}

SendArgumentsResult parseSendArguments(const QStringList &arguments,
                                       const QString &environmentApiUrl)
{
    SendArguments a;
    QString apiUrl = environmentApiUrl;
    auto fail = [](const QString &error) {
        return SendArgumentsResult{std::nullopt, error};
    };
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        auto value = [&](QString *out) {
            if (i + 1 >= arguments.size())
                return false;
            *out = arguments.at(++i);
            return true;
        };
        QString v;
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            a.help = true;
        } else if (arg == QLatin1String("--dry-run")) {
            a.dryRun = true;
        } else if (arg == QLatin1String("--yes") || arg == QLatin1String("-y")) {
            a.yes = true;
        } else if (arg == QLatin1String("--invite-again")) {
            a.inviteAgain = true;
        } else if (arg == QLatin1String("--numbers")) {
            if (!value(&a.numbersFile))
                return fail(tr("--numbers needs a file name (or - for standard input)"));
        } else if (arg == QLatin1String("--message")) {
            if (!value(&a.message))
                return fail(tr("--message needs the invitation text"));
        } else if (arg == QLatin1String("--group")) {
            if (!value(&v) || v.trimmed().isEmpty())
                return fail(tr("--group needs an access permission group id"));
            a.groupIds << v.trimmed();
        } else if (arg == QLatin1String("--api-url")) {
            if (!value(&apiUrl))
                return fail(tr("--api-url needs a URL"));
        } else if (arg == QLatin1String("--batch-size")) {
            if (!value(&v) || !readInt(v, 1, 1000, &a.batchSize))
                return fail(tr("--batch-size needs a whole number from 1 to 1000"));
        } else if (arg == QLatin1String("--parallel")) {
            if (!value(&v) || !readInt(v, 1, 32, &a.parallel))
                return fail(tr("--parallel needs a whole number from 1 to 32"));
        } else if (arg == QLatin1String("--timeout-ms")) {
            if (!value(&v) || !readInt(v, 100, 600000, &a.timeoutMs))
                return fail(tr("--timeout-ms needs a whole number from 100 to 600000"));
        } else if (arg == QLatin1String("--grace-seconds")) {
            if (!value(&v) || !readInt(v, 0, 86400, &a.graceSeconds))
                return fail(tr("--grace-seconds needs a whole number from 0 to 86400"));
        } else if (arg == QLatin1String("--region")) {
            if (!value(&a.region) || a.region.size() != 2)
                return fail(tr("--region needs a two-letter country code such as SE"));
            a.region = a.region.toUpper();
        } else if (arg == QLatin1String("--sheet")) {
            if (!value(&a.sheet))
                return fail(tr("--sheet needs a worksheet name"));
        } else {
            return fail(tr("unknown option \"%1\"").arg(arg));
        }
    }
    if (a.help)
        return {a, {}};
    if (a.numbersFile.isEmpty())
        return fail(tr("--numbers FILE is required"));
    if (a.message.trimmed().isEmpty())
        return fail(tr("--message TEXT is required and must not be blank"));
    if (apiUrl.isEmpty())
        apiUrl = QStringLiteral("https://api.accessy.se");
    a.apiUrl = QUrl(apiUrl, QUrl::StrictMode);
    if (!a.apiUrl.isValid() || a.apiUrl.host().isEmpty() ||
        (a.apiUrl.scheme() != QLatin1String("https") && a.apiUrl.scheme() != QLatin1String("http")))
        return fail(tr("the API URL \"%1\" is not an http(s) address").arg(apiUrl));
    return {a, {}};
}

} // namespace cli
