// The command line's CSV lines (send's report, watch's status changes) go through the one
// writer: RFC 4180 quoting and the formula guard, whatever the list or the server put there.
#include "cli/sendreport.h"
#include "cli/watchreport.h"

#include <QTest>
#include <QTimeZone>

class TestReportCells final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sendLine_defusesFormulasKeepsNumbers()
    {
        QCOMPARE(cli::reportLine({QStringLiteral("=1+2"),
                                  {},
                                  QStringLiteral("invalid"),
                                  QStringLiteral("Not a phone number, it holds letters")}),
                 QStringLiteral("'=1+2,,invalid,\"Not a phone number, it holds letters\""));
        QCOMPARE(cli::reportLine(
                     {QStringLiteral("+cmd|' /C calc'!A0"), {}, QStringLiteral("invalid"), {}}),
                 QStringLiteral("'+cmd|' /C calc'!A0,,invalid,"));
        QCOMPARE(cli::reportLine({QStringLiteral("+46701234567"),
                                  QStringLiteral("3f2c-1a"),
                                  QStringLiteral("invited"),
                                  {}}),
                 QStringLiteral("+46701234567,3f2c-1a,invited,"));
    }

    // A hostile or broken server chooses statuses and ids: they must not run in Excel.
    void watchLine_defusesWhatTheServerSent()
    {
        tracking::StatusChange change;
        change.invitationId = QStringLiteral("@SUM(1)");
        change.msisdn = QStringLiteral("+46701234567");
        change.oldStatus = QStringLiteral("PENDING");
        change.newStatus = QStringLiteral("=HYPERLINK(\"http://x.invalid\",\"ok\")");
        change.at = QDateTime(QDate(2026, 11, 30), QTime(9, 0), QTimeZone::utc());
        QCOMPARE(cli::watchLine(change),
                 QStringLiteral("2026-11-30T09:00:00.000Z,'@SUM(1),+46701234567,PENDING,"
                                "\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"ok\"\")\""));
    }
};

QTEST_GUILESS_MAIN(TestReportCells)
#include "tst_reportcells.moc"
