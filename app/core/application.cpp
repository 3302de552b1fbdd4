#include "core/application.h"

#include "accessy/logredaction.h"
#include "history/historystore.h"
#include "practice/practicesandbox.h"
#include "settings/diagnosticsreport.h"

#include <QLocale>
#include <QSettings>

namespace core {

Application::Application(QObject *parent)
    : QObject(parent)
    , m_session(&m_client)
    , m_sender(&m_session)
    , m_sendFollower(&m_sender, &m_results)
    , m_live(&m_session)
    , m_statusFollower(m_live.tracker(), &m_results)
    , m_statusHistory(m_live.tracker(), &m_session, [this] { return m_sender.history(); })
{
    accessy::ApiClientSettings clientSettings = m_client.settings();
    clientSettings.maxReplyBytes = 256LL * 1024 * 1024; // the list of a large organization
    m_client.setSettings(clientSettings);

    connect(&m_session, &accessy::AccessySession::organizationNameKnown, this,
            [this](const QString &organizationId, const QString &name) {
                if (m_practice)
                    return;
                m_profiles.rememberOrganization(m_profile.name, organizationId, name);
                m_profile.organizationId = organizationId;
                m_profile.organizationName = name;
                Q_EMIT connectionChanged();
            });
    connect(&m_session, &accessy::AccessySession::signedIn, this, &Application::onSignedIn);
    connect(&m_signIn, &settings::ConnectionTester::finished, this, &Application::signInFinished);
    // Refreshes wait while a send runs, so the list never races the send's own answers.
    connect(&m_sender, &sending::SendController::runningChanged, m_live.tracker(),
            &tracking::InvitationTracker::setHeld);
    connect(&m_sender, &sending::SendController::finished, this, [this] {
        if (m_session.isSignedIn() && !m_following)
            onSignedIn(m_session.membership()); // signed in by the send itself
    });
}

Application::~Application()
{
    m_live.events()->stop();
}

void Application::loadSettings()
{
    QSettings settings;
    // Batches: the defaults suit Accessy; a support case may tune them in the settings file.
    sending::SendOptions sendOptions = m_sender.options();
    sendOptions.batchSize = settings.value(QStringLiteral("sending/batchSize"), 50).toInt();
    sendOptions.maxInFlight = settings.value(QStringLiteral("sending/parallel"), 4).toInt();
    // Unknown outcomes are checked this long after their request left (the job raises it to
    // twice the transfer time-out when shorter).
    sendOptions.graceMs =
        qint64(settings.value(QStringLiteral("sending/graceSeconds"), 60).toInt()) * 1000;
    m_sender.setOptions(sendOptions);
    // How often the whole list is read again besides live events (seconds; 0 = only F5).
    m_live.tracker()->setRefreshInterval(
        settings.value(QStringLiteral("statuses/refreshIntervalSeconds"), 60).toInt() * 1000);
}

void Application::applyConnection()
{
    const accessy::Result<accessy::ApiClientSettings> clientSettings =
        settings::clientSettingsFor(m_profile, m_client.settings());
    m_live.events()->stop();
    if (clientSettings.ok())
        m_client.setSettings(clientSettings.value());
    m_session.setCredentials(clientSettings.ok() ? m_credentials : accessy::Credentials());
    m_eventsUrl = m_profile.eventsUrl;
    Q_EMIT connectionChanged();
    if (!clientSettings.ok())
        Q_EMIT problem(clientSettings.error().userMessage());
}

void Application::loadSavedConnection()
{
    m_profile = m_profiles.current();
    m_credentials = accessy::Credentials();
    if (m_profile.mode == settings::SignInMode::ClientCredentials &&
        !m_profile.clientId.isEmpty()) {
        m_credentials.clientId = m_profile.clientId;
        m_credentialStore.read(m_profile.keychainAccount(), this,
                               [this](const accessy::CredentialStore::Outcome &outcome) {
                                   if (m_practice)
                                       return;
                                   m_credentials.clientSecret = outcome.secret;
                                   applyConnection();
                                   if (!outcome.ok())
                                       Q_EMIT problem(outcome.keychainProblem);
                               });
    }
    applyConnection();
}

void Application::useConnection(const settings::ConnectionProfile &profile,
                                const accessy::Credentials &credentials)
{
    m_practice = false;
    m_profile = profile;
    m_credentials = credentials;
    applyConnection();
}

void Application::enterPractice(const QUrl &apiUrl, const QUrl &eventsUrl, const QString &clientId,
                                const QString &secret)
{
    // A restarted practice server forgot its invitations: so does the practice history.
    if (m_practiceHistory && apiUrl != m_profile.apiUrl && !m_sender.isRunning()) {
        m_sender.setHistory(nullptr);
        m_practiceHistory.reset();
        m_practiceData.reset();
    }
    if (!m_practiceHistory && !m_sender.isRunning()) {
        m_practiceData = std::make_unique<QTemporaryDir>();
        m_practiceHistory = std::make_unique<history::HistoryStore>();
        QString error;
        if (m_practiceData->isValid() &&
            m_practiceHistory->open(m_practiceData->filePath(QStringLiteral("history.sqlite")),
                                    &error)) {
            m_sender.setHistory(m_practiceHistory.get());
        }
    }
    m_practice = true;
    m_profile = settings::ConnectionProfile();
    m_profile.name = QStringLiteral("practice");
    m_profile.organizationName = practice::PracticeSandbox::organizationName();
    m_profile.apiUrl = apiUrl;
    m_profile.eventsUrl = eventsUrl;
    m_profile.mode = settings::SignInMode::ClientCredentials;
    m_profile.clientId = clientId;
    m_credentials = accessy::Credentials{clientId, secret, {}};
    applyConnection();
}

QString Application::signInProblem() const
{
    return settings::ConnectionTester::problemBeforeSignIn(m_profile, m_credentials);
}

void Application::signIn()
{
    m_signIn.signIn(&m_session);
}

void Application::signOut()
{
    m_following = false;
    m_session.signOut();
    m_credentials.pastedToken.clear();
    m_credentials.clientSecret.clear();
    if (m_profile.mode == settings::SignInMode::ClientCredentials && !m_practice)
        m_credentialStore.remove(m_profile.keychainAccount(), this, [](const auto &) {});
    applyConnection(); // stops the events too
}

void Application::providePastedToken(const QString &token)
{
    m_credentials.pastedToken = token.trimmed();
    m_session.providePastedToken(m_credentials.pastedToken);
}

void Application::onSignedIn(const accessy::Membership &membership)
{
    m_following = true;
    if (!std::exchange(m_checkedInterrupted, true))
        m_sender.checkInterrupted(); // a crash's unanswered batches come first
    m_live.tracker()->refresh();
    m_live.start(m_eventsUrl, membership.organizationId);
    Q_EMIT signedIn(membership);
}

QString Application::organizationName() const
{
    const QString name = m_session.organizationName();
    if (!name.isEmpty())
        return name;
    // Before the organization's first invitation: the name remembered or typed for this
    // profile, unless this session is signed in to another organization than that name's.
    const QString signedInTo = m_session.organizationId();
    if (!signedInTo.isEmpty() && !m_profile.organizationId.isEmpty() &&
        signedInTo != m_profile.organizationId)
        return {};
    return m_profile.organizationName;
}

QString Application::defaultMessage() const
{
    const QString last = QSettings().value(QStringLiteral("message/last")).toString();
    if (!last.trimmed().isEmpty())
        return last;
    const QString organization = organizationName();
    if (organization.isEmpty())
        return tr("Welcome! Install Accessy to open our doors.");
    return tr("Welcome to %1! Install Accessy to open our doors.").arg(organization);
}

void Application::rememberMessage(const QString &message)
{
    if (!message.trimmed().isEmpty())
        QSettings().setValue(QStringLiteral("message/last"), message);
}

QStringList Application::accessGroupSelection() const
{
    return m_profiles.accessGroupSelection(m_session.membership().organizationId);
}

void Application::rememberAccessGroupSelection(const QStringList &groupIds)
{
    if (!m_session.organizationId().isEmpty())
        m_profiles.setAccessGroupSelection(m_session.organizationId(), groupIds);
}

QString Application::diagnostics() const
{
    settings::DiagnosticsInput input;
    input.profile = m_profile;
    input.keychainState = m_credentialStore.lastProblem().isEmpty()
                              ? tr("system keychain")
                              : m_credentialStore.lastProblem();
    input.roles = m_session.membership().roles;
    if (m_session.tokenExpiresAt().isValid())
        input.tokenExpiry = QLocale().toString(m_session.tokenExpiresAt().toLocalTime());
    input.lastErrors = accessy::logging::recentProblems();
    input.extraLines << QStringLiteral("practice: %1").arg(m_practice ? "yes" : "no")
                     << QStringLiteral("invitations in table: %1").arg(m_results.rowCount());
    return settings::buildDiagnostics(input);
}

} // namespace core
