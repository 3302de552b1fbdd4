#include "cli/commonoptions.h"

#include "cli/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace cli {

namespace {

// The context of this file's texts in the catalogues (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(cli::CommonOptions)
};

QString groupNeeds()
{
    return Text::tr("--group needs an access permission group id");
}

QString timeoutNeeds()
{
    return Text::tr("--timeout-ms needs a whole number from 100 to 600000");
}

} // namespace

QCommandLineOption addApiUrlOption(CommandLine &line)
{
    return line.addOption(
        {QStringLiteral("api-url"),
         Text::tr("The API host (default: $ACCESSY_API_URL or https://api.accessy.se)."),
         QStringLiteral("URL")},
        Text::tr("--api-url needs a URL"));
}

QCommandLineOption addGroupOption(CommandLine &line)
{
    return line.addOption({QStringLiteral("group"),
                           Text::tr("An access permission group to join (repeatable)."),
                           QStringLiteral("ID")},
                          groupNeeds());
}

QCommandLineOption addTimeoutOption(CommandLine &line)
{
    return line.addOption({QStringLiteral("timeout-ms"),
                           Text::tr("Give up on an answer after N ms (default 30000)."),
                           QStringLiteral("N")},
                          timeoutNeeds());
}

QCommandLineOption addNoWaitOption(CommandLine &line)
{
    return line.addOption(
        {QStringLiteral("no-wait"),
         Text::tr("When another send to the organization is running on this "
                  "computer, refuse (exit 2) instead of waiting for it to finish.")});
}

std::optional<QString> readGroups(const QCommandLineParser &parser, const QCommandLineOption &group,
                                  QStringList *ids)
{
    QStringList read;
    for (const QString &id : parser.values(group)) {
        if (id.trimmed().isEmpty())
            return groupNeeds();
        read << id.trimmed();
    }
    *ids = read;
    return std::nullopt;
}

std::optional<QString> readTimeout(const QCommandLineParser &parser,
                                   const QCommandLineOption &timeout, int *ms)
{
    if (!parser.isSet(timeout))
        return std::nullopt;
    bool ok = false;
    const int value = parser.value(timeout).toInt(&ok);
    if (!ok || value < 100 || value > 600000)
        return timeoutNeeds();
    *ms = value;
    return std::nullopt;
}

std::optional<QString> readApiUrl(const QCommandLineParser &parser,
                                  const QCommandLineOption &apiUrl,
                                  const QString &environmentApiUrl, QUrl *url)
{
    QString text = parser.isSet(apiUrl) ? parser.value(apiUrl) : environmentApiUrl;
    if (text.isEmpty())
        text = QStringLiteral("https://api.accessy.se");
    const QUrl read(text, QUrl::StrictMode);
    if (!read.isValid() || read.host().isEmpty() || !hasScheme(read, "http", "https"))
        return Text::tr("the API URL \"%1\" is not an http(s) address").arg(text);
    *url = read;
    return std::nullopt;
}

bool hasScheme(const QUrl &url, const char *plain, const char *secure)
{
    return url.scheme() == QLatin1String(plain) || url.scheme() == QLatin1String(secure);
}

} // namespace cli
