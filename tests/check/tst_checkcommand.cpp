// `accessy-invite check` as scripts use it: the real program, its output and exit codes.
#include "phonefixtures.h"
#include "programrun.h"
#include "testfiles.h"

#include "testtable.h"
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ProgramRun;

Run check(const QStringList &arguments, const QByteArray &input = {})
{
    return runAccessyInvite(QStringList{QStringLiteral("check")} + arguments, input);
}

} // namespace

class TestCheckCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listWithProblems_printsEveryRow_exit1()
    {
        const Run run = check({phoneFixture("lo/members-text.xlsx")});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("row,input,name,e164,verdict,note"));
        QCOMPARE(lines.size(), 13); // header + 12 rows, none dropped
        QVERIFY(
            lines.at(1).startsWith(QStringLiteral("2,070-123 45 67,Åsa Öberg,+46701234567,valid")));
        QVERIFY(run.out.contains(QStringLiteral(",refused,")));
        QVERIFY(run.out.contains(QStringLiteral(",duplicate,")));
        QVERIFY(run.out.contains(QStringLiteral(",not-mobile,")));
    }

    void cleanListFromStdin_exit0()
    {
        const Run run = check({QStringLiteral("-")}, "0701234567\n+46 70 123 45 68\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("+46701234568,valid")));
    }

    void region_appliesToNationalNumbers()
    {
        const Run run =
            check({QStringLiteral("-"), QStringLiteral("--region"), QStringLiteral("NO")},
                  "412 34 567\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("+4741234567")), qPrintable(run.out));
    }

    void sheet_picksTheWorksheet()
    {
        const Run first = check({phoneFixture("lo/two-sheets.xlsx")});
        const Run second = check({phoneFixture("lo/two-sheets.xlsx"), QStringLiteral("--sheet"),
                                  QStringLiteral("Medlemmar 2026")});
        QVERIFY(first.exitCode == 0 || first.exitCode == 1);
        QVERIFY(second.exitCode == 0 || second.exitCode == 1);
        QVERIFY(first.out != second.out);
    }

    void unreadable_exit2_withReasonOnStderr_data()
    {
        addColumns<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("password-protected") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"
                                                          "0000",
                                                          12);
        QTest::newRow("truncated zip") << QByteArray("PK\x03\x04garbage", 11);
    }

    void unreadable_exit2_withReasonOnStderr()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.xlsx"));
        QVERIFY(writeFile(path, content));
        const Run run = check({path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("list.xlsx")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void missingFile_and_badUsage_exit2()
    {
        QCOMPARE(check({QStringLiteral("/nonexistent/list.csv")}).exitCode, 2);
        const Run bad = check({QStringLiteral("--bogus")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("bogus")));
        QCOMPARE(check({}).exitCode, 2);
        QCOMPARE(check({QStringLiteral("-"), QStringLiteral("--region"), QStringLiteral("XX")}, "1")
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
