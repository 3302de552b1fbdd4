// The Accessy look-alike endpoints of accessy-sandbox, over real loopback HTTP.
#include "sandboxtestsupport.h"

#include "testtable.h"
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace SandboxTest;

namespace {

const QRegularExpression uuidV4(
    QStringLiteral("\\A[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\\z"));
const QRegularExpression
    isoWithMs(QStringLiteral("\\A\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\\z"));

} // namespace

class TstSandboxApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void token_goodCredentials_answersBearerWithStringMilliseconds();
    void token_refused_data();
    void token_refused();
    void token_expiresAfterConfiguredLifetime();

    void membership_isArrayWithOrganizationAndRoles();
    void membership_withoutToken_is401();
    void options_credentialsAndOrganization_areUsed();

    void create_seedRequest_answersDocumentedShape();
    void create_severalNumbers_oneElementEachInOrder();
    void create_refused_data();
    void create_refused();
    void create_oneInvalidNumberInBatch_createsNothing();
    void create_withoutJsonContentType_is415();

    void list_showsEveryCreatedInvitationOnceInOrder();
    void list_unknownOrganization_is404();

    void wrongMethod_answers405WithAllow();
    void unknownPath_answers404Json();

    void latency_delaysEachAnswerWithoutSerialising();

private:
    SandboxRun m_run;
    QUrl base() const { return m_run.sandbox->baseUrl(); }
    QUrl tokenUrl() const { return base().resolved(QUrl(QStringLiteral("/auth/oauth/token"))); }
    // Asks for a token with the default credentials as JSON.
    HttpResult postToken()
    {
        return m_run.http->call("POST", tokenUrl(), {{"Content-Type", "application/json"}},
                                tokenBody());
    }
    // Starts the sandbox again, quiet, with `options`.
    bool restartWith(const QStringList &options)
    {
        m_run.sandbox->stop();
        return m_run.sandbox->start(QStringList{QStringLiteral("--quiet")} + options);
    }
};

void TstSandboxApi::init()
{
    QVERIFY_STARTED(m_run, {}, SandboxRun::NoToken);
}

void TstSandboxApi::cleanup()
{
    const QByteArray report = m_run.stop();
    QVERIFY2(report.isEmpty(), report.constData());
}

void TstSandboxApi::token_goodCredentials_answersBearerWithStringMilliseconds()
{
    const HttpResult result = postToken();
    QCOMPARE(result.status, 200);
    const QJsonObject object = result.json().object();
    QVERIFY(object.value(QStringLiteral("access_token")).isString());
    QVERIFY(object.value(QStringLiteral("access_token")).toString().size() >= 20);
    QCOMPARE(object.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    // A string holding milliseconds (7 days), exactly like Accessy.
    QVERIFY(object.value(QStringLiteral("expires_in")).isString());
    QCOMPARE(object.value(QStringLiteral("expires_in")).toString(), QStringLiteral("604800000"));
    // Two requests, two different tokens.
    QVERIFY(fetchToken(*m_run.http, base()) !=
            object.value(QStringLiteral("access_token")).toString().toLatin1());
}

void TstSandboxApi::token_refused_data()
{
    addColumns<QByteArray, QByteArray, int>("contentType", "body", "status");
    const QByteArray json = "application/json";
    QTest::newRow("wrong secret") << json
                                  << tokenBody(SandboxProcess::defaultClientId(),
                                               QStringLiteral("nope"))
                                  << 401;
    QTest::newRow("wrong id") << json
                              << tokenBody(QStringLiteral("someone"),
                                           SandboxProcess::defaultClientSecret())
                              << 401;
    QTest::newRow("not json") << json << QByteArray("client_id=practice-client&client_secret=x")
                              << 400;
    QTest::newRow("json array") << json << QByteArray("[]") << 400;
    QTest::newRow("empty body") << json << QByteArray() << 400;
    QTest::newRow("other grant") << json
                                 << QByteArray(
                                        R"({"grant_type":"password","client_id":"practice-client",)"
                                        R"("client_secret":"practice-secret"})")
                                 << 400;
    QTest::newRow("form content type")
        << QByteArray("application/x-www-form-urlencoded") << tokenBody() << 415;
    QTest::newRow("text content type") << QByteArray("text/plain") << tokenBody() << 415;
}

void TstSandboxApi::token_refused()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const HttpResult result =
        m_run.http->call("POST", tokenUrl(), {{"Content-Type", contentType}}, body);
    QCOMPARE(result.status, status);
    const QJsonObject error = result.json().object();
    QCOMPARE(error.value(QStringLiteral("status")).toInt(), status);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(!error.contains(QStringLiteral("access_token")));
}

void TstSandboxApi::token_expiresAfterConfiguredLifetime()
{
    QVERIFY(restartWith({QStringLiteral("--token-lifetime-ms"), QStringLiteral("400")}));
    const HttpResult tokenResult = postToken();
    QCOMPARE(tokenResult.json().object().value(QStringLiteral("expires_in")).toString(),
             QStringLiteral("400"));
    const QByteArray token =
        tokenResult.json().object().value(QStringLiteral("access_token")).toString().toLatin1();
    QCOMPARE(postInvitations(*m_run.http, base(), token, {QStringLiteral("+46701234567")}).status,
             200);
    // Valid until its lifetime runs out, then refused (asked with a listing, which changes
    // nothing).
    const QUrl list = invitationUrl(base());
    QTRY_COMPARE_WITH_TIMEOUT(
        m_run.http->call("GET", list, {{"Authorization", "Bearer " + token}}).status, 401, 10000);
    const HttpResult late =
        postInvitations(*m_run.http, base(), token, {QStringLiteral("+46701234568")});
    QCOMPARE(late.status, 401);
    QCOMPARE(late.json().object().value(QStringLiteral("status")).toInt(), 401);
}

void TstSandboxApi::membership_isArrayWithOrganizationAndRoles()
{
    const QString orgId = QStringLiteral("11111111-2222-4333-8444-555555555555");
    QVERIFY(restartWith({QStringLiteral("--org-id"), orgId, QStringLiteral("--roles"),
                         QStringLiteral("ORGANIZATION_ADMINISTRATOR,USER")}));
    const QByteArray token = fetchToken(*m_run.http, base());
    const HttpResult result = m_run.http->call(
        "GET", base().resolved(QUrl(QStringLiteral("/asset/user/organization-membership"))),
        {{"Authorization", "Bearer " + token}});
    QCOMPARE(result.status, 200);
    QVERIFY(result.json().isArray());
    const QJsonArray array = result.json().array();
    QCOMPARE(array.size(), 1);
    const QJsonObject membership = array.first().toObject();
    QCOMPARE(membership.value(QStringLiteral("organizationId")).toString(), orgId);
    QVERIFY(uuidV4.match(membership.value(QStringLiteral("id")).toString()).hasMatch());
    QVERIFY(uuidV4.match(membership.value(QStringLiteral("userId")).toString()).hasMatch());
    QCOMPARE(membership.value(QStringLiteral("roles")).toArray(),
             (QJsonArray{QStringLiteral("ORGANIZATION_ADMINISTRATOR"), QStringLiteral("USER")}));
}

void TstSandboxApi::membership_withoutToken_is401()
{
    const QUrl url = base().resolved(QUrl(QStringLiteral("/asset/user/organization-membership")));
    QCOMPARE(m_run.http->call("GET", url).status, 401);
    QCOMPARE(m_run.http->call("GET", url, {{"Authorization", "Bearer sbx.forged"}}).status, 401);
}

void TstSandboxApi::options_credentialsAndOrganization_areUsed()
{
    const QString orgId = QStringLiteral("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee");
    const QString orgName = QStringLiteral("Göteborgs Makerspace — Ö");
    QVERIFY(
        restartWith({QStringLiteral("--client-id"), QStringLiteral("my-app"),
                     QStringLiteral("--client-secret"), QStringLiteral("my-secret"),
                     QStringLiteral("--org-id"), orgId, QStringLiteral("--org-name"), orgName}));
    const HeaderList json{{"Content-Type", "application/json"}};
    // The default credentials are refused.
    QCOMPARE(m_run.http->call("POST", tokenUrl(), json, tokenBody()).status, 401);
    const HttpResult tokenResult = m_run.http->call(
        "POST", tokenUrl(), json, tokenBody(QStringLiteral("my-app"), QStringLiteral("my-secret")));
    QCOMPARE(tokenResult.status, 200);
    const QByteArray token =
        tokenResult.json().object().value(QStringLiteral("access_token")).toString().toLatin1();

    QCOMPARE(postInvitations(*m_run.http, base(), token, {QStringLiteral("+46701234567")}).status,
             404); // the default organization is not this one
    const HttpResult created = m_run.http->call(
        "POST", invitationUrl(base(), orgId), invitationHeaders(token),
        invitationBody({QStringLiteral("+46701234567")}, QStringLiteral("Välkommen! 🎉")));
    QCOMPARE(created.status, 200);
    const QJsonObject invitation = created.json().array().at(0).toObject();
    const QJsonObject organization = invitation.value(QStringLiteral("organization")).toObject();
    QCOMPARE(organization.value(QStringLiteral("id")).toString(), orgId);
    QCOMPARE(organization.value(QStringLiteral("name")).toString(), orgName);
    QCOMPARE(invitation.value(QStringLiteral("invitationMessage")).toString(),
             QStringLiteral("Välkommen! 🎉"));
}

void TstSandboxApi::create_seedRequest_answersDocumentedShape()
{
    const QByteArray token = fetchToken(*m_run.http, base());
    QVERIFY(!token.isEmpty());
    // Headers and body byte for byte as in Accessy's curl example (seed 000).
    const QByteArray body = "{\n\"message\": \"hey handsome, join us\",\n"
                            "\"msisdns\": [\"+46123123456\"]\n}";
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const HttpResult result = m_run.http->call("POST", invitationUrl(base()),
                                               {{"Authorization", "Bearer " + token},
                                                {"Content-Type", "application/json"},
                                                {"Accept", "application/vnd.axessions.v2+json"}},
                                               body);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(result.status, 200);
    QVERIFY(result.json().isArray());
    const QJsonArray array = result.json().array();
    QCOMPARE(array.size(), 1);
    const QJsonObject invitation = array.first().toObject();

    QVERIFY(uuidV4.match(invitation.value(QStringLiteral("id")).toString()).hasMatch());
    QCOMPARE(invitation.value(QStringLiteral("recipientMsisdn")).toString(),
             QStringLiteral("+46123123456"));
    QCOMPARE(invitation.value(QStringLiteral("invitationMessage")).toString(),
             QStringLiteral("hey handsome, join us"));
    QCOMPARE(invitation.value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
    QVERIFY(invitation.value(QStringLiteral("senderName")).isString());
    QVERIFY(!invitation.value(QStringLiteral("senderName")).toString().isEmpty());
    QVERIFY(invitation.value(QStringLiteral("createdByApplication")).isBool());
    QCOMPARE(invitation.value(QStringLiteral("createdByApplication")).toBool(), true);

    const QString createdText = invitation.value(QStringLiteral("createdAt")).toString();
    QVERIFY2(isoWithMs.match(createdText).hasMatch(), qPrintable(createdText));
    const QDateTime created = QDateTime::fromString(createdText, Qt::ISODateWithMs);
    QVERIFY(created.isValid());
    QCOMPARE(created.timeSpec(), Qt::UTC);
    QVERIFY(created >= before.addMSecs(-1000) && created <= after.addMSecs(1000));

    const QJsonObject organization = invitation.value(QStringLiteral("organization")).toObject();
    QCOMPARE(organization.value(QStringLiteral("id")).toString(), defaultOrgId());
    QCOMPARE(organization.value(QStringLiteral("name")).toString(),
             QStringLiteral("Practice Organization"));
    for (const char *key : {"orgNumber", "vatNumber", "domainDataEndpoint", "phoneNumber"})
        QVERIFY2(organization.value(QLatin1String(key)).isString(), key);
    QVERIFY(organization.value(QStringLiteral("membershipRequestsEnabled")).isBool());
    const QJsonObject address = organization.value(QStringLiteral("billingAddress")).toObject();
    QVERIFY(uuidV4.match(address.value(QStringLiteral("id")).toString()).hasMatch());
    for (const char *key :
         {"contact", "apartmentOrSuite", "street", "zip", "city", "province", "country"})
        QVERIFY2(address.value(QLatin1String(key)).isString(), key);
    QCOMPARE(invitation.keys().size(), 8);
    QCOMPARE(organization.keys().size(), 8);
    QCOMPARE(address.keys().size(), 8);
}

void TstSandboxApi::create_severalNumbers_oneElementEachInOrder()
{
    const QByteArray token = fetchToken(*m_run.http, base());
    const QStringList numbers{QStringLiteral("+46701234567"), QStringLiteral("+4712345678"),
                              QStringLiteral("+46701234567")};
    const HttpResult result = postInvitations(*m_run.http, base(), token, numbers);
    QCOMPARE(result.status, 200);
    const QJsonArray array = result.json().array();
    QCOMPARE(array.size(), 3);
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject invitation = array.at(i).toObject();
        QCOMPARE(invitation.value(QStringLiteral("recipientMsisdn")).toString(), numbers.at(i));
        ids.insert(invitation.value(QStringLiteral("id")).toString());
    }
    QCOMPARE(ids.size(), 3);
    // A number invited twice in one request gets two invitations: the ground truth says so.
    const QJsonObject perMsisdn =
        state(*m_run.http, base()).value(QStringLiteral("invitationsPerMsisdn")).toObject();
    QCOMPARE(perMsisdn.value(QStringLiteral("+46701234567")).toInt(), 2);
    QCOMPARE(perMsisdn.value(QStringLiteral("+4712345678")).toInt(), 1);
}

void TstSandboxApi::create_refused_data()
{
    addColumns<QString, QByteArray, QByteArray, QByteArray, int, QString>(
        "orgId", "authorization", "accept", "body", "status", "messagePart");

    const QByteArray good = invitationBody({QStringLiteral("+46701234567")});
    const QByteArray v2 = "application/vnd.axessions.v2+json";
    const QString org = defaultOrgId();
    // "TOKEN" is replaced by a valid token.
    QTest::newRow("no Accept") << org << QByteArray("TOKEN") << QByteArray() << good << 406
                               << QStringLiteral("vnd.axessions.v2+json");
    QTest::newRow("v1 Accept") << org << QByteArray("TOKEN")
                               << QByteArray("application/vnd.axessions.v1+json") << good << 406
                               << QStringLiteral("version 2");
    QTest::newRow("no token") << org << QByteArray() << v2 << good << 401 << QString();
    QTest::newRow("forged token") << org << QByteArray("Bearer sbx.forged") << v2 << good << 401
                                  << QStringLiteral("token");
    QTest::newRow("not bearer") << org << QByteArray("Basic cHJhY3RpY2U=") << v2 << good << 401
                                << QString();
    QTest::newRow("other org") << QStringLiteral("00000000-0000-4000-8000-000000000000")
                               << QByteArray("TOKEN") << v2 << good << 404
                               << QStringLiteral("Organization");
    const auto bad = [&](const char *name, const QByteArray &body, const QString &part) {
        QTest::newRow(name) << org << QByteArray("TOKEN") << v2 << body << 400 << part;
    };
    // A batch of the one number, refused with a message naming it.
    const auto badNumber = [&](const char *name, const char *number) {
        bad(name, invitationBody({QString::fromUtf8(number)}),
            QStringLiteral("Invalid msisdn: ") + QString::fromUtf8(number));
    };
    badNumber("national number", "0701234567");
    badNumber("no plus", "46701234567");
    badNumber("plus zero", "+0701234567");
    badNumber("too short", "+46701");
    badNumber("too long", "+4670123456789012");
    badNumber("spaces", "+46 70 123 45 67");
    bad("empty msisdns", invitationBody({}), QStringLiteral("msisdns"));
    bad("msisdns not array", R"({"message":"hi","msisdns":"+46701234567"})",
        QStringLiteral("msisdns"));
    bad("number not string", R"({"message":"hi","msisdns":[46701234567]})",
        QStringLiteral("msisdns"));
    bad("no message", R"({"msisdns":["+46701234567"]})", QStringLiteral("message"));
    bad("not json", "message=hi", QStringLiteral("JSON"));
    bad("groups not strings",
        R"({"message":"hi","msisdns":["+46701234567"],"accessPermissionGroupIds":[1]})",
        QStringLiteral("accessPermissionGroupIds"));
}

void TstSandboxApi::create_refused()
{
    QFETCH(QString, orgId);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, accept);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, messagePart);

    if (authorization == "TOKEN")
        authorization = "Bearer " + fetchToken(*m_run.http, base());
    HeaderList headers{{"Content-Type", "application/json"}};
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    if (!accept.isEmpty())
        headers.append({"Accept", accept});
    const HttpResult result = m_run.http->call("POST", invitationUrl(base(), orgId), headers, body);
    QCOMPARE(result.status, status);
    QVERIFY2(result.json().isObject(), result.body.constData());
    const QJsonObject error = result.json().object();
    QCOMPARE(error.value(QStringLiteral("status")).toInt(), status);
    QVERIFY(!error.value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY2(error.value(QStringLiteral("message")).toString().contains(messagePart),
             qPrintable(error.value(QStringLiteral("message")).toString()));
    QCOMPARE(state(*m_run.http, base()).value(QStringLiteral("invitationCount")).toInt(), 0);
}

void TstSandboxApi::create_oneInvalidNumberInBatch_createsNothing()
{
    const QByteArray token = fetchToken(*m_run.http, base());
    const HttpResult result =
        postInvitations(*m_run.http, base(), token,
                        {QStringLiteral("+46701234567"), QStringLiteral("070-123 45 67"),
                         QStringLiteral("+46701234568")});
    QCOMPARE(result.status, 400);
    QCOMPARE(errorMessage(result), QStringLiteral("Invalid msisdn: 070-123 45 67"));
    const HttpResult list =
        m_run.http->call("GET", invitationUrl(base()), {{"Authorization", "Bearer " + token}});
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().array().size(), 0);
    QVERIFY(state(*m_run.http, base())
                .value(QStringLiteral("invitationsPerMsisdn"))
                .toObject()
                .isEmpty());
}

void TstSandboxApi::create_withoutJsonContentType_is415()
{
    const QByteArray token = fetchToken(*m_run.http, base());
    const HttpResult result =
        m_run.http->call("POST", invitationUrl(base()),
                         {{"Authorization", "Bearer " + token},
                          {"Content-Type", "application/x-www-form-urlencoded"},
                          {"Accept", "application/vnd.axessions.v2+json"}},
                         invitationBody({QStringLiteral("+46701234567")}));
    QCOMPARE(result.status, 415);
    QVERIFY(errorMessage(result).contains(QStringLiteral("application/json")));
    const QJsonObject truth = state(*m_run.http, base());
    QCOMPARE(truth.value(QStringLiteral("answered415")).toInt(), 1);
    QCOMPARE(truth.value(QStringLiteral("invitationCount")).toInt(), 0);
}

void TstSandboxApi::list_showsEveryCreatedInvitationOnceInOrder()
{
    const QByteArray token = fetchToken(*m_run.http, base());
    QStringList createdIds;
    for (const QStringList &batch :
         {QStringList{QStringLiteral("+46701111111"), QStringLiteral("+46702222222")},
          QStringList{QStringLiteral("+46703333333")},
          QStringList{QStringLiteral("+46701111111")}}) {
        const HttpResult result = postInvitations(*m_run.http, base(), token, batch);
        QCOMPARE(result.status, 200);
        for (const QJsonValue &value : result.json().array())
            createdIds.append(value.toObject().value(QStringLiteral("id")).toString());
    }
    const HttpResult list =
        m_run.http->call("GET", invitationUrl(base()), {{"Authorization", "Bearer " + token}});
    QCOMPARE(list.status, 200);
    QStringList listedIds;
    for (const QJsonValue &value : list.json().array()) {
        const QJsonObject invitation = value.toObject();
        listedIds.append(invitation.value(QStringLiteral("id")).toString());
        QCOMPARE(invitation.value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
        QVERIFY(invitation.contains(QStringLiteral("organization")));
    }
    QCOMPARE(listedIds, createdIds);
    QCOMPARE(createdIds.size(), 4);
}

void TstSandboxApi::list_unknownOrganization_is404()
{
    const QByteArray token = fetchToken(*m_run.http, base());
    const HttpResult result =
        m_run.http->call("GET", invitationUrl(base(), QStringLiteral("not-our-org")),
                         {{"Authorization", "Bearer " + token}});
    QCOMPARE(result.status, 404);
    QCOMPARE(m_run.http->call("GET", invitationUrl(base())).status, 401);
}

void TstSandboxApi::wrongMethod_answers405WithAllow()
{
    const HttpResult result = m_run.http->call("DELETE", invitationUrl(base()));
    QCOMPARE(result.status, 405);
    QVERIFY(result.header("Allow").contains("POST"));
    QVERIFY(result.header("Allow").contains("GET"));
    QCOMPARE(result.json().object().value(QStringLiteral("status")).toInt(), 405);
}

void TstSandboxApi::unknownPath_answers404Json()
{
    const HttpResult result =
        m_run.http->call("GET", base().resolved(QUrl(QStringLiteral("/no/such/endpoint"))));
    QCOMPARE(result.status, 404);
    QCOMPARE(result.json().object().value(QStringLiteral("path")).toString(),
             QStringLiteral("/no/such/endpoint"));
}

void TstSandboxApi::latency_delaysEachAnswerWithoutSerialising()
{
    QVERIFY(restartWith({QStringLiteral("--latency-ms"), QStringLiteral("500")}));
    const HttpResult one = postToken();
    QCOMPARE(one.status, 200);
    QVERIFY2(one.elapsedMs >= 500, qPrintable(QString::number(one.elapsedMs)));

    // A request held back by a long latency does not hold up the others: order, not clock.
    // The latency is fixed when a request arrives, so a second request sent after the latency
    // is set to 0 overtakes the first one when (and only when) answers are not serialised.
    const QUrl faults = base().resolved(QUrl(QStringLiteral("/_sandbox/faults")));
    QCOMPARE(control(*m_run.http, base(), QStringLiteral("/_sandbox/faults"),
                     {{QStringLiteral("latencyMs"), 60000}})
                 .status,
             200);
    QNetworkReply *held = m_run.http->start(
        "POST", tokenUrl(), {{"Content-Type", "application/json"}}, tokenBody(), 120000);
    // The sandbox has the held request (the control API is never delayed, or this would hang).
    QTRY_COMPARE_WITH_TIMEOUT(
        state(*m_run.http, base()).value(QStringLiteral("tokenRequests")).toInt(), 2, 10000);
    QVERIFY(!held->isFinished());
    QCOMPARE(m_run.http->call("GET", faults).status, 200);
    QVERIFY(!held->isFinished());
    QCOMPARE(control(*m_run.http, base(), QStringLiteral("/_sandbox/faults"), {}).status, 200);
    const HttpResult overtaking = m_run.http->call(
        "GET", base().resolved(QUrl(QStringLiteral("/asset/user/organization-membership"))));
    QCOMPARE(overtaking.status, 401);
    QVERIFY(!held->isFinished()); // still waiting for its minute: the later one came first
    held->abort();
    m_run.http->finish(held);
}

QTEST_GUILESS_MAIN(TstSandboxApi)
#include "tst_sandboxapi.moc"
