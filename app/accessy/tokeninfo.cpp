#include "accessy/tokeninfo.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace accessy {

QDateTime jwtExpiry(const QString &token)
{
    const QStringList parts = token.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 3 || parts.at(1).isEmpty())
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    if (!doc.isObject())
        return {};
    const QJsonValue exp = doc.object().value(QLatin1String("exp"));
    if (!exp.isDouble() || exp.toDouble() <= 0 || exp.toDouble() > 1e11)
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
}

} // namespace accessy
