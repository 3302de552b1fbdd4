#include "cli/watcharguments.h"

#include <QCoreApplication>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WatchCommand", text);
}

bool hasScheme(const QUrl &url, const char *plain, const char *secure)
{
    return url.scheme() == QLatin1String(plain) || url.scheme() == QLatin1String(secure);
}

} // namespace

QString watchUsage()
{
    return tr(
        "Usage: accessy-invite watch [--api-url URL] [--events-url URL]\n"
        "                            [--interval SECONDS]\n"
        "\n"
        "Follows the Accessy organization's invitations and prints one CSV line per\n"
        "status change until interrupted (Ctrl+C or SIGTERM, exit status 0):\n"
        "time,invitation_id,msisdn,old_status,new_status\n"
        "(time in UTC, ISO 8601 with milliseconds). The current statuses are read once at\n"
        "the start and NOT printed: only changes are. An invitation created while\n"
        "watching is printed once with an empty old_status. Changes arrive as events;\n"
        "the list is read again after every (re)connection of the event stream and\n"
        "every --interval seconds, so nothing missed while disconnected is lost.\n"
        "Connection states and problems go to standard error (more detail with\n"
        "QT_LOGGING_RULES=\"accessy.*.info=true\").\n"
        "\n"
        "  --api-url URL       the API host (default: $ACCESSY_API_URL or\n"
        "                      https://api.accessy.se)\n"
        "  --events-url URL    the event stream (default: $ACCESSY_EVENTS_URL or\n"
        "                      wss://accessy.se/ws/app)\n"
        "  --interval SECONDS  read the whole list this often (0-86400, default 60;\n"
        "                      0 = only after a reconnection)\n"
        "\n"
        "Credentials: ACCESSY_CLIENT_ID and ACCESSY_CLIENT_SECRET, or ACCESSY_SESSION_TOKEN.\n"
        "Exit status: 0 when interrupted, 2 bad usage, refused sign-in, a first list read\n"
        "that failed, or a session token that ran out while watching.\n");
}

WatchArgumentsResult parseWatchArguments(const QStringList &arguments,
                                         const QString &environmentApiUrl,
                                         const QString &environmentEventsUrl)
{
    WatchArguments a;
    QString apiUrl = environmentApiUrl;
    QString eventsUrl = environmentEventsUrl;
    auto fail = [](const QString &error) {
        return WatchArgumentsResult{std::nullopt, error};
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
        } else if (arg == QLatin1String("--api-url")) {
            if (!value(&apiUrl))
                return fail(tr("--api-url needs a URL"));
        } else if (arg == QLatin1String("--events-url")) {
            if (!value(&eventsUrl))
                return fail(tr("--events-url needs a URL"));
        } else if (arg == QLatin1String("--interval")) {
            bool ok = false;
            const int seconds = value(&v) ? v.toInt(&ok) : -1;
            if (!ok || seconds < 0 || seconds > 86400)
                return fail(tr("--interval needs a whole number of seconds from 0 to 86400"));
            a.intervalSeconds = seconds;
        } else {
            return fail(tr("unknown option \"%1\"").arg(arg));
        }
    }
    if (a.help)
        return {a, {}};
    if (apiUrl.isEmpty())
        apiUrl = QStringLiteral("https://api.accessy.se");
    a.apiUrl = QUrl(apiUrl, QUrl::StrictMode);
    if (!a.apiUrl.isValid() || a.apiUrl.host().isEmpty() || !hasScheme(a.apiUrl, "http", "https"))
        return fail(tr("the API URL \"%1\" is not an http(s) address").arg(apiUrl));
    if (eventsUrl.isEmpty())
        eventsUrl = QStringLiteral("wss://accessy.se/ws/app");
    a.eventsUrl = QUrl(eventsUrl, QUrl::StrictMode);
    if (!a.eventsUrl.isValid() || a.eventsUrl.host().isEmpty() ||
        !hasScheme(a.eventsUrl, "ws", "wss"))
        return fail(tr("the events URL \"%1\" is not a ws(s) address").arg(eventsUrl));
    return {a, {}};
}

} // namespace cli
