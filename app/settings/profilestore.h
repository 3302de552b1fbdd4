#pragma once

#include "settings/connectionprofile.h"

#include <QSettings>
#include <QStringList>

#include <memory>

namespace settings {

// Connection profiles and per-organization choices in QSettings. Never a secret or a token:
// the type has nowhere to put one, and tests search the settings file for them.
class ProfileStore final
{
    Q_DISABLE_COPY_MOVE(ProfileStore)
public:
    // The application's QSettings (organization/application names from QCoreApplication).
    ProfileStore();
    // Another settings object (tests, a portable .ini); not owned.
    explicit ProfileStore(QSettings *settings);
    ~ProfileStore();

    QStringList profileNames() const;
    QString currentProfileName() const; // "default" when none was chosen
    void setCurrentProfileName(const QString &name);

    // The stored profile, or the defaults (API/events URLs of API.md) under that name.
    ConnectionProfile load(const QString &name) const;
    ConnectionProfile current() const { return load(currentProfileName()); }
    void save(const ConnectionProfile &profile);
    void remove(const QString &name);
    // Once the organization is known (sign-in) or named (an invitation answer).
    void rememberOrganization(const QString &profileName, const QString &organizationId,
                              const QString &organizationName);

    // The access groups chosen last time for this organization.
    QStringList accessGroupSelection(const QString &organizationId) const;
    void setAccessGroupSelection(const QString &organizationId, const QStringList &groupIds);

    void sync();
    QSettings *settings() const { return m_settings; }

private:
    static QString profileGroup(const QString &name);

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
};

} // namespace settings
