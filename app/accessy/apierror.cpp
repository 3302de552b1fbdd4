#include "accessy/apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace accessy {

namespace {
// The context of this file's texts in the catalogues (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(accessy::ApiError)
};

// Accessy's error bodies are undocumented; when one is JSON with a message, show just that.
QString messageFromBody(const QString &serverText)
{
    const QJsonDocument doc = QJsonDocument::fromJson(serverText.toUtf8());
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const char *key : {"message", "error_description", "detail", "error"}) {
            const QString value = o.value(QLatin1String(key)).toString();
            if (!value.isEmpty())
                return value;
        }
    }
    return serverText;
}

QString httpAdvice(int status)
{
    switch (status) {
    case 400:
        return Text::tr(
            "The server refused the request as invalid. Check the numbers and the message.");
    case 401:
        return Text::tr(
            "The sign-in was refused or has expired. Check the client ID and secret, or "
            "paste a new session token.");
    case 403:
        return Text::tr(
            "These credentials are not allowed to do this. Ask for credentials with the "
            "organization administrator role.");
    case 404:
        return Text::tr(
            "The server does not know this address or organization. Check the API URL.");
    case 406:
        return Text::tr("The server did not accept the API version requested. The app may need an "
                        "update.");
    case 429:
        return Text::tr("The server is busy and asked us to slow down. Try again in a minute.");
    default:
        break;
    }
    if (status >= 500)
        return Text::tr(
            "The Accessy server had a problem. Try again in a few minutes; if it goes on, "
            "contact Accessy support.");
    return Text::tr("The server refused the request.");
}
} // namespace

QString summarizeBody(const QByteArray &body, int maxChars)
{
    QString text = QString::fromUtf8(body).simplified();
    if (text.size() > maxChars)
        text = text.left(maxChars) + QChar(0x2026);
    return text;
}

bool ApiError::outcomeUnknown() const
{
    switch (kind) {
    case Kind::Timeout:
    case Kind::TooLarge:
    case Kind::BadAnswer:
        return requestWasSent;
    case Kind::Network:
        // Refused or unresolved connections never reached the server.
        return requestWasSent && networkError != QNetworkReply::ConnectionRefusedError &&
               networkError != QNetworkReply::HostNotFoundError;
    case Kind::Http:
        return httpStatus >= 500;
    case Kind::None:
    case Kind::Configuration:
        return false;
    }
    return false;
}

QString ApiError::userMessage() const
{
    const QString op = operation.isEmpty() ? Text::tr("contact Accessy") : operation;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Configuration:
        return Text::tr("Could not %1: %2").arg(op, detail);
    case Kind::Timeout:
        return Text::tr(
                   "Could not %1: the server did not answer in time. Check the network connection "
                   "and try again.")
            .arg(op);
    case Kind::TooLarge:
        return Text::tr(
                   "Could not %1: the server's answer was unexpectedly large and was cut off (%2).")
            .arg(op, detail);
    case Kind::BadAnswer: {
        QString text =
            Text::tr("Could not %1: the server's answer was not understood (%2).").arg(op, detail);
        if (!serverText.isEmpty())
            text += QLatin1Char(' ') + Text::tr("It said: \"%1\"").arg(serverText);
        return text;
    }
    case Kind::Network: {
        QString advice;
        switch (networkError) {
        case QNetworkReply::ConnectionRefusedError:
            advice = Text::tr("Nothing answers at that address. Check the API URL.");
            break;
        case QNetworkReply::HostNotFoundError:
            advice = Text::tr("The server name was not found. Check the API URL and the internet "
                              "connection.");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            advice = Text::tr("The secure connection could not be set up. Check the certificate "
                              "settings.");
            break;
        default:
            advice = Text::tr("Check the network connection and try again.");
            break;
        }
        return Text::tr("Could not %1: %2 (%3).").arg(op, advice, detail);
    }
    case Kind::Http: {
        if (httpStatus >= 300 && httpStatus < 400) {
            if (redirectLocation.isEmpty())
                return Text::
                    tr("Could not %1: the server answered %2, a redirect without a new address. "
                       "Redirects are not followed. Check the API address.")
                        .arg(op)
                        .arg(httpStatus);
            return Text::tr(
                       "Could not %1: the server redirected to %2 (HTTP %3). Redirects are not "
                       "followed, so that the sign-in secrets stay with the address you set. Check "
                       "the API address.")
                .arg(op, redirectLocation)
                .arg(httpStatus);
        }
        QString text = Text::tr("Could not %1: the server answered %2. %3")
                           .arg(op)
                           .arg(httpStatus)
                           .arg(httpAdvice(httpStatus));
        const QString said = messageFromBody(serverText);
        if (!said.isEmpty())
            text += QLatin1Char(' ') + Text::tr("The server said: \"%1\"").arg(said);
        return text;
    }
    }
    return {};
}

ApiError ApiError::configuration(const QString &operation, const QString &detail)
{
    ApiError e;
    e.kind = Kind::Configuration;
    e.operation = operation;
    e.detail = detail;
    return e;
}

ApiError ApiError::badAnswer(const QString &operation, const QString &detail,
                             const QByteArray &body)
{
    ApiError e;
    e.kind = Kind::BadAnswer;
    e.operation = operation;
    e.detail = detail;
    e.serverText = summarizeBody(body);
    e.requestWasSent = true;
    return e;
}

} // namespace accessy
