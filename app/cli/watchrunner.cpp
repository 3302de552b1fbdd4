#include "cli/watchrunner.h"

#include "accessy/apierror.h"
#include "cli/unixsignals.h"
#include "cli/watchreport.h"
#include "tracking/statushistory.h"

#include <QFile>
#include <QTimer>

#include <optional>

namespace cli {

namespace {
// A new token that the event server refuses again this soon is not a stale-token problem.
constexpr qint64 kResignInGraceMs = 30000;
} // namespace

WatchRunner::WatchRunner(const WatchArguments &arguments, const accessy::Credentials &credentials,
                         QObject *parent)
    : QObject(parent)
    , m_arguments(arguments)
    , m_session(&m_client)
    , m_tracker(&m_session)
    , m_out(stdout)
    , m_err(stderr)
{
    accessy::ApiClientSettings settings;
    settings.baseUrl = arguments.apiUrl;
    // The whole list is read on every refresh; large organizations have long lists.
    settings.maxReplyBytes = 256LL * 1024 * 1024;
    m_client.setSettings(settings);
    m_session.setCredentials(credentials);
    m_tracker.setRefreshInterval(arguments.intervalSeconds * 1000);
    // The history learns every status watch sees; a machine without one gets none from here.
    if (const QString path = history::HistoryStore::defaultPath();
        QFile::exists(path) && m_history.open(path)) {
        new tracking::StatusHistory(
            &m_tracker, &m_session, [this] { return &m_history; }, this);
    }
}

void WatchRunner::note(const QString &text)
{
    m_err << text << '\n';
    m_err.flush();
}

void WatchRunner::finish(int code, const QString &message)
{
    if (!message.isEmpty())
        note(message);
    m_exitCode = code;
    m_finished = true;
    m_loop.quit();
}

int WatchRunner::run()
{
    UnixSignals signals_;
    connect(&signals_, &UnixSignals::terminationRequested, this, [this] {
        m_interrupted = true;
        m_finished = true;
        m_loop.quit();
    });
    // Nobody can paste a new token into a script: a pasted token that ran out ends the run.
    connect(&m_session, &accessy::AccessySession::pastedTokenExpired, this, [this] {
        finish(2, tr("accessy-invite watch: the session token has expired or was refused; set a "
                     "new ACCESSY_SESSION_TOKEN and start again."));
    });
    if (!signIn())
        return m_interrupted ? 0 : 2;
    if (!readInitialList())
        return m_interrupted ? 0 : 2;
    startWatching();
    if (!m_finished)
        m_loop.exec();
    stopWatching();
    return m_interrupted ? 0 : m_exitCode;
}

bool WatchRunner::signIn()
{
    std::optional<accessy::Result<accessy::Membership>> answer;
    m_session.signIn(this, [&](const accessy::Result<accessy::Membership> &result) {
        answer = result;
        m_loop.quit();
    });
    if (!answer && !m_finished)
        m_loop.exec();
    if (!answer)
        return false; // interrupted
    if (!answer->ok()) {
        note(tr("accessy-invite watch: sign-in failed: %1").arg(answer->error().userMessage()));
        return false;
    }
    return true;
}

bool WatchRunner::readInitialList()
{
    std::optional<QString> failure;
    bool done = false;
    int count = 0;
    const QMetaObject::Connection ok =
        connect(&m_tracker, &tracking::InvitationTracker::refreshed, this, [&](int n) {
            done = true;
            count = n;
            m_loop.quit();
        });
    const QMetaObject::Connection bad = connect(
        &m_tracker, &tracking::InvitationTracker::refreshFailed, this, [&](const QString &m) {
            done = true;
            failure = m;
            m_loop.quit();
        });
    m_tracker.refresh();
    if (!done && !m_finished)
        m_loop.exec();
    disconnect(ok);
    disconnect(bad);
    if (!done)
        return false; // interrupted (or a pasted token that expired: already reported)
    if (failure) {
        note(tr("accessy-invite watch: could not read the invitation list: %1").arg(*failure));
        return false;
    }
    note(tr("Watching %n invitation(s) of organization %1; only changes are printed.", nullptr,
            count)
             .arg(m_session.organizationId()));
    return true;
}

void WatchRunner::startWatching()
{
    m_watching = true;
    m_out << watchHeader() << '\n';
    m_out.flush();

    connect(&m_tracker, &tracking::InvitationTracker::statusChanged, this, &WatchRunner::print);
    connect(&m_tracker, &tracking::InvitationTracker::invitationDiscovered, this,
            [this](const accessy::Invitation &invitation) {
                // Created after the start (elsewhere): it appears, which is a change too.
                print({invitation.id, invitation.recipientMsisdn, QString(), invitation.status,
                       QDateTime::currentDateTimeUtc()});
            });
    connect(&m_tracker, &tracking::InvitationTracker::refreshFailed, this,
            [this](const QString &message) {
                note(tr("Could not read the invitation list (will try again): %1").arg(message));
            });

    m_events.setEventsUrl(m_arguments.eventsUrl);
    m_events.setOrganizationId(m_session.organizationId());
    m_events.setTokenProvider([this] { return m_session.currentToken(); });
    connect(&m_events, &OrganizationEvents::invitationStatusChanged, &m_tracker,
            [this](const InvitationStatusChange &change) {
                m_tracker.applyEvent(change.invitationId, change.newStatus, change.at,
                                     change.msisdn);
            });
    // Events published while we were away are gone: the list tells what happened meanwhile.
    connect(&m_events, &OrganizationEvents::resynchronizeNeeded, &m_tracker,
            &tracking::InvitationTracker::refresh);
    connect(&m_events, &OrganizationEvents::connectionStateChanged, this,
            &WatchRunner::onConnectionState);
    connect(&m_events, &OrganizationEvents::errorMessage, this,
            [this](const QString &message) { note(tr("Events: %1").arg(message)); });
    m_events.start();
    m_tracker.startPeriodicRefresh();
}

void WatchRunner::print(const tracking::StatusChange &change)
{
    m_out << watchLine(change) << '\n';
    m_out.flush(); // scripts read the lines as they come
}

void WatchRunner::onConnectionState(StompClient::State state)
{
    const QString detail = m_events.client()->stateDetail();
    QString text;
    switch (state) {
    case StompClient::State::Offline:
        text = tr("offline");
        break;
    case StompClient::State::Connecting:
        text = tr("connecting to %1").arg(m_arguments.eventsUrl.toDisplayString());
        break;
    case StompClient::State::Live:
        text = tr("live");
        break;
    case StompClient::State::Reconnecting:
        text = tr("reconnecting");
        break;
    case StompClient::State::SignInRefused:
        text = tr("the event server refused the session token");
        break;
    }
    if (!detail.isEmpty() && state != StompClient::State::Live)
        text += QStringLiteral(" (%1)").arg(detail);
    note(tr("Events: %1").arg(text));
    if (state == StompClient::State::SignInRefused)
        onEventsRefused();
}

void WatchRunner::onEventsRefused()
{
    if (!m_session.credentials().usesClientCredentials()) {
        finish(2, tr("accessy-invite watch: the session token has expired or was refused; set a "
                     "new ACCESSY_SESSION_TOKEN and start again."));
        return;
    }
    if (m_resigningIn)
        return;
    if (m_sinceResignIn.isValid() && m_sinceResignIn.elapsed() < kResignInGraceMs) {
        finish(2, tr("accessy-invite watch: the event server refuses even a new session token; "
                     "check that the events URL belongs to the API host."));
        return;
    }
    // Our token went stale (revoked or expired early): get a new one and connect again.
    m_resigningIn = true;
    m_session.reportUnauthorized(m_session.currentToken());
    m_session.withSession(this, [this](const accessy::Result<QString> &token) {
        m_resigningIn = false;
        if (!token.ok()) {
            finish(2,
                   tr("accessy-invite watch: sign-in failed: %1").arg(token.error().userMessage()));
            return;
        }
        m_sinceResignIn.start();
        m_events.start();
    });
}

void WatchRunner::stopWatching()
{
    m_tracker.stopPeriodicRefresh();
    StompClient *client = m_events.client();
    if (client->state() == StompClient::State::Offline ||
        client->state() == StompClient::State::SignInRefused) {
        m_events.stop();
        return;
    }
    // A graceful DISCONNECT; the client gives up waiting for its RECEIPT by itself.
    QEventLoop wait;
    connect(client, &StompClient::stopped, &wait, &QEventLoop::quit);
    QTimer::singleShot(client->settings().disconnectReceiptTimeoutMs + 1000, &wait,
                       &QEventLoop::quit);
    m_events.stop();
    if (client->state() != StompClient::State::Offline)
        wait.exec();
}

} // namespace cli
