#include "settings/profilestore.h"

namespace settings {

namespace {
const QString kCurrent = QStringLiteral("connection/currentProfile");
const QString kProfiles = QStringLiteral("profiles");
const QString kGroups = QStringLiteral("accessGroups");
} // namespace

ProfileStore::ProfileStore()
    : m_owned(std::make_unique<QSettings>())
    , m_settings(m_owned.get())
{
}

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{
}

ProfileStore::~ProfileStore() = default;

namespace {
// QSettings treats '/' and '\\' as group separators: keep a name one key.
QString encodeKey(const QString &name)
{
    return QString::fromLatin1(name.toUtf8().toPercentEncoding(QByteArray(), "/\\"));
}
QString groupsKey(const QString &organizationId)
{
    return kGroups + QLatin1Char('/') + encodeKey(organizationId);
}
} // namespace

QString ProfileStore::profileGroup(const QString &name)
{
    return kProfiles + QLatin1Char('/') + encodeKey(name);
}

QStringList ProfileStore::profileNames() const
{
    m_settings->beginGroup(kProfiles);
    const QStringList keys = m_settings->childGroups();
    m_settings->endGroup();
    QStringList names;
    for (const QString &key : keys)
        names << QString::fromUtf8(QByteArray::fromPercentEncoding(key.toLatin1()));
    return names;
}

QString ProfileStore::currentProfileName() const
{
    const QString name = m_settings->value(kCurrent).toString();
    return name.isEmpty() ? QStringLiteral("default") : name;
}

void ProfileStore::setCurrentProfileName(const QString &name)
{
    m_settings->setValue(kCurrent, name);
}

ConnectionProfile ProfileStore::load(const QString &name) const
{
    ConnectionProfile p;
    p.name = name;
    m_settings->beginGroup(profileGroup(name));
    const QUrl api = m_settings->value(QStringLiteral("apiUrl")).toUrl();
    if (api.isValid() && !api.isEmpty())
        p.apiUrl = api;
    const QUrl events = m_settings->value(QStringLiteral("eventsUrl")).toUrl();
    if (events.isValid() && !events.isEmpty())
        p.eventsUrl = events;
    p.mode = modeFromKey(m_settings->value(QStringLiteral("mode")).toString());
    p.clientId = m_settings->value(QStringLiteral("clientId")).toString();
    p.caCertificateFile = m_settings->value(QStringLiteral("caCertificateFile")).toString();
    p.organizationId = m_settings->value(QStringLiteral("organizationId")).toString();
    p.organizationName = m_settings->value(QStringLiteral("organizationName")).toString();
    m_settings->endGroup();
    return p;
}

void ProfileStore::save(const ConnectionProfile &p)
{
    m_settings->beginGroup(profileGroup(p.name));
    m_settings->setValue(QStringLiteral("apiUrl"), p.apiUrl.toString());
    m_settings->setValue(QStringLiteral("eventsUrl"), p.eventsUrl.toString());
    m_settings->setValue(QStringLiteral("mode"), modeKey(p.mode));
    m_settings->setValue(QStringLiteral("clientId"), p.clientId);
    m_settings->setValue(QStringLiteral("caCertificateFile"), p.caCertificateFile);
    m_settings->setValue(QStringLiteral("organizationId"), p.organizationId);
    m_settings->setValue(QStringLiteral("organizationName"), p.organizationName);
    m_settings->endGroup();
}

void ProfileStore::remove(const QString &name)
{
    m_settings->remove(profileGroup(name));
}

void ProfileStore::rememberOrganization(const QString &profileName, const QString &organizationId,
                                        const QString &organizationName)
{
    ConnectionProfile p = load(profileName);
    if (!organizationId.isEmpty() && organizationId != p.organizationId) {
        p.organizationId = organizationId;
        p.organizationName.clear(); // the old name was another organization's
    }
    if (!organizationName.isEmpty())
        p.organizationName = organizationName;
    save(p);
}

QStringList ProfileStore::accessGroupSelection(const QString &organizationId) const
{
    if (organizationId.isEmpty())
        return {};
    return m_settings->value(groupsKey(organizationId)).toStringList();
}

void ProfileStore::setAccessGroupSelection(const QString &organizationId,
                                           const QStringList &groupIds)
{
    if (organizationId.isEmpty())
        return;
    m_settings->setValue(groupsKey(organizationId), groupIds);
}

void ProfileStore::sync()
{
    m_settings->sync();
}

} // namespace settings
