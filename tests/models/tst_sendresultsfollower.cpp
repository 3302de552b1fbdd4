// The results table follows a send through the controller's signals alone: the controller
// knows no table. The signals are emitted here as the controller would; the whole path
// against the real sandbox is in tests/sending/tst_sendcontroller.
#include "models/invitationtablemodel.h"
#include "models/sendresultsfollower.h"
#include "sending/sendcontroller.h"

#include <QAbstractItemModelTester>
#include <QTest>

using models::InvitationTableModel;
using models::SendResultsFollower;
using sending::OutcomeKind;
using sending::SendController;
using sending::SendItem;
using sending::SendOutcome;

class TestSendResultsFollower : public QObject
{
    Q_OBJECT

    static QList<SendItem> threeItems()
    {
        return {SendItem{10, QStringLiteral("+46701110001"), QStringLiteral("Ann"),
                         QStringLiteral("070-111 00 01")},
                SendItem{11, QStringLiteral("+46701110002"), {}, QStringLiteral("0701110002")},
                SendItem{12, QStringLiteral("+46701110003"), {}, QStringLiteral("0701110003")}};
    }

private Q_SLOTS:
    void queuedItems_becomeRowsWaiting()
    {
        SendController controller(nullptr);
        InvitationTableModel table;
        QAbstractItemModelTester tester(&table,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SendResultsFollower follower(&controller, &table);
        Q_EMIT controller.itemsQueued(threeItems());
        QCOMPARE(table.rowCount(), 3);
        QCOMPARE(table.row(0).input, QStringLiteral("070-111 00 01"));
        QCOMPARE(table.row(0).name, QStringLiteral("Ann"));
        QCOMPARE(table.row(0).msisdn, QStringLiteral("+46701110001"));
        for (int row = 0; row < 3; ++row)
            QCOMPARE(table.row(row).status, models::LocalStatus::queued());
        QCOMPARE(follower.rowForKey(12), 2);
        QCOMPARE(follower.rowForKey(99), -1);
    }

    void outcomes_fillTheirOwnRows()
    {
        SendController controller(nullptr);
        InvitationTableModel table;
        QAbstractItemModelTester tester(&table,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Rows that were there before the send keep their place and content.
        models::InvitationRow earlier;
        earlier.msisdn = QStringLiteral("+46700000000");
        earlier.status = QStringLiteral("ACCEPTED");
        table.appendRows({earlier});
        SendResultsFollower follower(&controller, &table);
        Q_EMIT controller.itemsQueued(threeItems());
        Q_EMIT controller.itemsSending({10, 11});
        QCOMPARE(table.row(1).status, models::LocalStatus::sending());
        QCOMPARE(table.row(2).status, models::LocalStatus::sending());
        QCOMPARE(table.row(3).status, models::LocalStatus::queued());

        SendOutcome invited;
        invited.key = 10;
        invited.kind = OutcomeKind::Invited;
        invited.invited = true;
        invited.invitation.id = QStringLiteral("inv-1");
        invited.invitation.status = QStringLiteral("PENDING");
        invited.invitation.createdAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        Q_EMIT controller.itemOutcome(invited);
        SendOutcome refused;
        refused.key = 11;
        refused.kind = OutcomeKind::Failed;
        refused.error = QStringLiteral("Refused by the server");
        Q_EMIT controller.itemOutcome(refused);
        SendOutcome stray; // a key no row shows: nothing changes
        stray.key = 77;
        Q_EMIT controller.itemOutcome(stray);

        QCOMPARE(table.rowCount(), 4);
        QCOMPARE(table.row(0).status, QStringLiteral("ACCEPTED"));
        QCOMPARE(table.row(1).status, QStringLiteral("PENDING"));
        QCOMPARE(table.row(1).invitationId, QStringLiteral("inv-1"));
        QCOMPARE(table.row(1).createdAt, invited.invitation.createdAt);
        QCOMPARE(table.rowForInvitationId(QStringLiteral("inv-1")), 1);
        QCOMPARE(table.row(2).status, models::LocalStatus::failed());
        QCOMPARE(table.row(2).error, QStringLiteral("Refused by the server"));
        QCOMPARE(table.statusCounts().value(models::LocalStatus::failed()), 1);

        // "Retry failed": the same row waits again, its old reason gone.
        Q_EMIT controller.itemsRequeued({11});
        QCOMPARE(table.row(2).status, models::LocalStatus::queued());
        QVERIFY(table.row(2).error.isEmpty());
    }

    void alreadyInvited_showsTheExistingInvitationAndWhy()
    {
        SendController controller(nullptr);
        InvitationTableModel table;
        SendResultsFollower follower(&controller, &table);
        Q_EMIT controller.itemsQueued(threeItems().mid(0, 1));
        SendOutcome left;
        left.key = 10;
        left.kind = OutcomeKind::AlreadyInvited;
        left.invitation.id = QStringLiteral("inv-old");
        left.invitation.status = QStringLiteral("PENDING");
        left.error = QStringLiteral("Already invited on 2026-11-20");
        Q_EMIT controller.itemOutcome(left);
        QCOMPARE(table.row(0).invitationId, QStringLiteral("inv-old"));
        QCOMPARE(table.row(0).status, QStringLiteral("PENDING"));
        QCOMPARE(table.row(0).error, QStringLiteral("Already invited on 2026-11-20"));
    }
};

QTEST_GUILESS_MAIN(TestSendResultsFollower)
#include "tst_sendresultsfollower.moc"
