// The members API against the real sandbox: walking the member list (0, 1, 250, 251, 10,000
// members, four pages in flight), a list that changes mid-walk, an empty page, a 401 and a 429
// mid-walk; one number's membership (the + percent-encoded), a user's membership, group PUT.
#include "accessy/accessysession.h"
#include "accessy/memberapi.h"
#include "accessy/memberwalker.h"
#include "sandboxprocess.h"
#include "sandboxsignin.h"
#include "sessiontestsupport.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace accessy;

class TestMemberWalker : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    ApiClient m_client;
    AccessySession m_session{&m_client};
    MemberApi m_api{&m_session};

    void control(const QString &path, const QJsonObject &body)
    {
        const HttpResult r = controlCall(m_sandbox.baseUrl(), "POST", path, body);
        QVERIFY2(r.status == 200 || r.status == 201, r.body.constData());
    }
    void resetWith(int count)
    {
        control(QStringLiteral("/_sandbox/reset"), {});
        control(QStringLiteral("/_sandbox/members"), {{QStringLiteral("count"), count}});
    }
    // Runs a walk to its end: the members, or an empty optional with the error in *error.
    std::optional<QList<Member>> walk(MemberWalker &walker, ApiError *error = nullptr)
    {
        return walkToEnd<Member>(walker, error, 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY_STARTED(m_sandbox, {QStringLiteral("--quiet")});
        useSandbox(m_client, m_session, m_sandbox);
    }

    void walk_readsEveryMemberOnce_data() { addWalkSizeRows(10000, 40); }
    void walk_readsEveryMemberOnce()
    {
        QFETCH(int, count);
        QFETCH(int, pages);
        resetWith(count);
        MemberWalker walker(&m_api);
        ApiError error;
        const auto members = walk(walker, &error);
        QVERIFY2(members, qPrintable(error.userMessage()));
        QCOMPARE(members->size(), count);
        QSet<QString> numbers;
        for (const Member &m : *members) {
            QVERIFY(m.msisdn.startsWith(QLatin1String("+4676")));
            numbers.insert(m.msisdn);
        }
        QCOMPARE(numbers.size(), count);
        QCOMPARE(walker.pagesRead(), pages);
        QCOMPARE(walker.restarts(), 0);
        QVERIFY(walker.maxPagesInFlightSeen() <= MemberWalker::kMaxInFlight);
        if (pages > MemberWalker::kMaxInFlight)
            QCOMPARE(walker.maxPagesInFlightSeen(), MemberWalker::kMaxInFlight);
        QVERIFY(!walker.isRunning());
    }

    void walk_leavesOutApplicationsAndResetAccounts()
    {
        resetWith(0);
        control(QStringLiteral("/_sandbox/members"),
                {{QStringLiteral("members"),
                  QJsonArray{QJsonObject{{QStringLiteral("msisdn"), QStringLiteral("+46701000001")},
                                         {QStringLiteral("firstName"), QStringLiteral("Ada")}},
                             QJsonObject{{QStringLiteral("msisdn"), QJsonValue::Null},
                                         {QStringLiteral("firstName"), QStringLiteral("Reset")}},
                             QJsonObject{{QStringLiteral("msisdn"), QJsonValue::Null},
                                         {QStringLiteral("application"), true}}}}});
        MemberWalker walker(&m_api);
        const auto members = walk(walker);
        QVERIFY(members);
        QCOMPARE(members->size(), 1);
        QCOMPARE(members->at(0).msisdn, QStringLiteral("+46701000001"));
        QCOMPARE(members->at(0).firstName, QStringLiteral("Ada"));
        QCOMPARE(walker.skippedApplications(), 1);
        QCOMPARE(walker.skippedWithoutNumber(), 1);
    }

    void totalChangesMidWalk_startsOverAndReadsTheNewList()
    {
        resetWith(600);
        control(QStringLiteral("/_sandbox/members/faults"),
                {{QStringLiteral("changeTotalMidWalk"), true}});
        MemberWalker walker(&m_api);
        const auto members = walk(walker);
        QVERIFY(members);
        QCOMPARE(members->size(), 601);
        QCOMPARE(walker.restarts(), 1);
    }

    void emptyPageBeforeTotal_failsNamingThePage()
    {
        resetWith(600);
        control(QStringLiteral("/_sandbox/members/faults"), {{QStringLiteral("emptyPageAt"), 1}});
        MemberWalker walker(&m_api);
        ApiError error;
        QVERIFY(!walk(walker, &error));
        QCOMPARE(error.kind, ApiError::Kind::BadAnswer);
        QVERIFY2(error.userMessage().contains(QLatin1String("page 1")),
                 qPrintable(error.userMessage()));
        QVERIFY(!walker.isRunning());
    }

    void unauthorizedMidWalk_getsNewTokenAndGoesOn()
    {
        resetWith(1000);
        control(QStringLiteral("/_sandbox/members/faults"),
                {{QStringLiteral("expireTokensAtPage"), 2}});
        const int tokensBefore =
            sandboxState(m_sandbox.baseUrl()).value(QStringLiteral("tokensIssued")).toInt();
        MemberWalker walker(&m_api);
        ApiError error;
        const auto members = walk(walker, &error);
        QVERIFY2(members, qPrintable(error.userMessage()));
        QCOMPARE(members->size(), 1000);
        QCOMPARE(sandboxState(m_sandbox.baseUrl()).value(QStringLiteral("tokensIssued")).toInt(),
                 tokensBefore + 1);
    }

    void rateLimitedMidWalk_waitsRetryAfterAndGoesOn()
    {
        resetWith(1000);
        control(QStringLiteral("/_sandbox/members/faults"),
                {{QStringLiteral("rateLimitPageAt"), 3}, {QStringLiteral("retryAfterSeconds"), 1}});
        MemberWalker walker(&m_api);
        QElapsedTimer clock;
        clock.start();
        ApiError error;
        const auto members = walk(walker, &error);
        QVERIFY2(members, qPrintable(error.userMessage()));
        QCOMPARE(members->size(), 1000);
        QCOMPARE(walker.rateLimitedWaits(), 1);
        QVERIFY2(clock.elapsed() >= 1000, "Retry-After: 1 was not honoured");
    }

    void findByMsisdn_membershipAndGroupPut()
    {
        resetWith(0);
        control(QStringLiteral("/_sandbox/members"),
                {{QStringLiteral("msisdn"), QStringLiteral("+46701000002")}});
        Answer<std::optional<MembershipRef>> found;
        m_api.findByMsisdn(QStringLiteral("+46701000002"), this, found.callback());
        QTRY_VERIFY(found.result.has_value());
        QVERIFY2(found.result->ok(), qPrintable(found.result->error().userMessage()));
        QVERIFY(found.result->value().has_value());
        const MembershipRef ref = *found.result->value();
        QVERIFY(!ref.id.isEmpty());

        Answer<std::optional<MembershipRef>> missing;
        m_api.findByMsisdn(QStringLiteral("+46701000003"), this, missing.callback());
        QTRY_VERIFY(missing.result.has_value());
        QVERIFY(missing.result->ok());
        QVERIFY(!missing.result->value().has_value());

        Answer<MembershipRef> ofUser;
        m_api.membershipOfUser(ref.userId, this, ofUser.callback());
        QTRY_VERIFY(ofUser.result.has_value());
        QVERIFY(ofUser.result->ok());
        QCOMPARE(ofUser.result->value().id, ref.id);

        // The first group of the organization (the sandbox's default ones).
        Answer<AccessGroupPage> groups;
        m_session.fetchAccessGroupPage(0, 1, this, groups.callback());
        QTRY_VERIFY(groups.result.has_value());
        QVERIFY(groups.result->ok() && !groups.result->value().items.isEmpty());
        Answer<bool> added;
        m_api.addToGroup(groups.result->value().items.at(0).id, ref.id, this, added.callback());
        QTRY_VERIFY(added.result.has_value());
        QVERIFY2(added.result->ok(), qPrintable(added.result->error().userMessage()));
        QCOMPARE(sandboxState(m_sandbox.baseUrl()).value(QStringLiteral("groupAdditions")).toInt(),
                 1);

        Answer<bool> refused;
        m_api.addToGroup(groups.result->value().items.at(0).id, QStringLiteral("no-such"), this,
                         refused.callback());
        QTRY_VERIFY(refused.result.has_value());
        QVERIFY(!refused.result->ok());
        QCOMPARE(refused.result->error().httpStatus, 404);
    }
};

QTEST_GUILESS_MAIN(TestMemberWalker)
#include "tst_memberwalker.moc"
