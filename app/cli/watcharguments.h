#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace cli {

// The command line of `accessy-invite watch`, parsed and checked; nothing is contacted.
struct WatchArguments
{
    QUrl apiUrl;              // --api-url, else ACCESSY_API_URL, else https://api.accessy.se
    QUrl eventsUrl;           // --events-url, else ACCESSY_EVENTS_URL, else wss://accessy.se/ws/app
    int intervalSeconds = 60; // list re-read period; 0 = only after (re)connects
    bool help = false;
};

struct WatchArgumentsResult
{
    std::optional<WatchArguments> arguments;
    QString error; // the cause, when arguments is empty
};

// `environmentApiUrl` / `environmentEventsUrl` are ACCESSY_API_URL / ACCESSY_EVENTS_URL
// (empty when unset).
WatchArgumentsResult parseWatchArguments(const QStringList &arguments,
                                         const QString &environmentApiUrl,
                                         const QString &environmentEventsUrl);
QString watchUsage();

} // namespace cli
