// The pure decisions of a send: what is left out, and which listed invitation a lost request
// created.
#include "sending/backoff.h"
#include "sending/sendplanner.h"

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

SendItem item(const QString &msisdn, int key = 0)
{
    SendItem i;
    i.key = key;
    i.msisdn = msisdn;
    return i;
}

} // namespace

class TestSendPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchCreated_data()
    {
        QTest::addColumn<QList<accessy::Invitation>>("list");
        QTest::addColumn<QStringList>("known");
        QTest::addColumn<QString>("notBefore");
        QTest::addColumn<QString>("expectedId"); // for +46700000001; empty = none

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

    void plan_leavesOutPendingKeepsOthers()
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
        // h3 is pending in the journal only: the server's list no longer has it (deleted, an
        // account reset), so it is not pending any more and its number is invited again.
        QCOMPARE(plan.toSend.size(), 3);
        QCOMPARE(plan.toSend.at(0).msisdn, QStringLiteral("+46700000002"));
        QCOMPARE(plan.toSend.at(1).msisdn, QStringLiteral("+46700000003"));
        QCOMPARE(plan.toSend.at(2).msisdn, QStringLiteral("+46700000004"));
        QCOMPARE(plan.alreadyInvited.size(), 1);
        QCOMPARE(plan.alreadyInvited.at(0).invitation.id, QStringLiteral("p1"));
        QVERIFY(!plan.alreadyInvited.at(0).fromHistoryOnly);
        QCOMPARE(plan.duplicates.size(), 1);
        QCOMPARE(plan.duplicates.first().key, 4);
        QVERIFY(planner::alreadyInvitedReason(plan.alreadyInvited.at(0).invitation)
                    .contains(QLatin1String("2026-11-20")));

        // The journal pending and the list agreeing: left out (the server's entry is shown).
        QList<accessy::Invitation> withH3 = server;
        withH3 << invitation("h3", "+46700000003", "2026-11-21T08:00:00.000Z");
        const SendPlan listed = planner::plan(items, withH3, journal, false);
        QCOMPARE(listed.alreadyInvited.size(), 2);
        QCOMPARE(listed.alreadyInvited.at(1).invitation.id, QStringLiteral("h3"));

        const SendPlan again = planner::plan(items, server, journal, true);
        QCOMPARE(again.toSend.size(), 4);
        QVERIFY(again.alreadyInvited.isEmpty());
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
