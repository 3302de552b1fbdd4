// Reading and checking lists off the UI thread, on fixtures made by LibreOffice.
#include "importing/importjob.h"
#include "phonefixtures.h"
#include "testfiles.h"

#include "testtable.h"
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using importing::ImportJob;
using importing::ImportResult;

class TestImportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ImportResult>(); }

    void readFile_detectsColumnsAndChecksEveryRow_data()
    {
        addColumns<QString>("file");
        QTest::newRow("xlsx, numbers as text") << phoneFixture("lo/members-text.xlsx");
        QTest::newRow("xlsx, numbers mangled") << phoneFixture("lo/members-numbers.xlsx");
        QTest::newRow("csv 1252 semicolon")
            << phoneFixture("lo/members-numbers-1252-semicolon.csv");
        QTest::newRow("csv utf-16 tab") << phoneFixture("lo/members-utf16-tab.csv");
        QTest::newRow("csv utf-8 comma") << phoneFixture("lo/members-utf8-comma.csv");
    }

    void readFile_detectsColumnsAndChecksEveryRow()
    {
        QFETCH(QString, file);
        ImportJob job;
        QSignalSpy finished(&job, &ImportJob::finished);
        job.readFile(file);
        QTRY_COMPARE(finished.count(), 1);
        const ImportResult result = finished.first().first().value<ImportResult>();
        QVERIFY2(result.ok(), result.error ? qPrintable(result.error->message) : "");
        QVERIFY(result.columns.hasHeader);
        QCOMPARE(result.columns.phoneColumn, 1);
        QCOMPARE(result.entries.size(), 12);
        const phones::PhoneEntry &asa = result.entries.first();
        QCOMPARE(asa.name, QStringLiteral("Åsa Öberg"));
        QCOMPARE(asa.e164, QStringLiteral("+46701234567"));
        QVERIFY(phones::isSendable(asa.verdict));
        // Göran's number is Åsa's again: a duplicate, not a second text.
        const auto goran = std::find_if(
            result.entries.cbegin(), result.entries.cend(),
            [](const phones::PhoneEntry &e) { return e.name.startsWith(QStringLiteral("Göran")); });
        QVERIFY(goran != result.entries.cend());
        QCOMPARE(goran->verdict, phones::Verdict::Duplicate);
        const phones::VerdictCounts counts = phones::countVerdicts(result.entries);
        QCOMPARE(counts.refused, 1);   // 112
        QCOMPARE(counts.notMobile, 1); // the landline
        QVERIFY(counts.invalid >= 2);  // the empty cell and the short number
        QVERIFY(counts.sendable() >= 6);
    }

    void rechoose_checksOtherColumn()
    {
        ImportJob job;
        QSignalSpy finished(&job, &ImportJob::finished);
        job.readFile(phoneFixture("source/members.csv"));
        QTRY_COMPARE(finished.count(), 1);
        const ImportResult first = finished.first().first().value<ImportResult>();
        QVERIFY(first.ok());
        importing::ColumnChoice columns = first.columns;
        columns.phoneColumn = 2; // the e-mail column: nothing is a number
        job.rechoose(first, columns);
        QTRY_COMPARE(finished.count(), 2);
        const ImportResult second = finished.last().first().value<ImportResult>();
        QCOMPARE(second.columns.phoneColumn, 2);
        QCOMPARE(phones::countVerdicts(second.entries).sendable(), 0);
        QCOMPARE(second.entries.size(), first.entries.size());
    }

    void cancel_resultIsNeverDelivered()
    {
        ImportJob job;
        QSignalSpy finished(&job, &ImportJob::finished);
        job.readFile(phoneFixture("lo/members-text.xlsx"));
        job.cancel();
        // The cancelled work runs to its end; then its (dropped) result is handed over.
        QTRY_VERIFY(!job.isRunning());
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 0);
        // A later read is delivered as usual.
        job.readFile(phoneFixture("lo/members-text.xlsx"));
        QTRY_COMPARE(finished.count(), 1);
    }

    void brokenFiles_sayWhatIsWrong_data()
    {
        addColumns<QByteArray, QString>("content", "expected");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                              16)
                                << "members.csv";
        QTest::newRow("truncated xlsx")
            << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10) << "members.csv";
        QTest::newRow("encrypted office")
            << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) << "members.csv";
        QTest::newRow("no numbers") << QByteArray("name\nAnna\nBo\n") << "phone numbers";
    }

    void brokenFiles_sayWhatIsWrong()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("members.csv"));
        QVERIFY(writeFile(path, content));
        ImportJob job;
        QSignalSpy finished(&job, &ImportJob::finished);
        job.readFile(path);
        QTRY_COMPARE(finished.count(), 1);
        const ImportResult result = finished.first().first().value<ImportResult>();
        QVERIFY(!result.ok());
        QVERIFY(result.error.has_value());
        QVERIFY2(result.error->message.contains(expected, Qt::CaseInsensitive),
                 qPrintable(result.error->message));
    }

    void problemsCsv_listsOnlyProblemsQuoted()
    {
        phones::PhoneEntry good{1,
                                QStringLiteral("0701234567"),
                                QStringLiteral("A"),
                                QStringLiteral("+46701234567"),
                                phones::Verdict::Valid,
                                {}};
        phones::PhoneEntry bad{2,  QStringLiteral("12,3"),   QStringLiteral("B \"Bee\""),
                               {}, phones::Verdict::Invalid, QStringLiteral("Too short")};
        const QList<phones::PhoneEntry> problems = importing::problemEntries({good, bad});
        QCOMPARE(problems.size(), 1);
        const QByteArray csv = importing::problemsCsv(problems);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv.mid(3), QByteArray("row,input,name,verdict,note\r\n"
                                        "2,\"12,3\",\"B \"\"Bee\"\"\",invalid,Too short\r\n"));
    }

    // Names and inputs come from files anyone may have written: "Save problems as CSV" must
    // not hand Excel a formula.
    void problemsCsv_defusesFormulas()
    {
        const phones::PhoneEntry bad{3,  QStringLiteral("=1+2"),   QStringLiteral("@SUM(1)"),
                                     {}, phones::Verdict::Invalid, QStringLiteral("-1+cmd")};
        QCOMPARE(importing::problemsCsv({bad}).mid(3),
                 QByteArray("row,input,name,verdict,note\r\n3,'=1+2,'@SUM(1),invalid,'-1+cmd\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
