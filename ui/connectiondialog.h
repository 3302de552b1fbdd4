#pragma once

#include "accessy/accessysession.h"
#include "accessy/apiclient.h"
#include "settings/connectionprofile.h"
#include "settings/connectiontester.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace accessy {
class CredentialStore;
}
namespace settings {
class ProfileStore;
}

namespace ui {

// Connection settings, remembered per profile: API and events addresses, how to sign in
// (a pasted session token — recommended on shared PCs — or client credentials whose secret
// goes to the OS keychain only), an optional extra CA file, "Test connection" and "Sign out".
// Also the organization's name, which the API gives only inside invitations: filled in once an
// invitation named it, typed by the admin before the first send.
// The profile (never a secret) is saved in QSettings on Save.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(settings::ProfileStore *profiles, accessy::CredentialStore *credentials,
                     QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // What the admin entered. The secret and token live only in memory (and the keychain).
    settings::ConnectionProfile profile() const;
    accessy::Credentials credentials() const;
    // The ApiClient settings for profile(): addresses checked, CA file read; or why not.
    accessy::Result<accessy::ApiClientSettings> clientSettings() const;

    // Fills the fields (e.g. the token the window already holds); the profile name selects.
    void setProfile(const settings::ConnectionProfile &profile);
    void setPastedToken(const QString &token);
    void setClientSecret(const QString &secret);

    // The text under "Test connection" (for tests and screen readers).
    QString testResult() const;
    QString tokenExpiryText() const;
    QString keychainNotice() const;

public Q_SLOTS:
    // Save: checks the addresses and CA file, saves the profile, the secret to the keychain.
    void accept() override;
    void testConnection();
    void signOut();

Q_SIGNALS:
    // The admin signed out: forget the token in the session (the keychain entry is removed).
    void signOutRequested();
    // A test finished; `membership` is valid when ok.
    void connectionTested(bool ok, const accessy::Membership &membership);
    // Saving the secret to the keychain failed: it is kept for this run only (say so).
    void keychainProblem(const QString &reason);

private:
    void buildUi();
    void loadProfile(const QString &name);
    void updateMode();
    void updateTokenExpiry();
    void showResult(const QString &text, bool problem);
    void updateKeychainWording();
    void showTestOutcome(const settings::ConnectionTestOutcome &outcome);
    void browseCaFile();

    settings::ProfileStore *m_profiles;
    accessy::CredentialStore *m_credentials;
    settings::ConnectionProfile m_loaded;
    settings::ConnectionTester m_tester;
    bool m_saving = false;

    QComboBox *m_profileName = nullptr;
    QLineEdit *m_apiUrl = nullptr;
    QLineEdit *m_eventsUrl = nullptr;
    QLineEdit *m_organizationName = nullptr;
    QRadioButton *m_tokenMode = nullptr;
    QRadioButton *m_credentialsMode = nullptr;
    QStackedWidget *m_modePages = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_tokenExpiry = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QLabel *m_keychainNotice = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_signOut = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace ui
