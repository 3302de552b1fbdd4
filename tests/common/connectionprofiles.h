#pragma once

// What a ConnectionDialog is given, kept away from the real user's: connection profiles in an
// INI file of the test's own, and the keychain under a service name only tests use.
#include "accessy/credentialstore.h"
#include "settings/profilestore.h"

#include <QSettings>

#include <memory>

class TestConnectionProfiles
{
public:
    // Starts again with no profiles, kept in the INI file `path`.
    void reset(const QString &path)
    {
        m_profiles.reset(); // before the settings it writes to
        m_ini = std::make_unique<QSettings>(path, QSettings::IniFormat);
        m_ini->clear();
        m_profiles = std::make_unique<settings::ProfileStore>(m_ini.get());
    }

    QSettings *ini() const { return m_ini.get(); }
    settings::ProfileStore *profiles() const { return m_profiles.get(); }
    accessy::CredentialStore *keychain() { return &m_keychain; }

private:
    std::unique_ptr<QSettings> m_ini;
    std::unique_ptr<settings::ProfileStore> m_profiles;
    accessy::CredentialStore m_keychain{QStringLiteral("accessy-invite-test")};
};
