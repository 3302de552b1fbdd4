#include "export/exporttable.h"
#include "exportfixtures.h"
#include "invitations/invitationstatus.h"

#include "testtable.h"
#include <QTest>

using namespace exporting;

class TestExportTable final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void header_namesEveryColumnInOrder()
    {
        const QStringList expected = {QStringLiteral("Entered as"), QStringLiteral("Name"),
                                      QStringLiteral("Number"),     QStringLiteral("Invitation ID"),
                                      QStringLiteral("Status"),     QStringLiteral("Time"),
                                      QStringLiteral("Problem")};
        QCOMPARE(invitationHeader(), expected);
        QCOMPARE(invitationHeader().size(), int(InvitationColumnCount));
    }

    void cells_carryEveryFieldVerbatim()
    {
        // The test runs with TZ=Europe/Stockholm: 09:30:05Z is 10:30:05 there in November.
        const invitations::InvitationRow row = trickyInvitationRows().first();
        const QStringList expected = {QStringLiteral("070-123 45 67"),
                                      QString::fromUtf8("Åsa Öberg"),
                                      QStringLiteral("+46701234567"),
                                      QStringLiteral("3f2c1a9e-0b7d-4c1e-9a55-1d2e3f4a5b6c"),
                                      invitations::InvitationStatus::text(row.status),
                                      QStringLiteral("2026-11-26T10:30:05+01:00"),
                                      QString()};
        QCOMPARE(invitationCells(row), expected);
    }

    void isoTime_usesLocalOffset_data()
    {
        addColumns<QDateTime, QString>("time", "expected");
        QTest::newRow("winter") << QDateTime(QDate(2026, 1, 15), QTime(12, 0), QTimeZone::utc())
                                << QStringLiteral("2026-01-15T13:00:00+01:00");
        QTest::newRow("summer") << QDateTime(QDate(2026, 7, 1), QTime(23, 59, 59), QTimeZone::utc())
                                << QStringLiteral("2026-07-02T01:59:59+02:00");
        QTest::newRow("invalid") << QDateTime() << QString();
    }
    void isoTime_usesLocalOffset()
    {
        QFETCH(QDateTime, time);
        QFETCH(QString, expected);
        QCOMPARE(isoTime(time), expected);
        if (time.isValid()) // and it names the same instant
            QCOMPARE(QDateTime::fromString(expected, Qt::ISODate), time);
    }

    void status_isShownAsInTheTable()
    {
        for (const invitations::InvitationRow &row : trickyInvitationRows()) {
            const QString cell = invitationCells(row).at(StatusColumn);
            QCOMPARE(cell, invitations::InvitationStatus::text(row.status));
            QVERIFY(!cell.isEmpty());
        }
    }

    void table_hasOneRowPerInvitation()
    {
        const QList<invitations::InvitationRow> rows = trickyInvitationRows();
        const ExportTable table = invitationTable(rows);
        QCOMPARE(table.header, invitationHeader());
        QCOMPARE(table.rows.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(table.rows[i], invitationCells(rows[i]));
        QVERIFY(invitationTable({}).rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExportTable)
#include "tst_exporttable.moc"
