#pragma once

#include "accessy/accessysession.h"
#include "accessy/apiclient.h"
#include "accessy/credentialstore.h"
#include "models/invitationtablemodel.h"
#include "models/livestatusfollower.h"
#include "models/sendresultsfollower.h"
#include "sending/sendcontroller.h"
#include "settings/connectionprofile.h"
#include "settings/connectiontester.h"
#include "settings/profilestore.h"
#include "tracking/livestatus.h"
#include "tracking/statushistory.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace history {
class HistoryStore;
}

namespace core {

// Owns the long-lived services of one run — profiles and keychain, the API client and its
// session, the results table, the send controller and the live status — and the connection
// in use. The window is handed one and only shows; everything here works headless.
class Application final : public QObject
{
    Q_OBJECT
public:
    explicit Application(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(Application)
    ~Application() override;

    settings::ProfileStore *profiles() { return &m_profiles; }
    accessy::CredentialStore *credentialStore() { return &m_credentialStore; }
    accessy::AccessySession *session() { return &m_session; }
    models::InvitationTableModel *results() { return &m_results; }
    sending::SendController *sender() { return &m_sender; }
    tracking::LiveStatus *liveStatus() { return &m_live; }
    tracking::InvitationTracker *tracker() { return m_live.tracker(); }
    events::OrganizationEvents *events() { return m_live.events(); }
    models::LiveStatusFollower *statusFollower() { return &m_statusFollower; }

    // Tunings a support case may set in the settings file (batch size, refresh interval).
    void loadSettings();

    // The connection in use. Secrets live in memory only (and the keychain).
    const settings::ConnectionProfile &profile() const { return m_profile; }
    const accessy::Credentials &credentials() const { return m_credentials; }
    bool isPractice() const { return m_practice; }
    // The saved profile; its secret follows from the keychain (connectionChanged()).
    void loadSavedConnection();
    // A profile and credentials chosen in the connection settings (leaves practice mode).
    void useConnection(const settings::ConnectionProfile &profile,
                       const accessy::Credentials &credentials);
    // Practice mode: a local sandbox instead of Accessy, and a throw-away history, because
    // the practice server forgets its invitations when it stops.
    void enterPractice(const QUrl &apiUrl, const QUrl &eventsUrl, const QString &clientId,
                       const QString &secret);
    // Why signing in cannot be tried now; empty when it can.
    QString signInProblem() const;
    // Signs in the session; signedIn() or problem() follows.
    void signIn();
    bool isSigningIn() const { return m_signIn.isBusy(); }
    // Forgets the token and the saved secret; stops the live status.
    void signOut();
    // A new pasted token for a session whose token expired.
    void providePastedToken(const QString &token);
    // The organization's name as far as known ("" before the first sign-in).
    QString organizationName() const;
    QStringList accessGroupSelection() const;
    void rememberAccessGroupSelection(const QStringList &groupIds);
    // The message a new list starts with: the last one sent (from the settings), else a short
    // welcome that names the organization when its name is known.
    QString defaultMessage() const;
    void rememberMessage(const QString &message);
    // For support: the setup and recent problems, never a secret or token.
    QString diagnostics() const;

Q_SIGNALS:
    // profile() or credentials() changed; the summary and the send state need a new look.
    void connectionChanged();
    // Something about the connection the admin should read (bad settings, keychain).
    void problem(const QString &message);
    // Signed in (by signIn() or by a send): the live status follows the organization now.
    void signedIn(const accessy::Membership &membership);
    // signIn() has its answer (the session's signals say what it was).
    void signInFinished(const settings::ConnectionTestOutcome &outcome);

private:
    void applyConnection();
    void onSignedIn(const accessy::Membership &membership);

    settings::ProfileStore m_profiles;
    accessy::CredentialStore m_credentialStore;
    settings::ConnectionProfile m_profile;
    accessy::Credentials m_credentials; // in memory only
    bool m_practice = false;
    bool m_checkedInterrupted = false;
    bool m_following = false; // the live status follows the signed-in organization
    QUrl m_eventsUrl;
    accessy::ApiClient m_client;
    accessy::AccessySession m_session;
    models::InvitationTableModel m_results;
    std::unique_ptr<QTemporaryDir> m_practiceData;
    std::unique_ptr<history::HistoryStore> m_practiceHistory;
    sending::SendController m_sender; // after the practice history it may use
    models::SendResultsFollower m_sendFollower;
    tracking::LiveStatus m_live;
    models::LiveStatusFollower m_statusFollower;
    tracking::StatusHistory m_statusHistory; // the history learns every status the app sees
    settings::ConnectionTester m_signIn;
};

} // namespace core
