// The API client against the real sandbox program over loopback HTTP.
#include "accessy/accessysession.h"
#include "accessy/apiclient.h"
#include "sandboxprocess.h"
#include "sandboxsignin.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using namespace accessy;

namespace {

// Waits for one callback answer; fails the test if none arrives in time.
template<typename T>
struct Answer
{
    std::optional<Result<T>> result;
    ApiClient::Callback<T> callback()
    {
        return [this](Result<T> r) {
            result.emplace(std::move(r));
        };
    }
};

QByteArray post(const QUrl &url)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, QByteArrayLiteral("{}"));
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
    reply->deleteLater();
    return reply->readAll();
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    ApiClient m_client;

    QString token()
    {
        Answer<SessionToken> answer;
        m_client.requestToken(SandboxProcess::defaultClientId(),
                              SandboxProcess::defaultClientSecret(), this, answer.callback());
        [&] {
            QTRY_VERIFY(answer.result.has_value());
        }();
        return answer.result && answer.result->ok() ? answer.result->value().accessToken
                                                    : QString();
    }
    QString organization(const QString &token)
    {
        Answer<Membership> answer;
        m_client.fetchMembership(token, this, answer.callback());
        [&] {
            QTRY_VERIFY(answer.result.has_value());
        }();
        return answer.result && answer.result->ok() ? answer.result->value().organizationId
                                                    : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY_STARTED(m_sandbox);
        ApiClientSettings settings;
        settings.baseUrl = m_sandbox.baseUrl();
        settings.transferTimeoutMs = 10000;
        m_client.setSettings(settings);
    }

    void token_goodCredentials_givesTokenWithMillisecondExpiry()
    {
        Answer<SessionToken> answer;
        m_client.requestToken(SandboxProcess::defaultClientId(),
                              SandboxProcess::defaultClientSecret(), this, answer.callback());
        QTRY_VERIFY(answer.result.has_value());
        QVERIFY2(answer.result->ok(), qPrintable(answer.result->error().userMessage()));
        QVERIFY(!answer.result->value().accessToken.isEmpty());
        QVERIFY(answer.result->value().expiresInMs > 60 * 1000); // milliseconds, not seconds
        QVERIFY(answer.result->value().expiresAt() > QDateTime::currentDateTimeUtc().addSecs(60));
    }

    void token_wrongSecret_is401WithAdvice()
    {
        Answer<SessionToken> answer;
        m_client.requestToken(SandboxProcess::defaultClientId(), QStringLiteral("wrong"), this,
                              answer.callback());
        QTRY_VERIFY(answer.result.has_value());
        QVERIFY(!answer.result->ok());
        QCOMPARE(answer.result->error().kind, ApiError::Kind::Http);
        QCOMPARE(answer.result->error().httpStatus, 401);
        QVERIFY(answer.result->error().userMessage().contains(QStringLiteral("secret")));
        QVERIFY(!answer.result->error().userMessage().contains(QStringLiteral("wrong")));
    }

    void membership_givesOrganizationAndRoles()
    {
        const QString t = token();
        QVERIFY(!t.isEmpty());
        Answer<Membership> answer;
        m_client.fetchMembership(t, this, answer.callback());
        QTRY_VERIFY(answer.result.has_value());
        QVERIFY2(answer.result->ok(), qPrintable(answer.result->error().userMessage()));
        QVERIFY(!answer.result->value().organizationId.isEmpty());
        QVERIFY(answer.result->value().isAdministrator());
    }

    void create_thenList_returnsTheSameInvitations()
    {
        const QString t = token();
        const QString org = organization(t);
        QVERIFY(!org.isEmpty());
        CreateInvitationsRequest request;
        request.message = QStringLiteral("Välkommen till kontoret");
        request.msisdns = {QStringLiteral("+46701234501"), QStringLiteral("+46701234502")};
        Answer<QList<Invitation>> created;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        m_client.createInvitations(t, org, request, this, created.callback());
        QTRY_VERIFY(created.result.has_value());
        QVERIFY2(created.result->ok(), qPrintable(created.result->error().userMessage()));
        const QList<Invitation> invitations = created.result->value();
        QCOMPARE(invitations.size(), 2);
        const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        QStringList numbers;
        for (const Invitation &inv : invitations) {
            QVERIFY2(uuid.match(inv.id).hasMatch(), qPrintable(inv.id));
            QCOMPARE(inv.status, QStringLiteral("PENDING"));
            QCOMPARE(inv.invitationMessage, request.message);
            QCOMPARE(inv.organization.id, org);
            QVERIFY(!inv.organization.name.isEmpty());
            QVERIFY(inv.createdAt >= before);
            QVERIFY(inv.createdAt <= QDateTime::currentDateTimeUtc().addSecs(2));
            numbers << inv.recipientMsisdn;
        }
        numbers.sort();
        QCOMPARE(numbers, request.msisdns);

        Answer<QList<Invitation>> listed;
        m_client.listInvitations(t, org, this, listed.callback());
        QTRY_VERIFY(listed.result.has_value());
        QVERIFY(listed.result->ok());
        QStringList listedIds;
        for (const Invitation &inv : listed.result->value())
            listedIds << inv.id;
        for (const Invitation &inv : invitations)
            QVERIFY(listedIds.contains(inv.id));
    }

    void listInvitations_contextGoneWhileParsing_noCallback()
    {
        // The list is parsed on a worker thread: a context deleted meanwhile (a send that was
        // closed) gets no callback, and nothing crashes when the parse ends.
        const QString t = token();
        const QString org = organization(t);
        auto *context = new QObject;
        bool called = false;
        bool networkDone = false;
        const QMetaObject::Connection deleteOnAnswer =
            connect(m_client.networkAccessManager(), &QNetworkAccessManager::finished, this, [&] {
                networkDone = true;
                delete std::exchange(context, nullptr);
            });
        m_client.listInvitations(t, org, context,
                                 [&called](const Result<QList<Invitation>> &) { called = true; });
        QTRY_VERIFY(networkDone);
        disconnect(deleteOnAnswer);
        QVERIFY(!context);
        // A later list read on a live context still works, and the old parse stays silent.
        Answer<QList<Invitation>> later;
        m_client.listInvitations(t, org, this, later.callback());
        QTRY_VERIFY(later.result.has_value());
        QVERIFY(later.result->ok());
        QVERIFY(!called);
    }

    void create_invalidNumber_is400WithServerReason()
    {
        const QString t = token();
        const QString org = organization(t);
        CreateInvitationsRequest request;
        request.message = QStringLiteral("hi");
        request.msisdns = {QStringLiteral("0701234567")}; // not E.164
        Answer<QList<Invitation>> answer;
        m_client.createInvitations(t, org, request, this, answer.callback());
        QTRY_VERIFY(answer.result.has_value());
        QVERIFY(!answer.result->ok());
        const ApiError &e = answer.result->error();
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, 400);
        QVERIFY(!e.serverText.isEmpty());
        QVERIFY2(e.userMessage().contains(QStringLiteral("0701234567")),
                 qPrintable(e.userMessage()));
        QVERIFY(!e.outcomeUnknown());
    }

    void create_badToken_is401()
    {
        const QString org = organization(token());
        CreateInvitationsRequest request;
        request.message = QStringLiteral("hi");
        request.msisdns = {QStringLiteral("+46701234567")};
        Answer<QList<Invitation>> answer;
        m_client.createInvitations(QStringLiteral("not-a-token"), org, request, this,
                                   answer.callback());
        QTRY_VERIFY(answer.result.has_value());
        QVERIFY(!answer.result->ok());
        QCOMPARE(answer.result->error().httpStatus, 401);
        QVERIFY(!answer.result->error().outcomeUnknown());
    }

    void serverError500_isReportedAsUnknownOutcome()
    {
        SandboxProcess failing;
        QVERIFY_STARTED(failing, {QStringLiteral("--error-share"), QStringLiteral("1"),
                                  QStringLiteral("--error-codes"), QStringLiteral("500")});
        ApiClient client;
        pointAt(client, failing.baseUrl());
        AccessySession session(&client);
        session.setCredentials(
            {SandboxProcess::defaultClientId(), SandboxProcess::defaultClientSecret(), {}});
        Answer<QList<Invitation>> answer;
        session.createInvitations({QStringLiteral("hi"), {QStringLiteral("+46701234567")}, {}},
                                  this, answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), 10000);
        QVERIFY(!answer.result->ok());
        QCOMPARE(answer.result->error().httpStatus, 500);
        QVERIFY(answer.result->error().outcomeUnknown());
        QVERIFY(answer.result->error().userMessage().contains(QStringLiteral("500")));
    }

    void droppedAfterCreate_isNeverResentByQt_andIsAnUnknownOutcome()
    {
        // Qt resends a request by itself when the connection closes before the answer starts,
        // if it can rewind the body: that would text people twice. It must not happen.
        SandboxProcess dropping;
        QVERIFY_STARTED(dropping,
                        {QStringLiteral("--drop-after-create-share"), QStringLiteral("1")});
        ApiClient client;
        pointAt(client, dropping.baseUrl());
        AccessySession session(&client);
        session.setCredentials(
            {SandboxProcess::defaultClientId(), SandboxProcess::defaultClientSecret(), {}});
        for (int attempt = 0; attempt < 3; ++attempt) { // fresh and reused connections alike
            const QString number = QStringLiteral("+4670555000%1").arg(attempt);
            Answer<QList<Invitation>> answer;
            session.createInvitations({QStringLiteral("hi"), {number}, {}}, this,
                                      answer.callback());
            QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), 10000);
            QVERIFY(!answer.result->ok());
            QVERIFY2(answer.result->error().outcomeUnknown(),
                     qPrintable(answer.result->error().userMessage()));
            const QJsonObject state = dropping.state();
            QCOMPARE(state.value(QStringLiteral("invitationsPerMsisdn"))
                         .toObject()
                         .value(number)
                         .toInt(),
                     1);
        }
    }

    void refusedConnection_saysNothingAnswers()
    {
        QTcpServer probe; // find a port, then free it so nothing listens there
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ApiClient client;
        ApiClientSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        client.setSettings(settings);
        Answer<SessionToken> answer;
        client.requestToken(QStringLiteral("a"), QStringLiteral("b"), this, answer.callback());
        QTRY_VERIFY(answer.result.has_value());
        QVERIFY(!answer.result->ok());
        const ApiError &e = answer.result->error();
        QCOMPARE(e.kind, ApiError::Kind::Network);
        QCOMPARE(e.networkError, QNetworkReply::ConnectionRefusedError);
        QVERIFY(!e.outcomeUnknown());
        QVERIFY2(e.userMessage().contains(QStringLiteral("Check the API URL")),
                 qPrintable(e.userMessage()));
    }

    void slowReply_timesOutWithClearMessage()
    {
        SandboxProcess slow;
        QVERIFY_STARTED(slow, {QStringLiteral("--latency-ms"), QStringLiteral("5000")});
        ApiClient client;
        ApiClientSettings settings;
        settings.baseUrl = slow.baseUrl();
        settings.transferTimeoutMs = 300;
        client.setSettings(settings);
        Answer<SessionToken> answer;
        client.requestToken(SandboxProcess::defaultClientId(),
                            SandboxProcess::defaultClientSecret(), this, answer.callback());
        // Had the client waited for the 5 s answer it would have a token, not a timeout.
        QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), 20000);
        QVERIFY(!answer.result->ok());
        QCOMPARE(answer.result->error().kind, ApiError::Kind::Timeout);
        QVERIFY(answer.result->error().outcomeUnknown()); // the request did leave
        QVERIFY(answer.result->error().userMessage().contains(
            QStringLiteral("did not answer in time")));
    }

    void oversizedReply_isCutOff()
    {
        const QString t = token();
        const QString org = organization(t);
        ApiClient small;
        ApiClientSettings settings = m_client.settings();
        settings.maxReplyBytes = 64; // the list already holds more than this
        small.setSettings(settings);
        Answer<QList<Invitation>> answer;
        small.listInvitations(t, org, this, answer.callback());
        QTRY_VERIFY(answer.result.has_value());
        QVERIFY(!answer.result->ok());
        QCOMPARE(answer.result->error().kind, ApiError::Kind::TooLarge);
    }

    void session_expiredToken_getsNewTokenAndRetriesOnce()
    {
        AccessySession session(&m_client);
        session.setCredentials(
            {SandboxProcess::defaultClientId(), SandboxProcess::defaultClientSecret(), {}});
        Answer<Membership> signedIn;
        session.signIn(this, signedIn.callback());
        QTRY_VERIFY(signedIn.result.has_value());
        QVERIFY(signedIn.result->ok());

        QUrl expire = m_sandbox.baseUrl();
        expire.setPath(QStringLiteral("/_sandbox/expire-tokens"));
        post(expire);

        Answer<QList<Invitation>> answer;
        session.createInvitations({QStringLiteral("hi"), {QStringLiteral("+46701234599")}, {}},
                                  this, answer.callback());
        QTRY_VERIFY(answer.result.has_value());
        QVERIFY2(answer.result->ok(), qPrintable(answer.result->error().userMessage()));
        QCOMPARE(answer.result->value().size(), 1);
    }

    void session_incompleteCredentials_saysWhatIsMissing()
    {
        AccessySession session(&m_client);
        Answer<Membership> answer;
        session.signIn(this, answer.callback());
        QTRY_VERIFY(answer.result.has_value());
        QVERIFY(!answer.result->ok());
        QVERIFY(answer.result->error().userMessage().contains(QStringLiteral("client ID")));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
