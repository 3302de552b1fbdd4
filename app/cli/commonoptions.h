#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QCommandLineParser;

namespace cli {

class CommandLine;

// The options that `send`, `remind` and `watch` share, each declared with one description and
// one "needs ..." cause, and read with one set of checks, so the commands cannot drift apart.
// Each add…() declares its option on `line` (in call order, which is the --help order).
QCommandLineOption addApiUrlOption(CommandLine &line);  // --api-url URL
QCommandLineOption addGroupOption(CommandLine &line);   // --group ID, repeatable
QCommandLineOption addTimeoutOption(CommandLine &line); // --timeout-ms N
QCommandLineOption addNoWaitOption(CommandLine &line);  // --no-wait

// Each read…() returns the cause to report when the value is bad (nothing is written then).
// The --group ids, trimmed; a blank one is refused.
std::optional<QString> readGroups(const QCommandLineParser &parser, const QCommandLineOption &group,
                                  QStringList *ids);
// --timeout-ms, 100 to 600000, when given (else *ms is left alone).
std::optional<QString> readTimeout(const QCommandLineParser &parser,
                                   const QCommandLineOption &timeout, int *ms);
// --api-url, else `environmentApiUrl` (ACCESSY_API_URL), else https://api.accessy.se; it must
// be an http(s) address with a host.
std::optional<QString> readApiUrl(const QCommandLineParser &parser,
                                  const QCommandLineOption &apiUrl,
                                  const QString &environmentApiUrl, QUrl *url);

// True when `url`'s scheme is `plain` or `secure` ("http"/"https", "ws"/"wss").
bool hasScheme(const QUrl &url, const char *plain, const char *secure);

} // namespace cli
