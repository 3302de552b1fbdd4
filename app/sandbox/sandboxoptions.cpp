#include "sandboxoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace sandbox {

namespace {

struct NumericFault
{
    const char *option;
    const char *key;
    const char *valueName;
    const char *help;
};

// Each numeric fault option maps onto one key of the JSON fault settings, so the command line
// and POST /_sandbox/faults share one validation.
const NumericFault numericFaults[] = {
    {"latency-ms", "latencyMs", "ms", "Delay every API answer by this many milliseconds."},
    {"rate-limit-share", "rateLimitShare", "0..1", "Share of invitation POSTs answered 429."},
    {"retry-after", "retryAfterSeconds", "seconds", "Send Retry-After with every 429."},
    {"rate-limit-per-second", "rateLimitPerSecond", "n",
     "Answer 429 to invitation POSTs beyond n in any second (0 = off)."},
    {"error-share", "errorShare", "0..1", "Share of invitation POSTs answered with an error code."},
    {"hang-share", "hangShare", "0..1", "Share of invitation POSTs never answered."},
    {"drop-after-create-share", "dropAfterCreateShare", "0..1",
     "Share of invitation POSTs that create, then close the connection without answering."},
    {"malformed-share", "malformedShare", "0..1",
     "Share of invitation POSTs answered 200 with a broken body (nothing created)."},
    {"cut-answer-share", "cutAnswerShare", "0..1",
     "Share of invitation POSTs that create all, then close the connection halfway through the "
     "answer."},
    {"short-answer-share", "shortAnswerShare", "0..1",
     "Share of invitation POSTs that create all but answer without the last element."},
    {"late-commit-share", "lateCommitShare", "0..1",
     "Share of invitation POSTs held, then processed whether or not the client still waits."},
    {"late-commit-ms", "lateCommitMs", "ms", "How long --late-commit-share holds a POST."},
    {"token-lifetime-ms", "tokenLifetimeMs", "ms", "Lifetime of issued tokens."},
    {"max-msisdns", "maxMsisdnsPerRequest", "n",
     "Refuse (400) invitation POSTs with more than n numbers (0 = no limit)."},
    {"seed", "seed", "n", "Seed of the random draws (reproducible faults)."},
};

// Bounds of each HTTP connection (ConnectionLimits); 0 turns a time-out off.
struct LimitOption
{
    const char *option;
    const char *help;
    qint64 ConnectionLimits::*bytes;
    int ConnectionLimits::*number;
    qint64 minimum;
    qint64 maximum;
};

const LimitOption limitOptions[] = {
    {"max-body-bytes", "Answer 413 to request bodies larger than this (default 1048576).",
     &ConnectionLimits::maxBodyBytes, nullptr, 1, 1LL << 31},
    {"max-url-bytes", "Answer 414 to request lines (method, URL) longer than this (default 8192).",
     nullptr, &ConnectionLimits::maxRequestLineBytes, 16, 1 << 24},
    {"max-header-bytes", "Answer 431 to request headers larger than this (default 16384).", nullptr,
     &ConnectionLimits::maxHeaderBytes, 16, 1 << 24},
    {"idle-timeout-ms", "Close connections silent this long (default 30000, 0 = never).", nullptr,
     &ConnectionLimits::idleTimeoutMs, 0, 86400000},
    {"request-timeout-ms",
     "Answer 408 when a request takes longer to arrive (default 60000, 0 = never).", nullptr,
     &ConnectionLimits::requestTimeoutMs, 0, 86400000},
};

// The context of this file's texts in the catalogues (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(sandbox::SandboxOptions)
};

} // namespace

QString SandboxOptionsParser::usage() const
{
    return Text::tr(
        "Usage: accessy-sandbox [options]\n"
        "A local look-alike of the Accessy API for practice and tests.\n"
        "Prints \"listening on http://HOST:PORT\" as its first line and\n"
        "\"events on ws://HOST:PORT/ws/app\" as its second.\n"
        "Options: --host ADDR --port N --client-id ID --client-secret S --org-name NAME\n"
        "  --org-id UUID --roles R1,R2 --latency-ms N --exit-with-stdin --quiet --help\n"
        "Faults: --rate-limit-share X --retry-after S --rate-limit-per-second N\n"
        "  --error-share X --error-codes 500,502,503 --hang-share X\n"
        "  --drop-after-create-share X --malformed-share X --short-answer-share X\n"
        "  --cut-answer-share X --late-commit-share X --late-commit-ms N\n"
        "  --token-lifetime-ms N --max-msisdns N --seed N\n"
        "Groups and TLS: --groups N --tls-cert FILE --tls-key FILE\n"
        "Limits: --max-body-bytes N --max-url-bytes N --max-header-bytes N\n"
        "  --idle-timeout-ms N --request-timeout-ms N\n"
        "Events: --heartbeat-ms N --accept-share X --delete-share X\n"
        "  --min-delay-ms N --max-delay-ms N\n"
        "See app/sandbox/README.md for the endpoints and the /_sandbox control API.\n");
}

SandboxOptionsParser::Result SandboxOptionsParser::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help(QStringList{QStringLiteral("help"), QStringLiteral("h")},
                                  Text::tr("Show this help."));
    const QCommandLineOption host(QStringLiteral("host"), Text::tr("Address to listen on."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), Text::tr("Port (0 = any free one)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), Text::tr("Accepted client id."),
                                      QStringLiteral("id"));
    const QCommandLineOption clientSecret(QStringLiteral("client-secret"),
                                          Text::tr("Accepted client secret."),
                                          QStringLiteral("secret"));
    const QCommandLineOption orgName(QStringLiteral("org-name"), Text::tr("Organization name."),
                                     QStringLiteral("name"));
    const QCommandLineOption orgId(QStringLiteral("org-id"), Text::tr("Organization id (a UUID)."),
                                   QStringLiteral("uuid"));
    const QCommandLineOption roles(QStringLiteral("roles"), Text::tr("Roles of the membership."),
                                   QStringLiteral("list"));
    const QCommandLineOption errorCodes(QStringLiteral("error-codes"),
                                        Text::tr("Codes drawn for --error-share."),
                                        QStringLiteral("list"));
    const QCommandLineOption exitWithStdin(QStringLiteral("exit-with-stdin"),
                                           Text::tr("Exit when standard input is closed."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), Text::tr("Do not log requests."));
    const QCommandLineOption heartBeat(
        QStringLiteral("heartbeat-ms"),
        Text::tr("STOMP heart-beat offered and expected (0 = none)."), QStringLiteral("ms"));
    const QCommandLineOption groups(QStringLiteral("groups"),
                                    Text::tr("Number of access permission groups."),
                                    QStringLiteral("n"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     Text::tr("PEM certificate (chain): serve HTTPS and WSS."),
                                     QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), Text::tr("PEM private key."),
                                    QStringLiteral("file"));
    parser.addOptions({help, host, port, clientId, clientSecret, orgName, orgId, roles, errorCodes,
                       exitWithStdin, quiet, heartBeat, groups, tlsCert, tlsKey});
    // Invitee options map onto InviteeSimulator::Settings' JSON keys (one validation).
    const std::pair<QCommandLineOption, QString> inviteeOptions[] = {
        {QCommandLineOption(QStringLiteral("accept-share"),
                            Text::tr("Share of invitations accepted."), QStringLiteral("0..1")),
         QStringLiteral("acceptShare")},
        {QCommandLineOption(QStringLiteral("delete-share"),
                            Text::tr("Share of invitations deleted."), QStringLiteral("0..1")),
         QStringLiteral("deleteShare")},
        {QCommandLineOption(QStringLiteral("min-delay-ms"),
                            Text::tr("Shortest delay before acting."), QStringLiteral("ms")),
         QStringLiteral("minDelayMs")},
        {QCommandLineOption(QStringLiteral("max-delay-ms"),
                            Text::tr("Longest delay before acting."), QStringLiteral("ms")),
         QStringLiteral("maxDelayMs")}};
    for (const auto &option : inviteeOptions)
        parser.addOption(option.first);
    QList<QCommandLineOption> limitCommandLine;
    for (const LimitOption &limit : limitOptions) {
        limitCommandLine.append(QCommandLineOption(QString::fromLatin1(limit.option),
                                                   Text::tr(limit.help), QStringLiteral("n")));
        parser.addOption(limitCommandLine.last());
    }
    QList<QCommandLineOption> faultOptions;
    for (const NumericFault &fault : numericFaults) {
        faultOptions.append(QCommandLineOption(QString::fromLatin1(fault.option),
                                               Text::tr(fault.help),
                                               QString::fromLatin1(fault.valueName)));
        parser.addOption(faultOptions.last());
    }

    const auto fail = [this](const QString &message) {
        m_error = message;
        return Result::Error;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help))
        return Result::Help;
    if (!parser.positionalArguments().isEmpty())
        return fail(
            Text::tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    SandboxOptions options;
    if (!options.host.setAddress(parser.value(host)))
        return fail(Text::tr("--host: not an IP address: %1").arg(parser.value(host)));
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return fail(Text::tr("--port: not a port number: %1").arg(parser.value(port)));
    options.port = quint16(portValue);
    if (parser.isSet(clientId))
        options.clientId = parser.value(clientId);
    if (parser.isSet(clientSecret))
        options.clientSecret = parser.value(clientSecret);
    if (options.clientId.isEmpty() || options.clientSecret.isEmpty())
        return fail(Text::tr("--client-id and --client-secret must not be empty"));
    if (parser.isSet(orgName))
        options.organization.name = parser.value(orgName);
    if (parser.isSet(orgId)) {
        const QUuid uuid = QUuid::fromString(parser.value(orgId));
        if (uuid.isNull())
            return fail(Text::tr("--org-id: not a UUID: %1").arg(parser.value(orgId)));
        options.organization.id = uuid.toString(QUuid::WithoutBraces);
    }
    if (parser.isSet(roles)) {
        options.organization.roles = parser.value(roles).split(u',', Qt::SkipEmptyParts);
        if (options.organization.roles.isEmpty())
            return fail(Text::tr("--roles: give at least one role"));
    }

    QJsonObject faults;
    for (qsizetype i = 0; i < faultOptions.size(); ++i) {
        if (!parser.isSet(faultOptions.at(i)))
            continue;
        const QString text = parser.value(faultOptions.at(i));
        const double value = text.toDouble(&ok);
        if (!ok)
            return fail(Text::tr("--%1: not a number: %2")
                            .arg(QLatin1String(numericFaults[i].option), text));
        faults.insert(QLatin1String(numericFaults[i].key), value);
    }
    if (parser.isSet(errorCodes)) {
        QJsonArray codes;
        for (const QString &code : parser.value(errorCodes).split(u',', Qt::SkipEmptyParts)) {
            const int value = code.trimmed().toInt(&ok);
            if (!ok)
                return fail(Text::tr("--error-codes: not a status code: %1").arg(code));
            codes.append(value);
        }
        faults.insert(QStringLiteral("errorCodes"), codes);
    }
    QString faultError;
    const auto faultSettings = FaultSettings::fromJson(faults, &faultError);
    if (!faultSettings)
        return fail(faultError);
    options.faults = *faultSettings;
    QJsonObject invitees = options.invitees.toJson();
    for (const auto &[option, key] : inviteeOptions) {
        if (!parser.isSet(option))
            continue;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok)
            return fail(Text::tr("--%1: not a number: %2")
                            .arg(option.names().constFirst(), parser.value(option)));
        invitees.insert(key, value);
    }
    QString inviteeError;
    const auto inviteeSettings = InviteeSimulator::Settings::fromJson(invitees, &inviteeError);
    if (!inviteeSettings)
        return fail(inviteeError);
    options.invitees = *inviteeSettings;
    if (parser.isSet(heartBeat)) {
        const int value = parser.value(heartBeat).toInt(&ok);
        if (!ok || value < 0 || value > 3600000)
            return fail(
                Text::tr("--heartbeat-ms: not a number of ms: %1").arg(parser.value(heartBeat)));
        options.heartBeatMs = value;
    }
    if (parser.isSet(groups)) {
        const int value = parser.value(groups).toInt(&ok);
        if (!ok || value < 0 || value > 100000)
            return fail(
                Text::tr("--groups: not a number from 0 to 100000: %1").arg(parser.value(groups)));
        options.groupCount = value;
    }
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return fail(Text::tr("--tls-cert and --tls-key go together"));
    options.tlsCertificateFile = parser.value(tlsCert);
    options.tlsKeyFile = parser.value(tlsKey);
    for (qsizetype i = 0; i < limitCommandLine.size(); ++i) {
        if (!parser.isSet(limitCommandLine.at(i)))
            continue;
        const LimitOption &limit = limitOptions[i];
        const qint64 value = parser.value(limitCommandLine.at(i)).toLongLong(&ok);
        if (!ok || value < limit.minimum || value > limit.maximum)
            return fail(Text::tr("--%1: not a number from %2 to %3: %4")
                            .arg(QLatin1String(limit.option))
                            .arg(limit.minimum)
                            .arg(limit.maximum)
                            .arg(parser.value(limitCommandLine.at(i))));
        if (limit.bytes)
            options.limits.*limit.bytes = value;
        else
            options.limits.*limit.number = int(value);
    }
    options.exitWithStdin = parser.isSet(exitWithStdin);
    options.quiet = parser.isSet(quiet);
    m_options = options;
    return Result::Run;
}

} // namespace sandbox
