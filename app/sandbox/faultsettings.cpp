#include "faultsettings.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QSet>

namespace sandbox {

namespace {

const QSet<QString> &knownKeys()
{
    static const QSet<QString> keys{QStringLiteral("latencyMs"),
                                    QStringLiteral("rateLimitShare"),
                                    QStringLiteral("retryAfterSeconds"),
                                    QStringLiteral("rateLimitPerSecond"),
                                    QStringLiteral("errorShare"),
                                    QStringLiteral("errorCodes"),
                                    QStringLiteral("hangShare"),
                                    QStringLiteral("dropAfterCreateShare"),
                                    QStringLiteral("malformedShare"),
                                    QStringLiteral("shortAnswerShare"),
                                    QStringLiteral("cutAnswerShare"),
                                    QStringLiteral("tokenLifetimeMs"),
                                    QStringLiteral("maxMsisdnsPerRequest"),
                                    QStringLiteral("lateCommitShare"),
                                    QStringLiteral("lateCommitMs"),
                                    QStringLiteral("seed")};
    return keys;
}

// Reads a number at key when present; false (with error) when present but not a number.
bool readNumber(const QJsonObject &object, const QString &key, double *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isDouble()) {
        *error = QStringLiteral("%1 must be a number").arg(key);
        return false;
    }
    *out = value.toDouble();
    return true;
}

bool isWhole(double value)
{
    return value == double(qint64(value));
}

} // namespace

QJsonObject FaultSettings::toJson() const
{
    QJsonArray codes;
    for (int code : errorCodes)
        codes.append(code);
    QJsonObject object{{QStringLiteral("latencyMs"), latencyMs},
                       {QStringLiteral("rateLimitShare"), rateLimitShare},
                       {QStringLiteral("rateLimitPerSecond"), rateLimitPerSecond},
                       {QStringLiteral("errorShare"), errorShare},
                       {QStringLiteral("errorCodes"), codes},
                       {QStringLiteral("hangShare"), hangShare},
                       {QStringLiteral("dropAfterCreateShare"), dropAfterCreateShare},
                       {QStringLiteral("malformedShare"), malformedShare},
                       {QStringLiteral("shortAnswerShare"), shortAnswerShare},
                       {QStringLiteral("cutAnswerShare"), cutAnswerShare},
                       {QStringLiteral("tokenLifetimeMs"), double(tokenLifetimeMs)},
                       {QStringLiteral("maxMsisdnsPerRequest"), maxMsisdnsPerRequest},
                       {QStringLiteral("lateCommitShare"), lateCommitShare},
                       {QStringLiteral("lateCommitMs"), lateCommitMs}};
    if (retryAfterSeconds)
        object.insert(QStringLiteral("retryAfterSeconds"), *retryAfterSeconds);
    if (seed)
        object.insert(QStringLiteral("seed"), double(*seed));
    return object;
}

std::optional<FaultSettings> FaultSettings::fromJson(const QJsonObject &object, QString *error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!knownKeys().contains(it.key())) {
            *error = QStringLiteral("unknown fault setting: %1").arg(it.key());
            return std::nullopt;
        }
    }
    FaultSettings settings;
    double latency = 0, perSecond = 0, lifetime = double(defaultTokenLifetimeMs),
           maxMsisdns = defaultMaxMsisdnsPerRequest;
    double retryAfter = -1, seed = -1, lateMs = 0;
    if (!readNumber(object, QStringLiteral("latencyMs"), &latency, error) ||
        !readNumber(object, QStringLiteral("rateLimitShare"), &settings.rateLimitShare, error) ||
        !readNumber(object, QStringLiteral("retryAfterSeconds"), &retryAfter, error) ||
        !readNumber(object, QStringLiteral("rateLimitPerSecond"), &perSecond, error) ||
        !readNumber(object, QStringLiteral("errorShare"), &settings.errorShare, error) ||
        !readNumber(object, QStringLiteral("hangShare"), &settings.hangShare, error) ||
        !readNumber(object, QStringLiteral("dropAfterCreateShare"), &settings.dropAfterCreateShare,
                    error) ||
        !readNumber(object, QStringLiteral("malformedShare"), &settings.malformedShare, error) ||
        !readNumber(object, QStringLiteral("shortAnswerShare"), &settings.shortAnswerShare,
                    error) ||
        !readNumber(object, QStringLiteral("cutAnswerShare"), &settings.cutAnswerShare, error) ||
        !readNumber(object, QStringLiteral("tokenLifetimeMs"), &lifetime, error) ||
        !readNumber(object, QStringLiteral("maxMsisdnsPerRequest"), &maxMsisdns, error) ||
        !readNumber(object, QStringLiteral("lateCommitShare"), &settings.lateCommitShare, error) ||
        !readNumber(object, QStringLiteral("lateCommitMs"), &lateMs, error) ||
        !readNumber(object, QStringLiteral("seed"), &seed, error))
        return std::nullopt;

    const auto wholeInRange = [error](const char *key, double value, double max) {
        if (!isWhole(value) || value < 0 || value > max) {
            *error = QStringLiteral("%1 must be a whole number from 0 to %2")
                         .arg(QLatin1String(key))
                         .arg(qint64(max));
            return false;
        }
        return true;
    };
    if (!wholeInRange("latencyMs", latency, 3600000) ||
        !wholeInRange("rateLimitPerSecond", perSecond, 1000000) ||
        !wholeInRange("tokenLifetimeMs", lifetime, 1e15) ||
        !wholeInRange("maxMsisdnsPerRequest", maxMsisdns, 1000000) ||
        !wholeInRange("lateCommitMs", lateMs, 3600000))
        return std::nullopt;
    settings.lateCommitMs = int(lateMs);
    settings.latencyMs = int(latency);
    settings.rateLimitPerSecond = int(perSecond);
    settings.tokenLifetimeMs = qint64(lifetime);
    settings.maxMsisdnsPerRequest = int(maxMsisdns);

    if (object.contains(QStringLiteral("retryAfterSeconds")) &&
        !object.value(QStringLiteral("retryAfterSeconds")).isNull()) {
        if (retryAfter < 0) {
            *error = QStringLiteral("retryAfterSeconds must not be negative");
            return std::nullopt;
        }
        settings.retryAfterSeconds = retryAfter;
    }
    if (object.contains(QStringLiteral("seed")) && !object.value(QStringLiteral("seed")).isNull()) {
        if (!wholeInRange("seed", seed, 4294967295.0))
            return std::nullopt;
        settings.seed = quint32(seed);
    }
    const QJsonValue codes = object.value(QStringLiteral("errorCodes"));
    if (!codes.isUndefined() && !codes.isNull()) {
        if (!codes.isArray()) {
            *error = QStringLiteral("errorCodes must be an array of HTTP status codes");
            return std::nullopt;
        }
        settings.errorCodes.clear();
        for (const QJsonValue &code : codes.toArray()) {
            if (!code.isDouble() || !isWhole(code.toDouble())) {
                *error = QStringLiteral("errorCodes must be an array of HTTP status codes");
                return std::nullopt;
            }
            settings.errorCodes.append(int(code.toDouble()));
        }
    }
    *error = settings.validate();
    if (!error->isEmpty())
        return std::nullopt;
    return settings;
}

QString FaultSettings::validate() const
{
    const std::pair<const char *, double> shares[] = {
        {"rateLimitShare", rateLimitShare}, {"errorShare", errorShare},
        {"hangShare", hangShare},           {"dropAfterCreateShare", dropAfterCreateShare},
        {"malformedShare", malformedShare}, {"shortAnswerShare", shortAnswerShare},
        {"cutAnswerShare", cutAnswerShare}, {"lateCommitShare", lateCommitShare}};
    double sum = 0;
    for (const auto &[name, share] : shares) {
        if (!(share >= 0 && share <= 1))
            return QStringLiteral("%1 must be between 0 and 1").arg(QLatin1String(name));
        sum += share;
    }
    // One draw picks one outcome, so the shares must fit in one unit.
    if (sum > 1.0 + 1e-9)
        return QStringLiteral("the fault shares add up to more than 1");
    if (errorShare > 0 && errorCodes.isEmpty())
        return QStringLiteral("errorCodes must not be empty when errorShare is above 0");
    for (int code : errorCodes) {
        if (code < 400 || code > 599)
            return QStringLiteral("errorCodes must be HTTP error codes (400 to 599), not %1")
                .arg(code);
    }
    return {};
}

} // namespace sandbox
