#include "accessy/jsonmapping.h"

#include "testtable.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace accessy;

class TestJsonMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedAnswer_mapsEveryDocumentedField()
    {
        QFile file(QStringLiteral(INVITE_TEST_DATA "/accessy/seed-invitation-answer.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto result = json::parseInvitations(file.readAll(), QStringLiteral("send"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().size(), 1);
        const Invitation &inv = result.value().first();
        QCOMPARE(inv.id, QStringLiteral("9d08f2db-3e06-40af-8f02-9c957e76e6af"));
        QCOMPARE(inv.organization.id, QStringLiteral("679716c6-426a-4752-9562-0e0e4d4e4c47"));
        QCOMPARE(inv.organization.name, QStringLiteral("My Organisation"));
        QCOMPARE(inv.organization.orgNumber, QStringLiteral("357363563"));
        QCOMPARE(inv.organization.vatNumber, QStringLiteral("2525253"));
        QCOMPARE(inv.recipientMsisdn, QStringLiteral("+46123123456"));
        QCOMPARE(inv.invitationMessage, QStringLiteral("hey handsome, join us"));
        QCOMPARE(inv.status, QStringLiteral("PENDING"));
        QCOMPARE(inv.senderName, QStringLiteral("Application Example Application Credentials"));
        QCOMPARE(inv.createdAt, QDateTime(QDate(2020, 11, 9), QTime(11, 55, 28, 804), Qt::UTC));
        QCOMPARE(inv.createdAtText, QStringLiteral("2020-11-09T11:55:28.804Z"));
        QVERIFY(inv.createdByApplication);
    }

    void invitations_unknownStatusKeptVerbatim_extraFieldsIgnored()
    {
        const QByteArray body = R"([{"id":"a","status":"EXPIRED_SOMEHOW","extra":{"x":1},
            "recipientMsisdn":"+46701234567"}])";
        const auto result = json::parseInvitations(body, QStringLiteral("list"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().first().status, QStringLiteral("EXPIRED_SOMEHOW"));
        QVERIFY(!result.value().first().createdAt.isValid());
        QCOMPARE(result.value().first().organization.name, QString());
    }

    void invitations_missingIdIsAnError()
    {
        const auto result =
            json::parseInvitations(R"([{"status":"PENDING"}])", QStringLiteral("list"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::BadAnswer);
        QVERIFY(result.error().userMessage().contains(QStringLiteral("no id")));
    }

    void invitations_nonJsonBody_reportsWhatArrived()
    {
        const auto result =
            json::parseInvitations("<html>Bad gateway</html>", QStringLiteral("send invitations"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::BadAnswer);
        const QString message = result.error().userMessage();
        QVERIFY2(message.contains(QStringLiteral("not JSON")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Bad gateway")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("send invitations")));
    }

    void invitations_objectInsteadOfArray_isAnError()
    {
        const auto result = json::parseInvitations(R"({"id":"x"})", QStringLiteral("list"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::BadAnswer);
    }

    void invitations_emptyBody_saysEmpty()
    {
        const auto result = json::parseInvitations("  ", QStringLiteral("list"));
        QVERIFY(!result.ok());
        QVERIFY(result.error().userMessage().contains(QStringLiteral("empty")));
    }

    void membership_data()
    {
        addColumns<QByteArray, bool, QString, bool>("body", "ok", "organizationId",
                                                    "administrator");
        QTest::newRow("object") << QByteArray(R"({"id":"m","userId":"u","organizationId":"o1",
            "roles":["ORGANIZATION_ADMINISTRATOR","USER"]})")
                                << true << "o1" << true;
        QTest::newRow("array") << QByteArray(R"([{"id":"m","organizationId":"o2","roles":["USER"]},
            {"organizationId":"o3"}])")
                               << true << "o2" << false;
        QTest::newRow("extra fields")
            << QByteArray(R"([{"organizationId":"o4","new":[1,2]}])") << true << "o4" << false;
        QTest::newRow("empty array") << QByteArray("[]") << false << "" << false;
        QTest::newRow("no organizationId") << QByteArray(R"({"id":"m"})") << false << "" << false;
        QTest::newRow("not json") << QByteArray("Service Unavailable") << false << "" << false;
        QTest::newRow("number") << QByteArray("42") << false << "" << false;
        QTest::newRow("array of strings") << QByteArray(R"(["o1"])") << false << "" << false;
    }

    void membership()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, organizationId);
        QFETCH(bool, administrator);
        const auto result = json::parseMembership(body);
        QCOMPARE(result.ok(), ok);
        if (ok) {
            QCOMPARE(result.value().organizationId, organizationId);
            QCOMPARE(result.value().isAdministrator(), administrator);
        } else {
            QVERIFY(!result.error().userMessage().isEmpty());
        }
    }

    void membership_emptyArray_saysNoOrganization()
    {
        const auto result = json::parseMembership("[]");
        QVERIFY(!result.ok());
        QVERIFY(result.error().userMessage().contains(QStringLiteral("no organization")));
    }

    void token_data()
    {
        addColumns<QByteArray, bool, qint64>("body", "ok", "expiresInMs");
        QTest::newRow("string ms") << QByteArray(R"({"access_token":"t","token_type":"Bearer",
            "expires_in":"604800000"})")
                                   << true << qint64(604800000);
        QTest::newRow("number ms") << QByteArray(R"({"access_token":"t","expires_in":3600000})")
                                   << true << qint64(3600000);
        QTest::newRow("missing expiry")
            << QByteArray(R"({"access_token":"t"})") << true << qint64(-1);
        QTest::newRow("garbage expiry")
            << QByteArray(R"({"access_token":"t","expires_in":"soon"})") << true << qint64(-1);
        QTest::newRow("no token") << QByteArray(R"({"token_type":"Bearer"})") << false << qint64(0);
        QTest::newRow("not json") << QByteArray("oops") << false << qint64(0);
        QTest::newRow("array") << QByteArray("[]") << false << qint64(0);
    }

    void token()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(qint64, expiresInMs);
        const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        const auto result = json::parseToken(body, now);
        QCOMPARE(result.ok(), ok);
        if (!ok)
            return;
        QCOMPARE(result.value().accessToken, QStringLiteral("t"));
        QCOMPARE(result.value().expiresInMs, expiresInMs);
        if (expiresInMs >= 0)
            QCOMPARE(result.value().expiresAt(), now.addMSecs(expiresInMs));
        else
            QVERIFY(!result.value().expiresAt().isValid());
    }

    void token_errorNeverEchoesTheBody()
    {
        // A body without access_token may still hold secrets: the message must not repeat it.
        const auto result = json::parseToken(R"({"refresh_token":"SECRET-XYZ"})", QDateTime());
        QVERIFY(!result.ok());
        QVERIFY(!result.error().userMessage().contains(QStringLiteral("SECRET-XYZ")));
    }

    void createBody_hasDocumentedShape()
    {
        CreateInvitationsRequest request;
        request.message = QStringLiteral("Välkommen");
        request.msisdns = {QStringLiteral("+46701234567"), QStringLiteral("+4790000000")};
        QJsonObject o = QJsonDocument::fromJson(json::createInvitationsBody(request)).object();
        QCOMPARE(o.value(QStringLiteral("message")).toString(), QStringLiteral("Välkommen"));
        QCOMPARE(o.value(QStringLiteral("msisdns")).toArray().size(), 2);
        QVERIFY(!o.contains(QStringLiteral("accessPermissionGroupIds")));
        request.accessPermissionGroupIds = {QStringLiteral("554cc339-9b73-4fe2-942c-ef1841ccad43")};
        o = QJsonDocument::fromJson(json::createInvitationsBody(request)).object();
        QCOMPARE(o.value(QStringLiteral("accessPermissionGroupIds")).toArray().first().toString(),
                 QStringLiteral("554cc339-9b73-4fe2-942c-ef1841ccad43"));
    }

    void tokenBody_hasDocumentedShape()
    {
        const QJsonObject o = QJsonDocument::fromJson(
                                  json::tokenRequestBody(QStringLiteral("id"), QStringLiteral("s"),
                                                         QStringLiteral("https://api.accessy.se")))
                                  .object();
        QCOMPARE(o.value(QStringLiteral("grant_type")).toString(),
                 QStringLiteral("client_credentials"));
        QCOMPARE(o.value(QStringLiteral("client_id")).toString(), QStringLiteral("id"));
        QCOMPARE(o.value(QStringLiteral("client_secret")).toString(), QStringLiteral("s"));
        QCOMPARE(o.value(QStringLiteral("audience")).toString(),
                 QStringLiteral("https://api.accessy.se"));
    }

    void apiError_messages_data()
    {
        addColumns<int, QString, QString>("status", "body", "expected");
        QTest::newRow("401") << 401 << ""
                             << "client ID and secret";
        QTest::newRow("403") << 403 << ""
                             << "administrator role";
        QTest::newRow("429") << 429 << ""
                             << "slow down";
        QTest::newRow("500") << 500 << ""
                             << "try again in a few minutes";
        QTest::newRow("400 with json message")
            << 400 << R"({"status":400,"message":"Invalid msisdn: +4612"})"
            << "Invalid msisdn: +4612";
        QTest::newRow("502 html") << 502 << "<h1>Bad Gateway</h1>"
                                  << "Bad Gateway";
    }

    void apiError_messages()
    {
        QFETCH(int, status);
        QFETCH(QString, body);
        QFETCH(QString, expected);
        ApiError e;
        e.kind = ApiError::Kind::Http;
        e.operation = QStringLiteral("send invitations");
        e.httpStatus = status;
        e.serverText = summarizeBody(body.toUtf8());
        const QString message = e.userMessage();
        QVERIFY2(message.contains(expected, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY(message.contains(QString::number(status)));
        QCOMPARE(e.outcomeUnknown(), status >= 500);
    }

    void summarizeBody_trimsAndShortens()
    {
        QCOMPARE(summarizeBody("  a \n b  "), QStringLiteral("a b"));
        const QString long_ = summarizeBody(QByteArray(1000, 'x'), 50);
        QCOMPARE(long_.size(), 51);
        QVERIFY(long_.endsWith(QChar(0x2026)));
    }
};

QTEST_GUILESS_MAIN(TestJsonMapping)
#include "tst_jsonmapping.moc"
