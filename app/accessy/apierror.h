#pragma once

#include <QNetworkReply>
#include <QString>

namespace accessy {

// Everything that can go wrong with one API call, kept together so the message shown to an
// admin can say what happened and what to do, and so callers can decide whether a retry is safe.
struct ApiError
{
    enum class Kind
    {
        None,
        Network,      // no answer: refused, host not found, TLS, dropped
        Timeout,      // no complete answer within the transfer timeout
        Http,         // the server answered with a status >= 400, or a redirect (3xx)
        BadAnswer,    // 2xx but the body is not what the API documents
        TooLarge,     // the answer exceeded the size limit and was cut off
        Configuration // the request could not be made (bad URL, not signed in)
    };

    Kind kind = Kind::None;
    QString operation;  // what we tried, in admin words: "sign in", "send invitations"
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString serverText; // the server's body, trimmed and shortened
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString detail;              // network error text or what was wrong with the answer
    bool requestWasSent = false; // the request left completely before the failure
    int retryAfterSeconds = -1;  // from a 429's Retry-After, when given
    // For a 3xx: where the server sent us (Location, without userinfo, query or token); never
    // followed, since the bearer token or client secret would go along.
    QString redirectLocation;

    bool isError() const { return kind != Kind::None; }
    // True when the server may have acted on the request although we got no usable answer:
    // a non-idempotent POST must then be reconciled before any retry.
    bool outcomeUnknown() const;
    // One or two sentences for an office admin: what happened and what to do.
    QString userMessage() const;

    static ApiError configuration(const QString &operation, const QString &detail);
    static ApiError badAnswer(const QString &operation, const QString &detail,
                              const QByteArray &body = {});
};

// Shortens and trims a server body so it can be shown in a message box.
QString summarizeBody(const QByteArray &body, int maxChars = 300);

} // namespace accessy
