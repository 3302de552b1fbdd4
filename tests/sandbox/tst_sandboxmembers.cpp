// Members in the sandbox: the paged member list, one number's membership, group memberships,
// the control API (add, remove with MEMBERSHIP_REMOVED, walk faults, backdating).
#include "sandboxtestsupport.h"
#include "stomptestclient.h"

#include "testtable.h"
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace SandboxTest;

class TstSandboxMembers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void addMember_isFoundByEncodedNumber();
    void findByMsisdn_bareplus_isRefusedWithHint();
    void addMember_badEntry_addsNobody();
    void acceptedInvitation_makesMember();
    void pages_coverEveryMemberOnce_data();
    void pages_coverEveryMemberOnce();
    void userMembership_andGroupPut_areCounted();
    void groupMembership_unknownMembershipOrGroup_is404();
    void removeMember_publishesMembershipRemoved();
    void walkFaults_rateLimitAndExpiredToken();
    void backdate_movesCreatedAt();

private:
    bool startSandbox();
    HttpResult get(const QString &path, const QString &query = {});
    HttpResult addMember(const QJsonObject &member);

    SandboxRun m_run;
};

void TstSandboxMembers::cleanup()
{
    const QByteArray report = m_run.stop();
    QVERIFY2(report.isEmpty(), report.constData());
}

bool TstSandboxMembers::startSandbox()
{
    return m_run.start();
}

HttpResult TstSandboxMembers::get(const QString &path, const QString &query)
{
    QUrl url = m_run.sandbox->baseUrl().resolved(QUrl(path));
    if (!query.isEmpty())
        url.setQuery(query, QUrl::StrictMode);
    return m_run.http->call("GET", url, {{"Authorization", "Bearer " + m_run.token}});
}

HttpResult TstSandboxMembers::addMember(const QJsonObject &member)
{
    return control(*m_run.http, m_run.sandbox->baseUrl(), QStringLiteral("/_sandbox/members"),
                   member);
}

const QString findPath =
    QStringLiteral("/asset/application/organization/%1/membership/find-by-msisdn")
        .arg(defaultOrgId());
const QString usersPath = QStringLiteral("/org/organization/%1/user").arg(defaultOrgId());

void TstSandboxMembers::addMember_isFoundByEncodedNumber()
{
    QVERIFY(startSandbox());
    const HttpResult added = addMember({{QStringLiteral("msisdn"), QStringLiteral("+46701112233")},
                                        {QStringLiteral("firstName"), QStringLiteral("Ada")},
                                        {QStringLiteral("lastName"), QStringLiteral("Lind")}});
    QCOMPARE(added.status, 201);
    const QJsonObject member = added.json().object();
    QCOMPARE(member.value(QStringLiteral("msisdn")).toString(), QStringLiteral("+46701112233"));
    QCOMPARE(member.value(QStringLiteral("firstName")).toString(), QStringLiteral("Ada"));
    QVERIFY(!member.value(QStringLiteral("id")).toString().isEmpty());

    const HttpResult found = get(findPath, QStringLiteral("msisdn=%2B46701112233"));
    QCOMPARE(found.status, 200);
    const QJsonObject membership = found.json().object();
    QCOMPARE(membership.value(QStringLiteral("userId")), member.value(QStringLiteral("id")));
    QCOMPARE(membership.value(QStringLiteral("id")), member.value(QStringLiteral("membershipId")));
    QCOMPARE(membership.value(QStringLiteral("organizationId")).toString(), defaultOrgId());

    QCOMPARE(get(findPath, QStringLiteral("msisdn=%2B46709999999")).status, 404);
    // Adding the same number again answers the same member.
    QCOMPARE(addMember({{QStringLiteral("msisdn"), QStringLiteral("+46701112233")}})
                 .json()
                 .object()
                 .value(QStringLiteral("id")),
             member.value(QStringLiteral("id")));
}

void TstSandboxMembers::findByMsisdn_bareplus_isRefusedWithHint()
{
    QVERIFY(startSandbox());
    QCOMPARE(addMember({{QStringLiteral("msisdn"), QStringLiteral("+46701112233")}}).status, 201);
    const HttpResult bare = get(findPath, QStringLiteral("msisdn=+46701112233"));
    QCOMPARE(bare.status, 400);
    QVERIFY2(bare.body.contains("%2B"), bare.body.constData());
}

void TstSandboxMembers::addMember_badEntry_addsNobody()
{
    QVERIFY(startSandbox());
    const HttpResult bad = control(
        *m_run.http, m_run.sandbox->baseUrl(), QStringLiteral("/_sandbox/members"),
        {{QStringLiteral("members"),
          QJsonArray{QJsonObject{{QStringLiteral("msisdn"), QStringLiteral("+46701112233")}},
                     QJsonObject{{QStringLiteral("msisdn"), QStringLiteral("0701112233")}}}}});
    QCOMPARE(bad.status, 400);
    QVERIFY2(bad.body.contains("0701112233"), bad.body.constData());
    QCOMPARE(
        state(*m_run.http, m_run.sandbox->baseUrl()).value(QStringLiteral("memberCount")).toInt(),
        0);
    QCOMPARE(addMember({{QStringLiteral("count"), -1}}).status, 400);
}

void TstSandboxMembers::acceptedInvitation_makesMember()
{
    QVERIFY(startSandbox());
    const HttpResult posted = postInvitations(*m_run.http, m_run.sandbox->baseUrl(), m_run.token,
                                              {QStringLiteral("+46701234567")});
    const QString id = createdId(posted);
    QCOMPARE(get(findPath, QStringLiteral("msisdn=%2B46701234567")).status, 404);
    QCOMPARE(control(*m_run.http, m_run.sandbox->baseUrl(),
                     QStringLiteral("/_sandbox/invitations/%1/status").arg(id),
                     {{QStringLiteral("status"), QStringLiteral("ACCEPTED")}})
                 .status,
             200);
    QCOMPARE(get(findPath, QStringLiteral("msisdn=%2B46701234567")).status, 200);
    const QJsonObject page =
        get(usersPath, QStringLiteral("page_number=0&page_size=250")).json().object();
    QCOMPARE(page.value(QStringLiteral("totalItems")).toInt(), 1);
    const QJsonObject item = page.value(QStringLiteral("items")).toArray().at(0).toObject();
    QCOMPARE(item.value(QStringLiteral("msisdn")).toString(), QStringLiteral("+46701234567"));
    QCOMPARE(item.value(QStringLiteral("application")), QJsonValue(false));
    const QJsonArray members =
        state(*m_run.http, m_run.sandbox->baseUrl()).value(QStringLiteral("members")).toArray();
    QCOMPARE(members, QJsonArray{QStringLiteral("+46701234567")});
}

void TstSandboxMembers::pages_coverEveryMemberOnce_data()
{
    addColumns<int, int>("count", "pageSize");
    QTest::newRow("0") << 0 << 250;
    QTest::newRow("1") << 1 << 250;
    QTest::newRow("250") << 250 << 250;
    QTest::newRow("251") << 251 << 250;
    QTest::newRow("251, asked 1000 (capped)") << 251 << 1000;
}

void TstSandboxMembers::pages_coverEveryMemberOnce()
{
    QFETCH(int, count);
    QFETCH(int, pageSize);
    QVERIFY(startSandbox());
    QCOMPARE(addMember({{QStringLiteral("count"), count}})
                 .json()
                 .object()
                 .value(QStringLiteral("memberCount")),
             QJsonValue(count));
    QSet<QString> ids;
    QSet<QString> numbers;
    int pages = 0;
    for (int number = 0;; ++number) {
        const HttpResult result =
            get(usersPath, QStringLiteral("page_number=%1&page_size=%2").arg(number).arg(pageSize));
        QCOMPARE(result.status, 200);
        const QJsonObject page = result.json().object();
        QCOMPARE(page.value(QStringLiteral("totalItems")).toInt(), count);
        QCOMPARE(page.value(QStringLiteral("pageSize")).toInt(), qMin(pageSize, 250));
        const QJsonArray items = page.value(QStringLiteral("items")).toArray();
        if (items.isEmpty())
            break;
        ++pages;
        QVERIFY(items.size() <= 250);
        for (const QJsonValue &item : items) {
            ids.insert(item.toObject().value(QStringLiteral("id")).toString());
            numbers.insert(item.toObject().value(QStringLiteral("msisdn")).toString());
        }
    }
    QCOMPARE(ids.size(), count);
    QCOMPARE(numbers.size(), count);
    QCOMPARE(pages, (count + 249) / 250);
}

void TstSandboxMembers::userMembership_andGroupPut_areCounted()
{
    QVERIFY(startSandbox());
    const QJsonObject member =
        addMember({{QStringLiteral("msisdn"), QStringLiteral("+46701112233")}}).json().object();
    const QString userId = member.value(QStringLiteral("id")).toString();
    const HttpResult membership =
        get(QStringLiteral("/asset/admin/user/%1/organization/%2/membership")
                .arg(userId, defaultOrgId()));
    QCOMPARE(membership.status, 200);
    const QString membershipId = membership.json().object().value(QStringLiteral("id")).toString();
    QCOMPARE(membershipId, member.value(QStringLiteral("membershipId")).toString());
    QCOMPARE(get(QStringLiteral("/asset/admin/user/nobody/organization/%1/membership")
                     .arg(defaultOrgId()))
                 .status,
             404);

    const QJsonArray groups =
        get(QStringLiteral("/asset/admin/organization/%1/access-permission-group")
                .arg(defaultOrgId()))
            .json()
            .object()
            .value(QStringLiteral("items"))
            .toArray();
    QVERIFY(groups.size() >= 2);
    const QString first = groups.at(0).toObject().value(QStringLiteral("id")).toString();
    const QString second = groups.at(1).toObject().value(QStringLiteral("id")).toString();
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("membership"), membershipId}}).toJson();
    const HeaderList headers{{"Authorization", "Bearer " + m_run.token},
                             {"Content-Type", "application/json"}};
    const auto groupUrl = [this](const QString &groupId) {
        return m_run.sandbox->baseUrl().resolved(QUrl(
            QStringLiteral("/asset/admin/access-permission-group/%1/membership").arg(groupId)));
    };
    QCOMPARE(m_run.http->call("PUT", groupUrl(first), headers, body).status, 200);
    QCOMPARE(m_run.http->call("PUT", groupUrl(first), headers, body).status, 200); // no second add
    QCOMPARE(m_run.http->call("POST", groupUrl(second), headers, body).status, 200);
    QCOMPARE(state(*m_run.http, m_run.sandbox->baseUrl())
                 .value(QStringLiteral("groupAdditions"))
                 .toInt(),
             2);
    const QJsonObject listed =
        get(QStringLiteral("/asset/admin/access-permission-group/%1/membership").arg(first),
            QStringLiteral("page_number=0&page_size=250"))
            .json()
            .object();
    QCOMPARE(listed.value(QStringLiteral("totalItems")).toInt(), 1);
    QCOMPARE(listed.value(QStringLiteral("items"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("userId")),
             QJsonValue(userId));
}

void TstSandboxMembers::groupMembership_unknownMembershipOrGroup_is404()
{
    QVERIFY(startSandbox());
    const QString group =
        pageItemId(get(QStringLiteral("/asset/admin/organization/%1/access-permission-group")
                           .arg(defaultOrgId())),
                   0);
    const HeaderList headers{{"Authorization", "Bearer " + m_run.token},
                             {"Content-Type", "application/json"}};
    const QByteArray unknown = R"({"membership":"nope"})";
    const QUrl url = m_run.sandbox->baseUrl().resolved(
        QUrl(QStringLiteral("/asset/admin/access-permission-group/%1/membership").arg(group)));
    QCOMPARE(m_run.http->call("PUT", url, headers, unknown).status, 404);
    QCOMPARE(m_run.http->call("PUT", url, headers, "{}").status, 400);
    QCOMPARE(
        m_run.http->call("PUT", url, {{"Authorization", "Bearer " + m_run.token}}, unknown).status,
        415);
    QCOMPARE(m_run.http
                 ->call("PUT",
                        m_run.sandbox->baseUrl().resolved(QUrl(QStringLiteral(
                            "/asset/admin/access-permission-group/no-such/membership"))),
                        headers, unknown)
                 .status,
             404);
    QCOMPARE(m_run.http->call("PUT", url, {{"Content-Type", "application/json"}}, unknown).status,
             401);
    QCOMPARE(state(*m_run.http, m_run.sandbox->baseUrl())
                 .value(QStringLiteral("groupAdditions"))
                 .toInt(),
             0);
}

void TstSandboxMembers::removeMember_publishesMembershipRemoved()
{
    QVERIFY(startSandbox());
    const QString userId = addMember({{QStringLiteral("msisdn"), QStringLiteral("+46701112233")}})
                               .json()
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
    const QUrl eventsUrl(m_run.http
                             ->call("GET", m_run.sandbox->baseUrl().resolved(
                                               QUrl(QStringLiteral("/_sandbox/events"))))
                             .json()
                             .object()
                             .value(QStringLiteral("url"))
                             .toString());
    StompTestClient client;
    QVERIFY(client.open(eventsUrl, m_run.token));
    QCOMPARE(client.connectStomp().command, QByteArray("CONNECTED"));
    QVERIFY(client.subscribe("s1", "/topic/organization/" + defaultOrgId().toLatin1()));

    const QUrl memberUrl =
        m_run.sandbox->baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/members/%1").arg(userId)));
    QCOMPARE(m_run.http->call("DELETE", memberUrl).status, 200);
    const StompTestClient::Frame message = client.nextFrame();
    QCOMPARE(message.command, QByteArray("MESSAGE"));
    const QJsonObject event = QJsonDocument::fromJson(message.body).object();
    QCOMPARE(event.value(QStringLiteral("eventType")).toString(),
             QStringLiteral("MEMBERSHIP_REMOVED"));
    QCOMPARE(event.value(QStringLiteral("userId")).toString(), userId);
    QCOMPARE(event.value(QStringLiteral("organizationId")).toString(), defaultOrgId());
    QCOMPARE(get(findPath, QStringLiteral("msisdn=%2B46701112233")).status, 404);
    QCOMPARE(m_run.http->call("DELETE", memberUrl).status, 404);
}

void TstSandboxMembers::walkFaults_rateLimitAndExpiredToken()
{
    QVERIFY(startSandbox());
    QCOMPARE(addMember({{QStringLiteral("count"), 300}}).status, 200);
    QCOMPARE(control(*m_run.http, m_run.sandbox->baseUrl(),
                     QStringLiteral("/_sandbox/members/faults"),
                     {{QStringLiteral("rateLimitPageAt"), 1},
                      {QStringLiteral("retryAfterSeconds"), 2},
                      {QStringLiteral("expireTokensAtPage"), 0}})
                 .status,
             200);
    const QString page0 = QStringLiteral("page_number=0&page_size=250");
    const QString page1 = QStringLiteral("page_number=1&page_size=250");
    QCOMPARE(get(usersPath, page0).status, 401); // the token ran out before page 0
    m_run.token = fetchToken(*m_run.http, m_run.sandbox->baseUrl());
    QCOMPARE(get(usersPath, page0).status, 200);
    const HttpResult limited = get(usersPath, page1);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("2"));
    QCOMPARE(get(usersPath, page1).status, 200); // once only
    QCOMPARE(control(*m_run.http, m_run.sandbox->baseUrl(),
                     QStringLiteral("/_sandbox/members/faults"),
                     {{QStringLiteral("emptyPageAt"), QStringLiteral("one")}})
                 .status,
             400);
}

void TstSandboxMembers::backdate_movesCreatedAt()
{
    QVERIFY(startSandbox());
    const HttpResult posted = postInvitations(*m_run.http, m_run.sandbox->baseUrl(), m_run.token,
                                              {QStringLiteral("+46701234567")});
    const QString id = createdId(posted);
    const QString path = QStringLiteral("/_sandbox/invitations/%1/created-at").arg(id);
    QCOMPARE(control(*m_run.http, m_run.sandbox->baseUrl(), path, {{QStringLiteral("daysAgo"), 8}})
                 .status,
             200);
    const QJsonArray list = m_run.http
                                ->call("GET", invitationUrl(m_run.sandbox->baseUrl()),
                                       {{"Authorization", "Bearer " + m_run.token}})
                                .json()
                                .array();
    const QDateTime createdAt = QDateTime::fromString(
        list.at(0).toObject().value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    const qint64 age = createdAt.secsTo(QDateTime::currentDateTimeUtc());
    QVERIFY2(age >= 8 * 86400 - 60 && age <= 8 * 86400 + 60, QByteArray::number(age).constData());
    QCOMPARE(control(*m_run.http, m_run.sandbox->baseUrl(), path,
                     {{QStringLiteral("createdAt"), QStringLiteral("2026-11-01T09:00:00.000Z")}})
                 .status,
             200);
    QCOMPARE(control(*m_run.http, m_run.sandbox->baseUrl(), path, {{QStringLiteral("daysAgo"), -1}})
                 .status,
             400);
    QCOMPARE(control(*m_run.http, m_run.sandbox->baseUrl(),
                     QStringLiteral("/_sandbox/invitations/nope/created-at"),
                     {{QStringLiteral("daysAgo"), 1}})
                 .status,
             404);
}

QTEST_GUILESS_MAIN(TstSandboxMembers)
#include "tst_sandboxmembers.moc"
