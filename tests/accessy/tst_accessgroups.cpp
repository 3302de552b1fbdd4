// Walking every page of the access groups against the real sandbox: 0, 1, 250, 251 and 1,000
// groups, a totalItems that changes mid-walk, an empty page.
#include "accessy/accessgroupwalker.h"
#include "accessy/accessysession.h"
#include "sandboxprocess.h"
#include "sandboxsignin.h"
#include "sessiontestsupport.h"

#include "testtable.h"
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <ranges>

using namespace accessy;

class TestAccessGroups : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxSession> m_signedIn; // on m_sandbox, once it runs

    void setGroups(const QJsonObject &body)
    {
        const HttpResult r =
            controlCall(m_sandbox.baseUrl(), "POST", QStringLiteral("/_sandbox/groups"), body);
        QVERIFY2(r.status == 200, r.body.constData());
    }
    // Runs a walk to its end: the groups, or an empty optional with the error in *error.
    static std::optional<QList<AccessGroup>> walk(AccessGroupWalker &walker,
                                                  ApiError *error = nullptr)
    {
        return walkToEnd<AccessGroup>(walker, error, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY_STARTED(m_sandbox, {QStringLiteral("--quiet")});
        m_signedIn = std::make_unique<SandboxSession>(m_sandbox.baseUrl());
    }

    void walk_readsEveryGroupOnce_data() { addWalkSizeRows(1000, 4); }
    void walk_readsEveryGroupOnce()
    {
        QFETCH(int, count);
        QFETCH(int, pages);
        setGroups({{QStringLiteral("count"), count}});
        AccessGroupWalker walker(&m_signedIn->session);
        ApiError error;
        const auto groups = walk(walker, &error);
        QVERIFY2(groups, qPrintable(error.userMessage()));
        QCOMPARE(groups->size(), count);
        for (const AccessGroup &g : *groups) {
            QVERIFY(!g.id.isEmpty());
            QVERIFY(!g.name.isEmpty());
        }
        const auto ids = *groups | std::views::transform(&AccessGroup::id);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), count); // each group once
        QCOMPARE(walker.pagesRead(), pages);
        QCOMPARE(walker.restarts(), 0);
        QVERIFY(!walker.isRunning());
    }

    void totalChangesMidWalk_startsOverAndReadsTheNewList()
    {
        setGroups({{QStringLiteral("count"), 600}, {QStringLiteral("changeTotalMidWalk"), true}});
        AccessGroupWalker walker(&m_signedIn->session);
        const auto groups = walk(walker);
        QVERIFY(groups);
        QCOMPARE(groups->size(), 601); // one group was added during the first walk
        QCOMPARE(walker.restarts(), 1);
        // first walk: page 0, then page 1 saw the new total; second walk: 3 pages
        QCOMPARE(walker.pagesRead(), 2 + 3);
    }

    void emptyPageBeforeTotal_isAnErrorNamingThePage()
    {
        setGroups({{QStringLiteral("count"), 600}, {QStringLiteral("emptyPageAt"), 1}});
        AccessGroupWalker walker(&m_signedIn->session);
        ApiError error;
        QVERIFY(!walk(walker, &error));
        QCOMPARE(error.kind, ApiError::Kind::BadAnswer);
        const QString message = error.userMessage();
        QVERIFY2(message.contains(QLatin1String("page 1 was empty")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("600")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("access groups")), qPrintable(message));
    }

    void expiredToken_walkGetsNewTokenAndFinishes()
    {
        setGroups({{QStringLiteral("count"), 260}});
        // Sign in first, then every token dies: the first page gets a 401, a new token, a retry.
        Answer<Membership> signedIn;
        m_signedIn->session.signIn(this, signedIn.callback());
        QTRY_VERIFY(signedIn.result.has_value());
        const int tokensBefore =
            sandboxState(m_sandbox.baseUrl()).value(QStringLiteral("tokensIssued")).toInt();
        controlCall(m_sandbox.baseUrl(), "POST", QStringLiteral("/_sandbox/expire-tokens"));
        AccessGroupWalker walker(&m_signedIn->session);
        const auto groups = walk(walker);
        QVERIFY(groups);
        QCOMPARE(groups->size(), 260);
        QCOMPARE(sandboxState(m_sandbox.baseUrl()).value(QStringLiteral("tokensIssued")).toInt(),
                 tokensBefore + 1);
    }

    void garbagePage_isABadAnswer_data()
    {
        addColumns<QByteArray, QString>("body", "expected");
        QTest::newRow("not json") << QByteArray("<html>") << "not a JSON object";
        QTest::newRow("no items") << QByteArray("{\"totalItems\":1}") << "no \"items\" list";
        QTest::newRow("no total") << QByteArray("{\"items\":[]}") << "totalItems";
        QTest::newRow("group without id")
            << QByteArray("{\"items\":[{\"name\":\"x\"}],\"totalItems\":1}") << "no \"id\"";
    }
    void garbagePage_isABadAnswer()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto page =
            json::parseAccessGroupPage(body, QStringLiteral("read the access groups"));
        QVERIFY(!page.ok());
        QVERIFY2(page.error().userMessage().contains(expected),
                 qPrintable(page.error().userMessage()));
    }
};

QTEST_GUILESS_MAIN(TestAccessGroups)
#include "tst_accessgroups.moc"
