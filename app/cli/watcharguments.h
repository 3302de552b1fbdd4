#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <variant>

namespace cli {

// The command line of `accessy-invite watch`, parsed and checked; nothing is contacted.
struct WatchArguments
{
    QUrl apiUrl;              // --api-url, else ACCESSY_API_URL, else https://api.accessy.se
    QUrl eventsUrl;           // --events-url, else ACCESSY_EVENTS_URL, else wss://accessy.se/ws/app
    int intervalSeconds = 60; // list re-read period; 0 = only after (re)connects
};

// The arguments, or the exit status when the command is done already: --help or --version
// printed (0), or a problem reported with the usage on standard error (2).
// `environmentApiUrl` / `environmentEventsUrl` are ACCESSY_API_URL / ACCESSY_EVENTS_URL
// (empty when unset).
std::variant<WatchArguments, int> parseWatchArguments(const QStringList &arguments,
                                                      const QString &environmentApiUrl,
                                                      const QString &environmentEventsUrl);

} // namespace cli
