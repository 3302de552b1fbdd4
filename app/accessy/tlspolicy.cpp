#include "accessy/tlspolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>

namespace accessy::tls {

namespace {
// The context of this file's texts in the catalogues (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(accessy::tls)
};

QString certificateName(const QSslCertificate &certificate)
{
    const auto join = [](const QStringList &parts) {
        return parts.isEmpty() ? QString() : parts.join(QStringLiteral(", "));
    };
    QString subject = join(certificate.subjectInfo(QSslCertificate::CommonName));
    if (subject.isEmpty())
        subject = certificate.subjectDisplayName();
    QString issuer = join(certificate.issuerInfo(QSslCertificate::CommonName));
    if (issuer.isEmpty())
        issuer = certificate.issuerDisplayName();
    return Text::tr("certificate \"%1\" issued by \"%2\"").arg(subject, issuer);
}
} // namespace

bool isLoopbackHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h == QLatin1String("localhost"))
        return true;
    QHostAddress address;
    if (!address.setAddress(h))
        return false;
    return address.isLoopback();
}

namespace {

// The address as the admin typed it, without a password that userinfo may carry.
QString shown(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemovePassword);
}

// Why a plain address to another machine is refused, and what to use instead.
QString plainTextProblem(const QUrl &url, const QString &what, bool events)
{
    if (events)
        return Text::tr(
                   "The %1 %2 is not encrypted: the session token would travel in clear. Use "
                   "wss://, or a loopback address (localhost, 127.0.0.1 or ::1) for a local test "
                   "server.")
            .arg(what, shown(url));
    return Text::tr(
               "The %1 %2 is not encrypted: the client secret and the session token would travel "
               "in clear. Use https://, or a loopback address (localhost, 127.0.0.1 or ::1) for a "
               "local test server.")
        .arg(what, shown(url));
}

} // namespace

QString transportProblem(const QUrl &url, Channel channel)
{
    const bool events = channel == Channel::Events;
    const QString what = events ? Text::tr("events address") : Text::tr("API address");
    if (!url.isValid() || url.host().isEmpty())
        return Text::tr("The %1 \"%2\" is not a valid web address.").arg(what, url.toString());
    // QUrl keeps schemes in lower case, so HTTP:// and http:// are one case here.
    const QString scheme = url.scheme().toLower();
    const QLatin1String secure(events ? "wss" : "https");
    const QLatin1String plain(events ? "ws" : "http");
    if (scheme == secure)
        return {};
    if (scheme != plain)
        return events ? Text::tr("The %1 %2 must start with wss://.").arg(what, shown(url))
                      : Text::tr("The %1 %2 must start with https://.").arg(what, shown(url));
    // The host QUrl parsed is the one the connection goes to: "http://127.0.0.1@x.invalid/"
    // is x.invalid, "http://127.0.0.1.x.invalid/" is not an address at all.
    if (!isLoopbackHost(url.host()))
        return plainTextProblem(url, what, events);
    return {};
}

QString transportProblem(const QUrl &url, const QString &what)
{
    if (!url.isValid() || url.host().isEmpty())
        return Text::tr("The %1 \"%2\" is not a valid web address.").arg(what, url.toString());
    const QString scheme = url.scheme().toLower();
    const bool secure = scheme == QLatin1String("https") || scheme == QLatin1String("wss");
    const bool plain = scheme == QLatin1String("http") || scheme == QLatin1String("ws");
    if (!secure && !plain)
        return Text::tr("The %1 %2 must start with https://.").arg(what, shown(url));
    if (plain && !isLoopbackHost(url.host()))
        return plainTextProblem(url, what, scheme == QLatin1String("ws"));
    return {};
}

QString describeSslErrors(const QList<QSslError> &errors)
{
    QStringList lines;
    for (const QSslError &error : errors) {
        const QSslCertificate certificate = error.certificate();
        if (certificate.isNull())
            lines << error.errorString();
        else
            lines << Text::tr("%1: %2").arg(certificateName(certificate), error.errorString());
    }
    lines.removeDuplicates();
    return lines.join(QStringLiteral("; "));
}

Result<QList<QSslCertificate>> loadCaCertificates(const QString &path)
{
    const QString operation = Text::tr("load the CA certificate");
    QFile file(path);
    if (!file.exists())
        return ApiError::configuration(operation,
                                       Text::tr("the file \"%1\" does not exist").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return ApiError::configuration(
            operation,
            Text::tr("the file \"%1\" cannot be read: %2").arg(path, file.errorString()));
    const QByteArray data = file.read(4 * 1024 * 1024);
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    certificates.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    if (certificates.isEmpty())
        return ApiError::configuration(
            operation,
            Text::tr("the file \"%1\" holds no PEM certificate (-----BEGIN CERTIFICATE-----)")
                .arg(path));
    return certificates;
}

} // namespace accessy::tls
