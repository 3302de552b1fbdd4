#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <variant>

namespace cli {

// The command line of `accessy-invite send`, parsed and checked; nothing is read or sent.
struct SendArguments
{
    QString numbersFile; // "-" = standard input
    QString message;
    QStringList groupIds;
    QUrl apiUrl; // --api-url, else ACCESSY_API_URL, else https://api.accessy.se
    int batchSize = 50;
    int parallel = 4;
    int timeoutMs = 30000;
    // An answer that never came: its numbers are checked (never re-sent) this long after the
    // request left; at least twice --timeout-ms (raised, with a note, when shorter).
    int graceSeconds = 60;
    QString region = QStringLiteral("SE");
    QString sheet;
    bool dryRun = false;
    bool yes = false;
    bool inviteAgain = false;
    // Another send to the organization is running: refuse (exit 2) instead of waiting.
    bool noWait = false;
};

// The arguments, or the exit status when the command is done already: --help or --version
// printed (0), or a problem reported with the usage on standard error (2).
// `environmentApiUrl` is ACCESSY_API_URL (empty when unset).
std::variant<SendArguments, int> parseSendArguments(const QStringList &arguments,
                                                    const QString &environmentApiUrl);

} // namespace cli
