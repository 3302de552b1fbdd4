// Access permission groups (paged like Accessy, with one-shot walk faults) and HTTPS/WSS.
#include "sandboxtestsupport.h"
#include "stomptestclient.h"

#include "testtable.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace SandboxTest;

class TstSandboxGroups final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void defaultGroups_pageHasDocumentedShape();
    void groupIds_areStableAcrossRuns();
    void pages_coverEveryGroupOnce_data();
    void pages_coverEveryGroupOnce();
    void pageSize_isCappedAt250();
    void badPaging_is400_data();
    void badPaging_is400();
    void access_needsTokenAndOwnOrganization();
    void changeTotalMidWalk_changesTotalOnceAfterFirstPage();
    void emptyPageAt_answersOneEmptyPage();
    void controlCount_regeneratesGroups();
    void invitation_checksGroupIds();

    void tls_servesHttpsAndWssWithGivenCertificate();
    void tls_unreadableKey_exitsWithMessage();

private:
    HttpResult page(int number, int size, const QString &orgId = defaultOrgId());
    QUrl groupsUrl(const QString &orgId = defaultOrgId()) const;

    SandboxRun m_run;
};

void TstSandboxGroups::cleanup()
{
    const QByteArray report = m_run.stop();
    QVERIFY2(report.isEmpty(), report.constData());
}

QUrl TstSandboxGroups::groupsUrl(const QString &orgId) const
{
    return m_run.sandbox->baseUrl().resolved(
        QUrl(QStringLiteral("/asset/admin/organization/%1/access-permission-group").arg(orgId)));
}

HttpResult TstSandboxGroups::page(int number, int size, const QString &orgId)
{
    QUrl url = groupsUrl(orgId);
    url.setQuery(QStringLiteral("page_number=%1&page_size=%2").arg(number).arg(size));
    return m_run.http->call("GET", url, {{"Authorization", "Bearer " + m_run.token}});
}

void TstSandboxGroups::defaultGroups_pageHasDocumentedShape()
{
    QVERIFY_STARTED(m_run);
    const HttpResult result = page(0, 250);
    QCOMPARE(result.status, 200);
    const QJsonObject object = result.json().object();
    QCOMPARE(object.value(QStringLiteral("totalItems")).toInt(), 3);
    QCOMPARE(object.value(QStringLiteral("pageSize")).toInt(), 250);
    QCOMPARE(object.value(QStringLiteral("pageNumber")).toInt(), 0);
    QCOMPARE(object.value(QStringLiteral("totalPages")).toInt(), 1);
    const QJsonArray items = object.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Main entrance"));
    for (const QJsonValue &value : items) {
        const QJsonObject group = value.toObject();
        QVERIFY(!QUuid::fromString(group.value(QStringLiteral("id")).toString()).isNull());
        QVERIFY(!group.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(group.value(QStringLiteral("description")).isString());
        QVERIFY(group.contains(QStringLiteral("constraints")));
        QVERIFY(group.contains(QStringLiteral("childConstraints")));
    }
    // Without paging parameters: page 0 of 20.
    const HttpResult plain =
        m_run.http->call("GET", groupsUrl(), {{"Authorization", "Bearer " + m_run.token}});
    QCOMPARE(plain.json().object().value(QStringLiteral("pageSize")).toInt(), 20);
    QCOMPARE(pageItems(plain), items);
}

void TstSandboxGroups::groupIds_areStableAcrossRuns()
{
    QVERIFY_STARTED(m_run);
    const QJsonArray first = pageItems(page(0, 250));
    QVERIFY_STARTED(m_run);
    const QJsonArray second = pageItems(page(0, 250));
    QCOMPARE(first.size(), 3);
    QCOMPARE(second, first);
}

void TstSandboxGroups::pages_coverEveryGroupOnce_data()
{
    addColumns<int, int, QList<int>>("groups", "pageSize", "pageLengths");
    QTest::newRow("7 by 3") << 7 << 3 << QList<int>{3, 3, 1};
    QTest::newRow("6 by 3") << 6 << 3 << QList<int>{3, 3};
    QTest::newRow("1 by 250") << 1 << 250 << QList<int>{1};
    QTest::newRow("none") << 0 << 10 << QList<int>{};
    QTest::newRow("501 by 250") << 501 << 250 << QList<int>{250, 250, 1};
}

void TstSandboxGroups::pages_coverEveryGroupOnce()
{
    QFETCH(int, groups);
    QFETCH(int, pageSize);
    QFETCH(QList<int>, pageLengths);
    QVERIFY_STARTED(m_run, {QStringLiteral("--groups"), QString::number(groups)});
    QSet<QString> ids;
    for (int number = 0; number < pageLengths.size(); ++number) {
        const QJsonObject object = page(number, pageSize).json().object();
        QCOMPARE(object.value(QStringLiteral("totalItems")).toInt(), groups);
        QCOMPARE(object.value(QStringLiteral("totalPages")).toInt(), pageLengths.size());
        QCOMPARE(object.value(QStringLiteral("pageNumber")).toInt(), number);
        const QJsonArray items = object.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), pageLengths.at(number));
        for (const QJsonValue &item : items)
            ids.insert(item.toObject().value(QStringLiteral("id")).toString());
    }
    QCOMPARE(ids.size(), groups);
    // Past the end: an empty page, same totals.
    const QJsonObject after = page(int(pageLengths.size()), pageSize).json().object();
    QCOMPARE(after.value(QStringLiteral("items")).toArray().size(), 0);
    QCOMPARE(after.value(QStringLiteral("totalItems")).toInt(), groups);
}

void TstSandboxGroups::pageSize_isCappedAt250()
{
    QVERIFY_STARTED(m_run, {QStringLiteral("--groups"), QStringLiteral("600")});
    const QJsonObject object = page(0, 1000).json().object();
    QCOMPARE(object.value(QStringLiteral("pageSize")).toInt(), 250);
    QCOMPARE(object.value(QStringLiteral("items")).toArray().size(), 250);
    QCOMPARE(object.value(QStringLiteral("totalPages")).toInt(), 3);
    QCOMPARE(object.value(QStringLiteral("totalItems")).toInt(), 600);
}

void TstSandboxGroups::badPaging_is400_data()
{
    addColumns<QString>("query");
    QTest::newRow("size zero") << QStringLiteral("page_number=0&page_size=0");
    QTest::newRow("negative page") << QStringLiteral("page_number=-1&page_size=10");
    QTest::newRow("size not a number") << QStringLiteral("page_number=0&page_size=ten");
    QTest::newRow("page empty") << QStringLiteral("page_number=&page_size=10");
}

void TstSandboxGroups::badPaging_is400()
{
    QFETCH(QString, query);
    QVERIFY_STARTED(m_run);
    QUrl url = groupsUrl();
    url.setQuery(query);
    const HttpResult result =
        m_run.http->call("GET", url, {{"Authorization", "Bearer " + m_run.token}});
    QCOMPARE(result.status, 400);
    QVERIFY(errorMessage(result).contains(QStringLiteral("page_")));
}

void TstSandboxGroups::access_needsTokenAndOwnOrganization()
{
    QVERIFY_STARTED(m_run);
    QCOMPARE(m_run.http->call("GET", groupsUrl()).status, 401);
    QCOMPARE(page(0, 10, QStringLiteral("00000000-0000-4000-8000-000000000000")).status, 404);
}

void TstSandboxGroups::changeTotalMidWalk_changesTotalOnceAfterFirstPage()
{
    QVERIFY_STARTED(m_run, {QStringLiteral("--groups"), QStringLiteral("7")});
    QCOMPARE(control(*m_run.http, m_run.sandbox->baseUrl(), QStringLiteral("/_sandbox/groups"),
                     {{QStringLiteral("changeTotalMidWalk"), true}})
                 .status,
             200);
    QCOMPARE(page(0, 3).json().object().value(QStringLiteral("totalItems")).toInt(), 7);
    QCOMPARE(page(1, 3).json().object().value(QStringLiteral("totalItems")).toInt(), 8);
    // One shot: a restarted walk sees a stable 8.
    QCOMPARE(page(0, 3).json().object().value(QStringLiteral("totalItems")).toInt(), 8);
    QCOMPARE(page(1, 3).json().object().value(QStringLiteral("totalItems")).toInt(), 8);
    QCOMPARE(pageItems(page(2, 3)).size(), 2);
}

void TstSandboxGroups::emptyPageAt_answersOneEmptyPage()
{
    QVERIFY_STARTED(m_run, {QStringLiteral("--groups"), QStringLiteral("7")});
    QCOMPARE(control(*m_run.http, m_run.sandbox->baseUrl(), QStringLiteral("/_sandbox/groups"),
                     {{QStringLiteral("emptyPageAt"), 1}})
                 .status,
             200);
    QCOMPARE(pageItems(page(0, 3)).size(), 3);
    const QJsonObject empty = page(1, 3).json().object();
    QCOMPARE(empty.value(QStringLiteral("items")).toArray().size(), 0);
    QCOMPARE(empty.value(QStringLiteral("totalItems")).toInt(), 7);
    QCOMPARE(pageItems(page(1, 3)).size(), 3);
}

void TstSandboxGroups::controlCount_regeneratesGroups()
{
    QVERIFY_STARTED(m_run);
    const HttpResult result =
        control(*m_run.http, m_run.sandbox->baseUrl(), QStringLiteral("/_sandbox/groups"),
                {{QStringLiteral("count"), 12}});
    QCOMPARE(result.json().object().value(QStringLiteral("count")).toInt(), 12);
    QCOMPARE(pageItems(page(0, 250)).size(), 12);
    QCOMPARE(control(*m_run.http, m_run.sandbox->baseUrl(), QStringLiteral("/_sandbox/groups"),
                     {{QStringLiteral("count"), -1}})
                 .status,
             400);
}

void TstSandboxGroups::invitation_checksGroupIds()
{
    QVERIFY_STARTED(m_run);
    const QString groupId = pageItemId(page(0, 250), 1);
    const auto post = [this](const QString &group) {
        const QJsonObject body{
            {QStringLiteral("message"), QStringLiteral("Welcome")},
            {QStringLiteral("msisdns"), QJsonArray{QStringLiteral("+46701234567")}},
            {QStringLiteral("accessPermissionGroupIds"), QJsonArray{group}}};
        return m_run.http->call("POST", invitationUrl(m_run.sandbox->baseUrl()),
                                invitationHeaders(m_run.token), QJsonDocument(body).toJson());
    };
    QCOMPARE(post(groupId).status, 200);
    const HttpResult unknown = post(QStringLiteral("Workshop"));
    QCOMPARE(unknown.status, 400);
    QCOMPARE(errorMessage(unknown), QStringLiteral("Unknown access permission group: Workshop"));
    QCOMPARE(state(*m_run.http, m_run.sandbox->baseUrl())
                 .value(QStringLiteral("invitationCount"))
                 .toInt(),
             1);
}

void TstSandboxGroups::tls_servesHttpsAndWssWithGivenCertificate()
{
    const QString dir = QStringLiteral(INVITE_TEST_DATA "/sandbox/");
    QProcess process;
    process.start(SandboxProcess::programPath(),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls-cert"),
                   dir + QStringLiteral("localhost-cert.pem"), QStringLiteral("--tls-key"),
                   dir + QStringLiteral("localhost-key.pem")});
    QVERIFY(process.waitForStarted(10000));
    QList<QByteArray> lines;
    QElapsedTimer clock;
    clock.start();
    while (lines.size() < 2 && clock.elapsed() < 10000) {
        process.waitForReadyRead(200);
        while (process.canReadLine())
            lines.append(process.readLine().trimmed());
    }
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith("listening on https://127.0.0.1:"), lines.at(0).constData());
    QVERIFY2(lines.at(1).startsWith("events on wss://127.0.0.1:"), lines.at(1).constData());

    // Trust exactly the fixture certificate, verify the peer strictly.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(dir + QStringLiteral("localhost-cert.pem")));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    const QUrl base(QString::fromLatin1(lines.at(0).mid(13)));
    QNetworkRequest tokenRequest(base.resolved(QUrl(QStringLiteral("/auth/oauth/token"))));
    tokenRequest.setSslConfiguration(tls);
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    HttpCaller http;
    QNetworkReply *reply = http.manager().post(tokenRequest, tokenBody());
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QByteArray token = QJsonDocument::fromJson(reply->readAll())
                                 .object()
                                 .value(QStringLiteral("access_token"))
                                 .toString()
                                 .toLatin1();
    reply->deleteLater();
    QVERIFY(!token.isEmpty());

    // A plain-HTTP client gets no answer from the HTTPS port.
    const HttpResult plain = http.call(
        "GET", QUrl(QStringLiteral("http://127.0.0.1:%1/_sandbox/state").arg(base.port())), {}, {},
        3000);
    QCOMPARE(plain.status, 0);

    StompTestClient client;
    client.socket().setSslConfiguration(tls);
    QVERIFY(client.open(QUrl(QString::fromLatin1(lines.at(1).mid(10))), token));
    QCOMPARE(client.connectStomp().headers.value("version"), QByteArray("1.2"));
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 0);
}

void TstSandboxGroups::tls_unreadableKey_exitsWithMessage()
{
    const QString dir = QStringLiteral(INVITE_TEST_DATA "/sandbox/");
    QProcess process;
    process.start(SandboxProcess::programPath(),
                  {QStringLiteral("--tls-cert"), dir + QStringLiteral("localhost-cert.pem"),
                   QStringLiteral("--tls-key"), dir + QStringLiteral("no-such-key.pem")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().contains("no-such-key.pem"));
}

QTEST_GUILESS_MAIN(TstSandboxGroups)
#include "tst_sandboxgroups.moc"
