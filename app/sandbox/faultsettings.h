#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sandbox {

// What can go wrong with the sandbox's answers, as set by the command line or by
// POST /_sandbox/faults. Every share is a probability in [0, 1] drawn once per invitation POST;
// missing keys mean "off" (or the default), so a POST replaces the whole set.
struct FaultSettings
{
    static constexpr qint64 defaultTokenLifetimeMs = 604800000; // 7 days, as Accessy answers

    int latencyMs = 0;
    double rateLimitShare = 0;
    std::optional<double> retryAfterSeconds;
    int rateLimitPerSecond = 0;
    double errorShare = 0;
    QList<int> errorCodes{500, 502, 503};
    double hangShare = 0;
    double dropAfterCreateShare = 0;
    double malformedShare = 0;
    double shortAnswerShare = 0;
    double cutAnswerShare =
        0; // created; headers and half the body sent, then the connection closes
    qint64 tokenLifetimeMs = defaultTokenLifetimeMs;
    // Like a real server's cap; 0 = no count limit (the body size limit still holds).
    static constexpr int defaultMaxMsisdnsPerRequest = 1000;
    int maxMsisdnsPerRequest = defaultMaxMsisdnsPerRequest;
    // Held lateCommitMs, then processed (invitations created) whether or not the client is
    // still connected: a request stuck in a loaded server's queue.
    double lateCommitShare = 0;
    int lateCommitMs = 0;
    std::optional<quint32> seed;

    QJsonObject toJson() const;
    // Reads a complete replacement; nullopt and a message naming the bad key on error.
    static std::optional<FaultSettings> fromJson(const QJsonObject &object, QString *error);
    // Empty when consistent, otherwise why not (shares out of range or summing above 1, ...).
    QString validate() const;
};

} // namespace sandbox
