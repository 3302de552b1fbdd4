#include "importing/checkreport.h"

#include "testtable.h"
#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using importing::CheckReport;
using phones::PhoneEntry;
using phones::Verdict;
using namespace Qt::StringLiterals;

namespace {
// What `check` makes of a report: stdout, stderr and the exit code.
struct Checked
{
    QString csv;
    QString error;
    int exitCode = CheckReport::Unreadable;
};

Checked checkFile(const QString &path, const QString &region = u"SE"_s)
{
    importing::ImportOptions options;
    options.region = region;
    const importing::Result<CheckReport> report =
        importing::checkList(importing::ImportSource::file(path), options);
    if (!report.ok())
        return {{}, report.error().message, CheckReport::Unreadable};
    return {report.value().csv, {}, report.value().exitCode};
}
} // namespace

class TestCheckReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allUsable_exitsZero_withTheCsv();
    void someNotUsable_exitsOne();
    void unreadable_exitsTwo_withTheSentence();
    void unknownRegion_exitsTwo();
    void region_decidesHowNationalNumbersRead();
    void csv_quotesAndGuardsCells_data();
    void csv_quotesAndGuardsCells();
    void longList_writtenInBlocks_isTheWholeListsReport();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestCheckReport::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCheckReport::allUsable_exitsZero_withTheCsv()
{
    const QString path =
        write(u"ok.csv"_s, "Namn;Mobil\nÅsa Öberg;070-123 45 67\n\"Bo, Ek\";701234568\n");
    const Checked report = checkFile(path);
    QCOMPARE(report.exitCode, int(CheckReport::AllUsable));
    QVERIFY(report.error.isEmpty());
    QCOMPARE(report.csv, u"row,input,name,e164,verdict,note\n"
                         "2,070-123 45 67,Åsa Öberg,+46701234567,valid,\n"
                         "3,701234568,\"Bo, Ek\",+46701234568,fixed,Leading zero restored.\n"_s);
}

void TestCheckReport::someNotUsable_exitsOne()
{
    const QString path = write(u"mixed.csv"_s, "0701234567\n08-123 456 78\n112\n");
    const Checked report = checkFile(path);
    QCOMPARE(report.exitCode, int(CheckReport::SomeNotUsable));
    QCOMPARE(report.csv, u"row,input,name,e164,verdict,note\n"
                         "1,0701234567,,+46701234567,valid,\n"
                         "2,08-123 456 78,,+46812345678,not-mobile,Landline: it cannot receive "
                         "the SMS\n"
                         "3,112,,,refused,Emergency or service number: never invited\n"_s);
}

void TestCheckReport::unreadable_exitsTwo_withTheSentence()
{
    const Checked missing = checkFile(m_dir.filePath(u"nope.xlsx"_s));
    QCOMPARE(missing.exitCode, int(CheckReport::Unreadable));
    QVERIFY(missing.csv.isEmpty());
    QVERIFY(missing.error.startsWith(u"“nope.xlsx” could not be opened"_s));

    const Checked broken = checkFile(write(u"broken.xlsx"_s, "PK\x03\x04garbage"));
    QCOMPARE(broken.exitCode, int(CheckReport::Unreadable));
    QCOMPARE(broken.error, u"“broken.xlsx” is not a readable XLSX spreadsheet: the file is "
                           "damaged or cut short."_s);
}

void TestCheckReport::unknownRegion_exitsTwo()
{
    const Checked report = checkFile(write(u"r.csv"_s, "0701234567\n"), u"XX"_s);
    QCOMPARE(report.exitCode, int(CheckReport::Unreadable));
    QCOMPARE(report.error, u"“XX” is not a country code libphonenumber knows (use two letters, "
                           "such as SE)."_s);
}

void TestCheckReport::region_decidesHowNationalNumbersRead()
{
    const QString path = write(u"no.csv"_s, "412 34 567\n");
    QCOMPARE(checkFile(path, u"NO"_s).exitCode, int(CheckReport::AllUsable));
    QCOMPARE(checkFile(path, u"SE"_s).exitCode, int(CheckReport::SomeNotUsable));
}

void TestCheckReport::csv_quotesAndGuardsCells_data()
{
    addColumns<QString, QString, QString>("input", "name", "line");

    QTest::newRow("plain") << u"0701234567"_s << u"Åsa"_s << u"1,0701234567,Åsa,,invalid,x"_s;
    QTest::newRow("comma") << u"070,1"_s << u"Ek, Bo"_s << u"1,\"070,1\",\"Ek, Bo\",,invalid,x"_s;
    QTest::newRow("quote") << u"07\"0"_s << u"a"_s << u"1,\"07\"\"0\",a,,invalid,x"_s;
    QTest::newRow("line break") << u"070\n1"_s << u"a"_s << u"1,\"070\n1\",a,,invalid,x"_s;
    QTest::newRow("leading blank") << u" 070"_s << u"a"_s << u"1,\" 070\",a,,invalid,x"_s;
    QTest::newRow("formula") << u"=HYPERLINK(\"http://x\")"_s << u"@SUM(A1)"_s
                             << u"1,\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(A1),,invalid,x"_s;
    QTest::newRow("plus formula") << u"+cmd|'/C calc'!A0"_s << u"-2+3"_s
                                  << u"1,'+cmd|'/C calc'!A0,'-2+3,,invalid,x"_s;
    QTest::newRow("carriage return")
        << u"070\r\n1\r2"_s << u"a"_s << u"1,\"070\n1\n2\",a,,invalid,x"_s;
    QTest::newRow("trailing blank") << u"070 "_s << u"Å "_s << u"1,\"070 \",\"Å \",,invalid,x"_s;
    QTest::newRow("tab first") << u"\t070"_s << u"a"_s << u"1,'\t070,a,,invalid,x"_s;
    QTest::newRow("quote and letters")
        << u"Zoë \"Z\""_s << u"Šimková"_s << u"1,\"Zoë \"\"Z\"\"\",Šimková,,invalid,x"_s;
    QTest::newRow("phone-like plus kept")
        << u"+46 (0)70-123.45.67"_s << u"a"_s << u"1,+46 (0)70-123.45.67,a,,invalid,x"_s;
}

void TestCheckReport::csv_quotesAndGuardsCells()
{
    QFETCH(QString, input);
    QFETCH(QString, name);
    QFETCH(QString, line);
    PhoneEntry entry;
    entry.row = 1;
    entry.input = input;
    entry.name = name;
    entry.verdict = Verdict::Invalid;
    entry.note = u"x"_s;
    QCOMPARE(importing::checkReportCsv({entry}),
             u"row,input,name,e164,verdict,note\n"_s + line + u'\n');
}

// `check` judges and writes a long list in blocks; the report is exactly the one of the whole
// list checked at once, duplicates across blocks included.
void TestCheckReport::longList_writtenInBlocks_isTheWholeListsReport()
{
    QByteArray csv = "Namn;Mobil\n";
    for (int i = 0; i < 70'000; ++i) {
        const QByteArray number = QByteArray::number(701000000 + (i * 7919) % 60'000);
        csv += "Person " + QByteArray::number(i) + ';' + (i % 3 ? "0" + number : "+46 " + number) +
               '\n';
    }
    csv += "Sist;070-100 00 00\n;\n;abc\n";
    const QString path = write(u"long.csv"_s, csv);

    QBuffer streamed;
    streamed.open(QIODevice::WriteOnly);
    const importing::Result<int> exitCode =
        importing::writeCheckReport(importing::ImportSource::file(path), {}, streamed);
    QVERIFY(exitCode.ok());
    QCOMPARE(exitCode.value(), int(CheckReport::SomeNotUsable));

    const importing::ImportResult whole =
        importing::importList(importing::ImportSource::file(path));
    QVERIFY(whole.ok());
    QCOMPARE(whole.entries.size(), 70'002);
    const QString expected = importing::checkReportCsv(whole.entries);
    QCOMPARE(QString::fromUtf8(streamed.data()), expected);
    // Row 70,002 repeats the number of the first data row, tens of thousands of rows back.
    QVERIFY(expected.contains(u"\n70002,070-100 00 00,Sist,+46701000000,duplicate,Same number "
                              "as row 2\n"_s));
}

QTEST_GUILESS_MAIN(TestCheckReport)
#include "tst_checkreport.moc"
