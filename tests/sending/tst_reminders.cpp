// Who is due a reminder (sending::reminders), shared by `accessy-invite remind` and the window.
#include "sending/reminders.h"

#include <QTest>

using namespace sending;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

accessy::Invitation invitation(const QString &id, const QString &msisdn, const QString &status,
                               int daysAgo, const QString &message = QStringLiteral("Hej"))
{
    accessy::Invitation inv;
    inv.id = id;
    inv.recipientMsisdn = msisdn;
    inv.status = status;
    inv.createdAt = kNow.addDays(-daysAgo);
    inv.invitationMessage = message;
    return inv;
}

QStringList idsOf(const QList<accessy::Invitation> &list)
{
    QStringList ids;
    for (const accessy::Invitation &inv : list)
        ids << inv.id;
    return ids;
}

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isDue_onlyPendingAtOrBeforeTheCutoff()
    {
        const QDateTime cutoff = reminders::cutoff(7, kNow);
        QCOMPARE(cutoff, kNow.addDays(-7));
        QVERIFY(reminders::isDue(QStringLiteral("PENDING"), kNow.addDays(-7), cutoff));
        QVERIFY(reminders::isDue(QStringLiteral("PENDING"), kNow.addDays(-30), cutoff));
        QVERIFY(!reminders::isDue(QStringLiteral("PENDING"), kNow.addDays(-6), cutoff));
        QVERIFY(!reminders::isDue(QStringLiteral("ACCEPTED"), kNow.addDays(-30), cutoff));
        QVERIFY(!reminders::isDue(QStringLiteral("DELETED"), kNow.addDays(-30), cutoff));
        QVERIFY(!reminders::isDue(QStringLiteral("PENDING"), QDateTime(), cutoff));
        QCOMPARE(reminders::cutoff(-3, kNow), kNow); // no negative age
    }

    void pickDue_newestInvitationPerNumberDecides_longestWaitingFirst()
    {
        struct Row
        {
            const char *id;
            const char *msisdn;
            const char *status;
            int daysAgo;
        };
        const Row rows[] = {
            {"a1", "+46701", "PENDING", 9},
            {"b1", "+46702", "PENDING", 20},
            // +46703: pending long ago, but a newer invitation was accepted.
            {"c1", "+46703", "PENDING", 30},
            {"c2", "+46703", "ACCEPTED", 2},
            // +46704: a younger pending invitation replaced the old one.
            {"d1", "+46704", "PENDING", 30},
            {"d2", "+46704", "PENDING", 1},
            {"e1", "", "PENDING", 30},
        };
        QList<accessy::Invitation> list;
        for (const Row &r : rows)
            list << invitation(QLatin1String(r.id), QLatin1String(r.msisdn),
                               QLatin1String(r.status), r.daysAgo);
        QCOMPARE(idsOf(reminders::pickDue(list, reminders::cutoff(7, kNow))),
                 (QStringList{QStringLiteral("b1"), QStringLiteral("a1")}));
        QVERIFY(reminders::pickDue(list, reminders::cutoff(365, kNow)).isEmpty());
    }

    void sharedMessage_emptyWhenTheTextsDiffer()
    {
        const auto a = invitation(QStringLiteral("a"), QStringLiteral("+1"),
                                  QStringLiteral("PENDING"), 9, QStringLiteral("Välkommen!"));
        const auto b = invitation(QStringLiteral("b"), QStringLiteral("+2"),
                                  QStringLiteral("PENDING"), 9, QStringLiteral("Välkommen!"));
        const auto c = invitation(QStringLiteral("c"), QStringLiteral("+3"),
                                  QStringLiteral("PENDING"), 9, QStringLiteral("Hej"));
        QCOMPARE(reminders::sharedMessage(nullptr, {a, b}), QStringLiteral("Välkommen!"));
        QCOMPARE(reminders::sharedMessage(nullptr, {a, c}), QString());
        // Without a text from the server or a history, there is none to send again.
        const auto blank = invitation(QStringLiteral("d"), QStringLiteral("+4"),
                                      QStringLiteral("PENDING"), 9, QString());
        QCOMPARE(reminders::sharedMessage(nullptr, {blank}), QString());
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
