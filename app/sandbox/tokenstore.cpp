#include "tokenstore.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace sandbox {

QByteArray TokenStore::issue(qint64 lifetimeMs)
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / int(sizeof(quint32)));
    const QByteArray token =
        "sbx." + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_expiresAt.insert(token, QDateTime::currentMSecsSinceEpoch() + lifetimeMs);
    ++m_issued;
    return token;
}

bool TokenStore::isValid(const QByteArray &token) const
{
    const auto it = m_expiresAt.constFind(token);
    return it != m_expiresAt.constEnd() && QDateTime::currentMSecsSinceEpoch() < it.value();
}

QByteArray TokenStore::bearerToken(const QByteArray &authorizationHeader)
{
    const QByteArray value = authorizationHeader.trimmed();
    const int space = value.indexOf(' ');
    if (space <= 0 || value.left(space).toLower() != "bearer")
        return {};
    return value.mid(space + 1).trimmed();
}

} // namespace sandbox
