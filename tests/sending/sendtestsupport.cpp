#include "sendtestsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

namespace {

// Runs the event loop until the reply has its answer (or 30 s passed).
void waitForFinished(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        (void)finished.wait(90000);
}

} // namespace

namespace sendtest {

QStringList numbers(int n, int first)
{
    QStringList result;
    result.reserve(n);
    for (int i = 0; i < n; ++i)
        result << QStringLiteral("+4670%1").arg(first + i, 7, 10, QLatin1Char('0'));
    return result;
}

QList<sending::SendItem> items(const QStringList &msisdns)
{
    QList<sending::SendItem> result;
    for (int i = 0; i < msisdns.size(); ++i) {
        sending::SendItem item;
        item.key = i;
        item.msisdn = msisdns.at(i);
        item.input = msisdns.at(i);
        item.name = QStringLiteral("Person %1").arg(i);
        result << item;
    }
    return result;
}

QByteArray SandboxControl::call(const QByteArray &method, const QString &path,
                                const QByteArray &body, int *status)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // The control answers are the tests' ground truth: give a loaded sanitizer build time to
    // serialize 10,000 invitations, and say so loudly when an answer still does not come (an
    // empty answer would otherwise read as "nothing on the server").
    request.setTransferTimeout(60000);
    QNetworkReply *reply =
        method == "POST" ? m_network.post(request, body) : m_network.get(request);
    waitForFinished(reply);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!reply->isFinished() || reply->error() != QNetworkReply::NoError) {
        qWarning("sandbox control %s %s failed: %s", method.constData(), qPrintable(path),
                 qPrintable(reply->errorString()));
    }
    const QByteArray answer = reply->isOpen() ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return answer;
}

bool SandboxControl::setFaults(const QJsonObject &faults)
{
    int status = 0;
    call("POST", QStringLiteral("/_sandbox/faults"),
         QJsonDocument(faults).toJson(QJsonDocument::Compact), &status);
    return status == 200;
}

bool TestHistory::open()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<history::HistoryStore>();
    return m_store->open(m_dir->filePath(QStringLiteral("history.sqlite")));
}

void TestHistory::close()
{
    m_store.reset();
    m_dir.reset();
}

bool SandboxControl::reset()
{
    int status = 0;
    call("POST", QStringLiteral("/_sandbox/reset"), "{}", &status);
    return status == 200;
}

bool SandboxControl::expireTokens()
{
    int status = 0;
    call("POST", QStringLiteral("/_sandbox/expire-tokens"), "{}", &status);
    return status == 200;
}

void SandboxControl::expireTokensAsync()
{
    QNetworkRequest request(m_base.resolved(QUrl(QStringLiteral("/_sandbox/expire-tokens"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.post(request, QByteArrayLiteral("{}"));
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

QJsonObject SandboxControl::state()
{
    return QJsonDocument::fromJson(call("GET", QStringLiteral("/_sandbox/state"))).object();
}

QHash<QString, int> SandboxControl::perMsisdn()
{
    QHash<QString, int> result;
    const QJsonObject per = state().value(QStringLiteral("invitationsPerMsisdn")).toObject();
    for (auto it = per.begin(); it != per.end(); ++it)
        result.insert(it.key(), it.value().toInt());
    return result;
}

QJsonObject SandboxControl::addMember(const QString &msisdn)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("msisdn"), msisdn}})
                                .toJson(QJsonDocument::Compact);
    return QJsonDocument::fromJson(call("POST", QStringLiteral("/_sandbox/members"), body))
        .object();
}

QJsonArray SandboxControl::postInvitations(const QStringList &msisdns)
{
    // Through the real API, as a sender would.
    const QByteArray tokenBody =
        QJsonDocument(
            QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                        {QStringLiteral("client_id"), SandboxProcess::defaultClientId()},
                        {QStringLiteral("client_secret"), SandboxProcess::defaultClientSecret()}})
            .toJson(QJsonDocument::Compact);
    const QString token =
        QJsonDocument::fromJson(call("POST", QStringLiteral("/auth/oauth/token"), tokenBody))
            .object()
            .value(QStringLiteral("access_token"))
            .toString();
    QNetworkRequest request(m_base.resolved(QUrl(QStringLiteral(
        "/org/admin/organization/5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47/invitation"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/vnd.axessions.v2+json");
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("Welcome")},
                                  {QStringLiteral("msisdns"), QJsonArray::fromStringList(msisdns)}})
            .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network.post(request, body);
    waitForFinished(reply);
    const QJsonArray answer = QJsonDocument::fromJson(reply->readAll()).array();
    reply->deleteLater();
    return answer;
}

Engine::Engine(const QUrl &base, int transferTimeoutMs)
{
    accessy::ApiClientSettings settings;
    settings.baseUrl = base;
    settings.transferTimeoutMs = transferTimeoutMs;
    settings.maxReplyBytes = 256LL * 1024 * 1024;
    client.setSettings(settings);
    accessy::Credentials credentials;
    credentials.clientId = SandboxProcess::defaultClientId();
    credentials.clientSecret = SandboxProcess::defaultClientSecret();
    session.setCredentials(credentials);
}

bool Engine::signIn()
{
    bool answered = false;
    QObject context;
    session.signIn(&context, [&answered](const auto &) { answered = true; });
    (void)QTest::qWaitFor([&answered] { return answered; }, 10000);
    return answered && session.isSignedIn();
}

int JobRun::count(sending::OutcomeKind kind) const
{
    int n = 0;
    for (const sending::SendOutcome &o : outcomes)
        n += o.kind == kind ? 1 : 0;
    return n;
}

JobRun runJob(sending::SendJob &job, const sending::SendRequest &request, int timeoutMs)
{
    JobRun run;
    QObject context;
    QObject::connect(&job, &sending::SendJob::outcome, &context,
                     [&run](const sending::SendOutcome &o) {
                         run.outcomes << o;
                         run.byMsisdn.insert(o.msisdn, o);
                     });
    QObject::connect(&job, &sending::SendJob::recovered, &context,
                     [&run](const sending::RecoverySummary &s) { run.recoveries << s; });
    QObject::connect(&job, &sending::SendJob::planned, &context,
                     [&run](const sending::SendPlan &p) { run.plans << p; });
    QObject::connect(&job, &sending::SendJob::batchStarted, &context,
                     [&run](const QList<int> &keys) {
                         run.maxBatchSeen = qMax(run.maxBatchSeen, int(keys.size()));
                     });
    QObject::connect(&job, &sending::SendJob::progress, &context, [&run](int, int, int remaining) {
        ++run.progressSignals;
        run.lastRemaining = remaining;
    });
    QObject::connect(&job, &sending::SendJob::finished, &context, [&run] { run.finished = true; });
    QElapsedTimer clock;
    clock.start();
    // A spy's wait runs the event loop without pauses (QTest::qWaitFor sleeps 10 ms between
    // rounds, which would slow every answer of a timing test down).
    QSignalSpy ended(&job, &sending::SendJob::finished);
    job.start(request);
    if (!run.finished)
        (void)ended.wait(timeoutMs);
    run.elapsedMs = clock.elapsed();
    return run;
}

sending::SendOptions quickOptions(int batchSize, int maxInFlight)
{
    sending::SendOptions options;
    options.batchSize = batchSize;
    options.maxInFlight = maxInFlight;
    options.backoffInitialMs = 20;
    options.backoffMaxMs = 200;
    options.reconcileDelayMs = 20;
    options.maxSendAttempts = 10;
    options.graceMs = 0; // twice the engine's transfer time-out (the shortest allowed)
    options.seed = 4242;
    return options;
}

} // namespace sendtest
