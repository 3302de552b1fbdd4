// The pure decisions of a send: what is left out, and which listed invitation a lost request
// created.
#include "sending/backoff.h"
#include "sending/sendplanner.h"

#include "testtable.h"
#include <QTest>

using namespace sending;

namespace {

accessy::Invitation invitation(const QString &id, const QString &msisdn, const QString &created,
                               const QString &status = QStringLiteral("PENDING"))
{
    accessy::Invitation inv;
    inv.id = id;
    inv.recipientMsisdn = msisdn;
    inv.status = status;
    inv.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
    return inv;
}

// A number as the planner gets it (no name, nothing typed).
SendItem item(const QString &msisdn, int key = 0)
{
    return {.key = key, .msisdn = msisdn, .name = {}, .input = {}};
}

} // namespace

class TestSendPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchCreated_data()
    {
        // expectedId: for +46700000001; empty = none
        addColumns<QList<accessy::Invitation>, QStringList, QString, QString>(
            "list", "known", "notBefore", "expectedId");

        const QString a = QStringLiteral("+46700000001");
        const QString b = QStringLiteral("+46700000002");
        const QString t0 = QStringLiteral("2026-11-26T10:00:00.000Z");
        QTest::newRow("created after the batch left")
            << QList{invitation("n1", a, "2026-11-26T10:00:01.000Z")} << QStringList{} << t0
            << "n1";
        QTest::newRow("created before: an older invitation")
            << QList{invitation("o1", a, "2026-11-26T09:59:59.000Z")} << QStringList{} << t0 << "";
        QTest::newRow("known id: existed before the job")
            << QList{invitation("k1", a, "2026-11-26T10:00:01.000Z")} << QStringList{"k1"} << t0
            << "";
        QTest::newRow("another number only")
            << QList{invitation("b1", b, "2026-11-26T10:00:01.000Z")} << QStringList{} << t0 << "";
        QTest::newRow("two candidates: the earliest")
            << QList{invitation("late", a, "2026-11-26T10:00:05.000Z"),
                     invitation("early", a, "2026-11-26T10:00:02.000Z")}
            << QStringList{} << t0 << "early";
        QTest::newRow("no time on it: cannot be ruled out")
            << QList{invitation("x", a, "garbage")} << QStringList{} << t0 << "x";
        QTest::newRow("accepted already: still ours")
            << QList{invitation("acc", a, "2026-11-26T10:00:03.000Z", "ACCEPTED")} << QStringList{}
            << t0 << "acc";
    }
    void matchCreated()
    {
        QFETCH(QList<accessy::Invitation>, list);
        QFETCH(QStringList, known);
        QFETCH(QString, notBefore);
        QFETCH(QString, expectedId);
        const QString a = QStringLiteral("+46700000001");
        const auto found =
            planner::matchCreated(list, {a}, QDateTime::fromString(notBefore, Qt::ISODateWithMs),
                                  QSet<QString>(known.cbegin(), known.cend()));
        QCOMPARE(found.value(a).id, expectedId);
        QCOMPARE(found.contains(a), !expectedId.isEmpty());
    }

    void plan_serverWinsOverHistory()
    {
        const QList<accessy::Invitation> server{
            invitation("p1", "+46700000001", "2026-11-20T08:00:00.000Z"),
            invitation("a2", "+46700000002", "2026-11-20T08:00:00.000Z", "ACCEPTED")};
        QHash<QString, history::InvitationRecord> journal;
        history::InvitationRecord h3;
        h3.id = QStringLiteral("h3");
        h3.msisdn = QStringLiteral("+46700000003");
        h3.status = QStringLiteral("PENDING");
        h3.createdAt = QDateTime::fromString("2026-11-21T08:00:00.000Z", Qt::ISODateWithMs);
        journal.insert(h3.msisdn, h3);
        // The journal says pending, the server says accepted: the server wins.
        history::InvitationRecord h2 = h3;
        h2.id = QStringLiteral("a2");
        h2.msisdn = QStringLiteral("+46700000002");
        journal.insert(h2.msisdn, h2);

        const QList<SendItem> items{item("+46700000001", 0), item("+46700000002", 1),
                                    item("+46700000003", 2), item("+46700000004", 3),
                                    item("+46700000004", 4)};
        const SendPlan plan = planner::plan(items, server, journal, false);
        // 0003: the history remembers an invitation the server no longer has: not pending.
        QCOMPARE(plan.toSend.size(), 2);
        QCOMPARE(plan.toSend.at(0).msisdn, QStringLiteral("+46700000003"));
        QCOMPARE(plan.toSend.at(1).msisdn, QStringLiteral("+46700000004"));
        QCOMPARE(plan.alreadyInvited.size(), 1);
        QCOMPARE(plan.alreadyInvited.at(0).invitation.id, QStringLiteral("p1"));
        QVERIFY(!plan.alreadyInvited.at(0).fromHistoryOnly);
        // 0002 accepted: never texted again, even though the member list was not read.
        QCOMPARE(plan.members.size(), 1);
        QCOMPARE(plan.members.at(0).verdict, Verdict::Accepted);
        QCOMPARE(plan.duplicates.size(), 1);
        QCOMPARE(plan.duplicates.first().key, 4);
        QCOMPARE(plan.verdicts.size(), 5);
        QCOMPARE(plan.verdicts.at(2).verdict, Verdict::Deleted);
        QVERIFY(planner::verdictReason(plan.verdicts.at(2)).contains(QLatin1String("2026-11-21")));
        QVERIFY(planner::alreadyInvitedReason(plan.alreadyInvited.at(0).invitation)
                    .contains(QLatin1String("2026-11-20")));

        const QStringList summary = planner::summaryLines(plan);
        QCOMPARE(summary.size(), 5); // new, deleted, pending, accepted, listed twice
        QVERIFY2(summary.first().startsWith(QLatin1String("1 new")), qPrintable(summary.first()));
        QVERIFY(summary.join(u'\n').contains(QLatin1String("accepted an invitation")));

        const SendPlan again = planner::plan(items, server, journal, true);
        QCOMPARE(again.toSend.size(), 3);
        QVERIFY(again.alreadyInvited.isEmpty());
        QCOMPARE(again.members.size(), 1); // "invite again" never reaches an accepted one
        QCOMPARE(again.verdicts.at(0).verdict, Verdict::InviteAgain);
    }

    void plan_verdicts_data()
    {
        addColumns<QList<accessy::Invitation>, bool, bool, bool, int, int>(
            "server", "member", "groups", "inviteAgain", "remindAfterDays", "verdict");

        const QString n = QStringLiteral("+46700000001");
        const auto pendingDaysAgo = [n](int days) {
            return invitation("p", n,
                              QDateTime::fromString("2026-11-30T10:00:00.000Z", Qt::ISODateWithMs)
                                  .addDays(-days)
                                  .toString(Qt::ISODateWithMs));
        };
        using L = QList<accessy::Invitation>;
        QTest::newRow("never seen: new")
            << L{} << false << false << false << -1 << int(Verdict::New);
        QTest::newRow("member") << L{} << true << false << false << -1 << int(Verdict::Member);
        QTest::newRow("member, groups chosen")
            << L{} << true << true << false << -1 << int(Verdict::AddToGroups);
        QTest::newRow("member, invite again asked: still a member")
            << L{} << true << false << true << -1 << int(Verdict::Member);
        QTest::newRow("member with a pending invitation too")
            << L{pendingDaysAgo(1)} << true << false << true << 7 << int(Verdict::Member);
        QTest::newRow("accepted, member list behind")
            << L{invitation("a", n, "2026-11-20T08:00:00.000Z", "ACCEPTED")} << false << false
            << true << -1 << int(Verdict::Accepted);
        QTest::newRow("accepted, groups chosen")
            << L{invitation("a", n, "2026-11-20T08:00:00.000Z", "ACCEPTED")} << false << true
            << false << -1 << int(Verdict::AddToGroups);
        QTest::newRow("pending 3 days, remind after 7")
            << L{pendingDaysAgo(3)} << false << false << false << 7 << int(Verdict::Pending);
        QTest::newRow("pending 8 days, remind after 7")
            << L{pendingDaysAgo(8)} << false << false << false << 7 << int(Verdict::Remind);
        QTest::newRow("pending 8 days, no reminders")
            << L{pendingDaysAgo(8)} << false << false << false << -1 << int(Verdict::Pending);
        QTest::newRow("pending, invite again")
            << L{pendingDaysAgo(1)} << false << false << true << -1 << int(Verdict::InviteAgain);
        QTest::newRow("deleted") << L{invitation("d", n, "2026-11-20T08:00:00.000Z", "DELETED")}
                                 << false << false << false << -1 << int(Verdict::Deleted);
        QTest::newRow("deleted, then a newer pending one")
            << L{invitation("d", n, "2026-11-20T08:00:00.000Z", "DELETED"), pendingDaysAgo(1)}
            << false << false << false << -1 << int(Verdict::Pending);
    }
    void plan_verdicts()
    {
        QFETCH(QList<accessy::Invitation>, server);
        QFETCH(bool, member);
        QFETCH(bool, groups);
        QFETCH(bool, inviteAgain);
        QFETCH(int, remindAfterDays);
        QFETCH(int, verdict);
        OrganizationSnapshot organization{server, {}};
        if (member)
            organization.members << accessy::Member{
                QStringLiteral("u1"), {}, {}, QStringLiteral("+46700000001"), false};
        planner::Rules rules;
        rules.inviteAgain = inviteAgain;
        rules.remindAfterDays = remindAfterDays;
        rules.groupsChosen = groups;
        rules.now = QDateTime::fromString("2026-11-30T10:00:00.000Z", Qt::ISODateWithMs);
        const SendPlan plan = planner::plan({item("+46700000001")}, organization, {}, rules);
        QCOMPARE(plan.verdicts.size(), 1);
        QCOMPARE(int(plan.verdicts.at(0).verdict), verdict);
        const bool sends = verdictSends(Verdict(verdict));
        QCOMPARE(plan.toSend.size(), sends ? 1 : 0);
        QCOMPARE(plan.count(Verdict(verdict)), 1);
        if (member)
            QCOMPARE(plan.verdicts.at(0).userId, QStringLiteral("u1"));
        // Every verdict but "new" says why.
        QCOMPARE(planner::verdictReason(plan.verdicts.at(0)).isEmpty(),
                 verdict == int(Verdict::New));
    }

    void backoff_growsByFactorUpToCapWithJitter()
    {
        Backoff backoff(300, 1.5, 10000, 7);
        QCOMPARE(backoff.baseMs(0), 300);
        QCOMPARE(backoff.baseMs(1), 450);
        QCOMPARE(backoff.baseMs(2), 675);
        QCOMPARE(backoff.baseMs(20), 10000);
        QSet<int> seen;
        for (int i = 0; i < 50; ++i) {
            const int d = backoff.delayMs(1);
            QVERIFY(d >= 225 && d <= 450);
            seen.insert(d);
        }
        QVERIFY2(seen.size() > 5, "no jitter");
    }
};

QTEST_GUILESS_MAIN(TestSendPlanner)
#include "tst_sendplanner.moc"
