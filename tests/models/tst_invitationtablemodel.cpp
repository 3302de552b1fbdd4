#include "invitations/invitationstatus.h"
#include "models/invitationtablemodel.h"
#include "models/phoneentrymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using models::InvitationRow;
using models::InvitationTableModel;

class TestInvitationTableModel : public QObject
{
    Q_OBJECT

    static InvitationRow row(const QString &msisdn, const QString &id = {},
                             const QString &status = QStringLiteral("PENDING"))
    {
        InvitationRow r;
        r.input = msisdn;
        r.msisdn = msisdn;
        r.invitationId = id;
        r.status = status;
        return r;
    }

private Q_SLOTS:
    void tester_acceptsEveryOperation()
    {
        InvitationTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(InvitationTableModel::ColumnCount));
        model.appendRows(
            {row(QStringLiteral("+46701")), row(QStringLiteral("+46702"), QStringLiteral("b"))});
        model.appendRows({});
        QCOMPARE(model.rowCount(), 2);
        InvitationRow changed = model.row(0);
        changed.invitationId = QStringLiteral("a");
        model.updateRow(0, changed);
        QVERIFY(model.updateStatusById(QStringLiteral("a"), QStringLiteral("ACCEPTED")));
        QVERIFY(!model.updateStatusById(QStringLiteral("zzz"), QStringLiteral("ACCEPTED")));
        model.updateRow(5, changed); // out of range: ignored
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void updateStatusById_changesOnlyThatRowsStatusCell()
    {
        InvitationTableModel model;
        QList<InvitationRow> rows;
        for (int i = 0; i < 100; ++i)
            rows << row(QStringLiteral("+467000%1").arg(i), QStringLiteral("id-%1").arg(i));
        model.appendRows(rows);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.updateStatusById(QStringLiteral("id-42"), QStringLiteral("ACCEPTED")));
        QCOMPARE(changed.count(), 1);
        const QModelIndex from = changed.first().at(0).toModelIndex();
        const QModelIndex to = changed.first().at(1).toModelIndex();
        QCOMPARE(from.row(), 42);
        QCOMPARE(to.row(), 42);
        QCOMPARE(from.column(), int(InvitationTableModel::StatusColumn));
        QCOMPARE(model.row(42).status, QStringLiteral("ACCEPTED"));
        QCOMPARE(model.row(41).status, QStringLiteral("PENDING"));
        QCOMPARE(reset.count(), 0);
        // The same status again changes nothing.
        QVERIFY(model.updateStatusById(QStringLiteral("id-42"), QStringLiteral("ACCEPTED")));
        QCOMPARE(changed.count(), 1);
    }

    void display_unknownStatusVerbatim_knownOnesTranslated()
    {
        InvitationTableModel model;
        model.appendRows(
            {row(QStringLiteral("+1"), QStringLiteral("x"), QStringLiteral("WEIRD_NEW")),
             row(QStringLiteral("+2"), QStringLiteral("y"), QStringLiteral("ACCEPTED"))});
        QCOMPARE(model.index(0, InvitationTableModel::StatusColumn).data().toString(),
                 QStringLiteral("WEIRD_NEW"));
        QCOMPARE(model.index(1, InvitationTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Accepted"));
        QCOMPARE(model.index(1, InvitationTableModel::InvitationIdColumn).data().toString(),
                 QStringLiteral("y"));
    }

    void statusTooltip_oneSentencePerStatus_thenTheProblem()
    {
        InvitationTableModel model;
        InvitationRow failed = row(QStringLiteral("+3"), {}, QStringLiteral("FAILED"));
        failed.error = QStringLiteral("Refused: 422");
        model.appendRows(
            {row(QStringLiteral("+1"), QStringLiteral("x"), QStringLiteral("ACCEPTED")),
             row(QStringLiteral("+2"), QStringLiteral("y"), QStringLiteral("WEIRD")), failed});
        const auto tip = [&](int r) {
            return model.index(r, InvitationTableModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString();
        };
        QCOMPARE(tip(0), QStringLiteral("Accepted: the person installed Accessy and joined."));
        QVERIFY(tip(1).isEmpty()); // an unknown status has nothing to explain it
        QVERIFY(tip(2).startsWith(QStringLiteral("Not sent: ")));
        QVERIFY(tip(2).endsWith(QStringLiteral("\nRefused: 422")));
        for (const invitations::StatusDefinition &status : invitations::InvitationStatus::all())
            QVERIFY2(!status.explanation().isEmpty(), qPrintable(status.key));
    }

    void statusCounts_followEveryChange()
    {
        InvitationTableModel model;
        QSignalSpy spy(&model, &InvitationTableModel::statusCountsChanged);
        model.appendRows({row(QStringLiteral("+1"), QStringLiteral("a")),
                          row(QStringLiteral("+2"), QStringLiteral("b")),
                          row(QStringLiteral("+3"), {}, models::LocalStatus::queued())});
        QCOMPARE(model.statusCounts().value(QStringLiteral("PENDING")), 2);
        QCOMPARE(model.statusCounts().value(models::LocalStatus::queued()), 1);
        model.updateStatusById(QStringLiteral("a"), QStringLiteral("ACCEPTED"));
        QCOMPARE(model.statusCounts().value(QStringLiteral("PENDING")), 1);
        QCOMPARE(model.statusCounts().value(QStringLiteral("ACCEPTED")), 1);
        InvitationRow r = model.row(2);
        r.status = models::LocalStatus::failed();
        model.updateRow(2, r);
        QVERIFY(!model.statusCounts().contains(models::LocalStatus::queued()));
        QCOMPARE(model.statusCounts().value(models::LocalStatus::failed()), 1);
        QCOMPARE(spy.count(), 3);
        model.clear();
        QVERIFY(model.statusCounts().isEmpty());
    }

    void invitationIds_skipRowsWithoutId_keepOrder()
    {
        InvitationTableModel model;
        model.appendRows({row(QStringLiteral("+1"), QStringLiteral("a")), row(QStringLiteral("+2")),
                          row(QStringLiteral("+3"), QStringLiteral("c"))});
        QCOMPARE(model.invitationIds({2, 1, 0}),
                 (QStringList{QStringLiteral("c"), QStringLiteral("a")}));
        QCOMPARE(model.allInvitationIds(), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    }

    void updateRow_reindexesChangedId()
    {
        InvitationTableModel model;
        model.appendRows({row(QStringLiteral("+1"), QStringLiteral("old"))});
        InvitationRow r = model.row(0);
        r.invitationId = QStringLiteral("new");
        model.updateRow(0, r);
        QCOMPARE(model.rowForInvitationId(QStringLiteral("old")), -1);
        QCOMPARE(model.rowForInvitationId(QStringLiteral("new")), 0);
    }

    void phoneEntryModel_passesTesterAndCounts()
    {
        models::PhoneEntryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        phones::PhoneEntry a{1,
                             QStringLiteral("0701234567"),
                             {},
                             QStringLiteral("+46701234567"),
                             phones::Verdict::Valid,
                             {}};
        phones::PhoneEntry b{2,  QStringLiteral("abc"),    {},
                             {}, phones::Verdict::Invalid, QStringLiteral("Not a number")};
        model.setEntries({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.counts().valid, 1);
        QCOMPARE(model.counts().invalid, 1);
        QCOMPARE(model.sendableEntries().size(), 1);
        QCOMPARE(model.index(1, models::PhoneEntryModel::NoteColumn).data().toString(),
                 QStringLiteral("Not a number"));
    }
};

QTEST_GUILESS_MAIN(TestInvitationTableModel)
#include "tst_invitationtablemodel.moc"
