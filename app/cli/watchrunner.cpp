#include "cli/watchrunner.h"

#include "accessy/apierror.h"
#include "cli/awaitresult.h"
#include "cli/watchreport.h"
#include "common/unixsignals.h"
#include "tracking/statushistory.h"

#include <QFile>
#include <QTimer>

#include <optional>
#include <variant>

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
    , m_live(&m_session)
    , m_tracker(*m_live.tracker())
    , m_events(*m_live.events())
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
    m_stop.interrupt();
}

int WatchRunner::run()
{
    common::UnixSignals signals_;
    connect(&signals_, &common::UnixSignals::terminationRequested, this, [this] {
        m_interrupted = true;
        m_stop.interrupt();
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
    // Nothing answers this wait: it lasts until a signal or finish() interrupts it.
    awaitResult<bool>([this](auto) { startWatching(); }, &m_stop);
    stopWatching();
    return m_interrupted ? 0 : m_exitCode;
}

bool WatchRunner::signIn()
{
    const auto answer = awaitResult<accessy::Result<accessy::Membership>>(
        [this](auto done) { m_session.signIn(this, done); }, &m_stop);
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
    // The number of invitations read, or why the list could not be read.
    using ListRead = std::variant<int, QString>;
    QObject scope; // the connections last as long as the wait
    const std::optional<ListRead> read = awaitResult<ListRead>(
        [&](auto done) {
            connect(&m_tracker, &tracking::InvitationTracker::refreshed, &scope,
                    [done](int n) { done(n); });
            connect(&m_tracker, &tracking::InvitationTracker::refreshFailed, &scope,
                    [done](const QString &message) { done(message); });
            m_tracker.refresh();
        },
        &m_stop);
    if (!read)
        return false; // interrupted (or a pasted token that expired: already reported)
    if (const QString *failure = std::get_if<QString>(&*read)) {
        note(tr("accessy-invite watch: could not read the invitation list: %1").arg(*failure));
        return false;
    }
    note(tr("Watching %n invitation(s) of organization %1; only changes are printed.", nullptr,
            std::get<int>(*read))
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

    connect(&m_events, &OrganizationEvents::connectionStateChanged, this,
            &WatchRunner::onConnectionState);
    connect(&m_events, &OrganizationEvents::errorMessage, this,
            [this](const QString &message) { note(tr("Events: %1").arg(message)); });
    m_live.start(m_arguments.eventsUrl, m_session.organizationId());
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
    QObject scope;
    awaitResult<bool>([&](auto done) {
        connect(client, &StompClient::stopped, &scope, [done] { done(true); });
        QTimer::singleShot(client->settings().disconnectReceiptTimeoutMs + 1000, &scope,
                           [done] { done(false); });
        m_events.stop();
        if (client->state() == StompClient::State::Offline)
            done(true);
    });
}

} // namespace cli
