#include "cli/watcharguments.h"

#include "cli/commandline.h"
#include "cli/commonoptions.h"

#include <QCoreApplication>

namespace cli {

namespace {

// The context of this file's texts in the catalogues (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(cli::WatchCommand)
};

} // namespace

std::variant<WatchArguments, int> parseWatchArguments(const QStringList &arguments,
                                                      const QString &environmentApiUrl,
                                                      const QString &environmentEventsUrl)
{
    CommandLine line(
        QStringLiteral("watch"),
        Text::tr(
            "Follows the Accessy organization's invitations and prints one CSV line per\n"
            "status change until interrupted (Ctrl+C or SIGTERM, exit status 0):\n"
            "time,invitation_id,msisdn,old_status,new_status\n"
            "(time in UTC, ISO 8601 with milliseconds). The current statuses are read once at\n"
            "the start and NOT printed: only changes are. An invitation created while\n"
            "watching is printed once with an empty old_status. Changes arrive as events;\n"
            "the list is read again after every (re)connection of the event stream and\n"
            "every --interval seconds, so nothing missed while disconnected is lost.\n"
            "Connection states and problems go to standard error (more detail with\n"
            "QT_LOGGING_RULES=\"accessy.*.info=true\")."),
        Text::tr(
            "Credentials: ACCESSY_CLIENT_ID and ACCESSY_CLIENT_SECRET, or ACCESSY_SESSION_TOKEN.\n"
            "Exit status: 0 when interrupted, 2 bad usage, refused sign-in, a first list read\n"
            "that failed, or a session token that ran out while watching.\n"));
    const QString intervalNeeds =
        Text::tr("--interval needs a whole number of seconds from 0 to 86400");
    const QCommandLineOption apiUrl = addApiUrlOption(line);
    const QCommandLineOption eventsUrl(
        QStringLiteral("events-url"),
        Text::tr("The event stream (default: $ACCESSY_EVENTS_URL or wss://accessy.se/ws/app)."),
        QStringLiteral("URL"));
    const QCommandLineOption interval(
        QStringLiteral("interval"),
        Text::tr("Read the whole list this often (0-86400, default 60; 0 = only after a "
                 "reconnection)."),
        QStringLiteral("SECONDS"));
    line.addOption(eventsUrl, Text::tr("--events-url needs a URL"));
    line.addOption(interval, intervalNeeds);
    if (const std::optional<int> done = line.parse(arguments))
        return *done;
    const QCommandLineParser &p = line.parser();

    WatchArguments a;
    if (p.isSet(interval)) {
        bool ok = false;
        const int seconds = p.value(interval).toInt(&ok);
        if (!ok || seconds < 0 || seconds > 86400)
            return line.fail(intervalNeeds);
        a.intervalSeconds = seconds;
    }
    if (const std::optional<QString> cause = readApiUrl(p, apiUrl, environmentApiUrl, &a.apiUrl))
        return line.fail(*cause);
    QString events = p.isSet(eventsUrl) ? p.value(eventsUrl) : environmentEventsUrl;
    if (events.isEmpty())
        events = QStringLiteral("wss://accessy.se/ws/app");
    a.eventsUrl = QUrl(events, QUrl::StrictMode);
    if (!a.eventsUrl.isValid() || a.eventsUrl.host().isEmpty() ||
        !hasScheme(a.eventsUrl, "ws", "wss"))
        return line.fail(Text::tr("the events URL \"%1\" is not a ws(s) address").arg(events));
    return a;
}

} // namespace cli
