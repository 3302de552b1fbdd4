#include "settings/diagnosticsreport.h"

#include "accessy/logredaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSslSocket>
#include <QSysInfo>

namespace settings {

namespace {
// A client id is not a secret, but a support mail needs only enough to recognise it.
QString shortId(const QString &id)
{
    if (id.size() <= 8)
        return id.isEmpty() ? QStringLiteral("(none)") : id;
    return id.left(8) + QStringLiteral("… (%1 characters)").arg(id.size());
}
} // namespace

QString buildDiagnostics(const DiagnosticsInput &in)
{
    QStringList lines;
    const auto add = [&lines](const QString &key, const QString &value) {
        lines << key + QStringLiteral(": ") + value;
    };
    lines << QStringLiteral("Accessy Invite diagnostics");
    add(QStringLiteral("Generated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    add(QStringLiteral("Application"), QCoreApplication::applicationName() + QLatin1Char(' ') +
                                           QCoreApplication::applicationVersion());
    add(QStringLiteral("Qt"),
        QStringLiteral("%1 (built with %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    add(QStringLiteral("TLS library"), QSslSocket::sslLibraryVersionString());
    add(QStringLiteral("System"), QSysInfo::prettyProductName() + QStringLiteral(" · ") +
                                      QSysInfo::kernelType() + QLatin1Char(' ') +
                                      QSysInfo::kernelVersion() + QStringLiteral(" · ") +
                                      QSysInfo::currentCpuArchitecture());
    lines << QString();
    const ConnectionProfile &p = in.profile;
    add(QStringLiteral("Profile"), p.name);
    add(QStringLiteral("API address"), p.apiUrl.toString(QUrl::RemoveUserInfo));
    add(QStringLiteral("Events address"), p.eventsUrl.toString(QUrl::RemoveUserInfo));
    add(QStringLiteral("Sign-in mode"), modeKey(p.mode));
    if (p.mode == SignInMode::ClientCredentials)
        add(QStringLiteral("Client ID"), shortId(p.clientId));
    add(QStringLiteral("Extra CA file"),
        p.caCertificateFile.isEmpty() ? QStringLiteral("(none)") : p.caCertificateFile);
    add(QStringLiteral("Organization"),
        p.organizationId.isEmpty()
            ? QStringLiteral("(not yet known)")
            : p.organizationId + QStringLiteral(" ") +
                  (p.organizationName.isEmpty()
                       ? QString()
                       : QLatin1Char('"') + p.organizationName + QLatin1Char('"')));
    if (!in.roles.isEmpty())
        add(QStringLiteral("Roles"), in.roles.join(QStringLiteral(", ")));
    if (!in.tokenExpiry.isEmpty())
        add(QStringLiteral("Session token expires"), in.tokenExpiry);
    if (!in.keychainState.isEmpty())
        add(QStringLiteral("Keychain"), in.keychainState);
    lines += in.extraLines;
    if (!in.lastErrors.isEmpty()) {
        lines << QString() << QStringLiteral("Last errors shown:");
        for (const QString &e : in.lastErrors)
            lines << QStringLiteral("  ") + e;
    }
    const QStringList logged = accessy::logging::recentProblems();
    if (!logged.isEmpty()) {
        lines << QString() << QStringLiteral("Last problems logged:");
        for (const QString &e : logged)
            lines << QStringLiteral("  ") + e;
    }
    // Everything once more through the redactor: a caller's extra line could hold anything.
    return accessy::logging::redact(lines.join(QLatin1Char('\n'))) + QLatin1Char('\n');
}

} // namespace settings
