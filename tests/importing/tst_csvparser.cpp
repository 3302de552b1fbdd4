#include "importing/csvdialect.h"
#include "importing/csvparser.h"

#include "testtable.h"
#include <QTest>

using importing::CsvParser;
using namespace Qt::StringLiterals;

using Records = QList<QStringList>;

class TestCsvParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parse_inChunksOfAnySize_data() { parse_data(); }
    void parse_inChunksOfAnySize();
    void recordLines_countPhysicalLines();
    void unterminatedQuote_reportsTheLineItStarts();
    void cellTooLong_stopsTheParse();
    void tooManyRows_stopsTheParse();
    void tooManyCellsInRow_stopsTheParse();
    void tooManyCells_stopsTheParse();
    void sniff_data();
    void sniff();
};

namespace {
Records parseAll(QChar delimiter, QStringView text, qsizetype chunk)
{
    CsvParser parser(delimiter, 1 << 20, 1 << 20);
    for (qsizetype i = 0; i < text.size(); i += chunk)
        parser.feed(text.sliced(i, std::min(chunk, text.size() - i)));
    if (!parser.finish())
        return {{u"ERROR"_s}};
    return parser.records();
}

// The parse stopped with `error` at the record starting on `line`, and finishing cannot undo it.
void verifyStoppedAt(CsvParser &parser, CsvParser::Error error, int line)
{
    QCOMPARE(parser.error(), error);
    QCOMPARE(parser.errorLine(), line);
    QVERIFY(!parser.finish());
}

} // namespace

void TestCsvParser::parse_data()
{
    addColumns<QString, QString, Records>("delimiter", "text", "records");

    QTest::newRow("empty") << u","_s << QString() << Records{};
    QTest::newRow("only line breaks") << u","_s << u"\n\r\n\r"_s << Records{};
    QTest::newRow("one cell") << u","_s << u"a"_s << Records{{u"a"_s}};
    QTest::newRow("LF") << u","_s << u"a,b\nc,d\n"_s << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("CRLF") << u","_s << u"a,b\r\nc,d\r\n"_s
                          << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("CR") << u","_s << u"a,b\rc,d"_s << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("mixed line endings")
        << u","_s << u"a\r\nb\nc\rd\n\re"_s
        << Records{{u"a"_s}, {u"b"_s}, {u"c"_s}, {u"d"_s}, {u"e"_s}};
    QTest::newRow("no final line break")
        << u";"_s << u"a;b\nc;d"_s << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("empty cells") << u","_s << u",a,,\n"_s << Records{{u""_s, u"a"_s, u""_s, u""_s}};
    QTest::newRow("all-empty records skipped")
        << u";"_s << u"a;b\n;;\n\nc;d\n;\n"_s << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("ragged rows") << u","_s << u"a,b,c\nd\ne,f\n"_s
                                 << Records{{u"a"_s, u"b"_s, u"c"_s}, {u"d"_s}, {u"e"_s, u"f"_s}};
    QTest::newRow("quoted delimiter") << u","_s << u"\"Öberg, Åsa\",0701234567\n"_s
                                      << Records{{u"Öberg, Åsa"_s, u"0701234567"_s}};
    QTest::newRow("doubled quotes")
        << u","_s << u"\"say \"\"hi\"\"\",x"_s << Records{{u"say \"hi\""_s, u"x"_s}};
    QTest::newRow("quoted empty") << u","_s << u"\"\",x\n"_s << Records{{u""_s, u"x"_s}};
    QTest::newRow("quoted LF") << u","_s << u"\"line1\nline2\",x\ny,z"_s
                               << Records{{u"line1\nline2"_s, u"x"_s}, {u"y"_s, u"z"_s}};
    QTest::newRow("quoted CRLF becomes LF")
        << u","_s << u"\"a\r\nb\",c\r\n"_s << Records{{u"a\nb"_s, u"c"_s}};
    QTest::newRow("quoted CR becomes LF")
        << u","_s << u"\"a\rb\",c"_s << Records{{u"a\nb"_s, u"c"_s}};
    QTest::newRow("quote inside unquoted cell is text")
        << u","_s << u"5\" floppy,x"_s << Records{{u"5\" floppy"_s, u"x"_s}};
    QTest::newRow("text after closing quote kept")
        << u","_s << u"\"abc\"def,x"_s << Records{{u"abcdef"_s, u"x"_s}};
    QTest::newRow("blanks before opening quote dropped")
        << u","_s << u"a, \"b, c\""_s << Records{{u"a"_s, u"b, c"_s}};
    QTest::newRow("blanks in unquoted cell kept")
        << u","_s << u" a , b "_s << Records{{u" a "_s, u" b "_s}};
    QTest::newRow("tab") << u"\t"_s << u"a b\tc\n"_s << Records{{u"a b"_s, u"c"_s}};
    QTest::newRow("pipe") << u"|"_s << u"a|b,c\n"_s << Records{{u"a"_s, u"b,c"_s}};
    QTest::newRow("no delimiter: one cell per line")
        << QString() << u"a,b;c\td\n\"e\nf\"\n"_s << Records{{u"a,b;c\td"_s}, {u"e\nf"_s}};
    QTest::newRow("trailing delimiter") << u","_s << u"a,"_s << Records{{u"a"_s, u""_s}};
}

void TestCsvParser::parse()
{
    QFETCH(QString, delimiter);
    QFETCH(QString, text);
    QFETCH(Records, records);
    const QChar d = delimiter.isEmpty() ? QChar() : delimiter[0];
    QCOMPARE(parseAll(d, text, qMax<qsizetype>(1, text.size())), records);
}

// The reader feeds 1 MiB blocks; a CRLF, a doubled quote or a cell may straddle two of them.
void TestCsvParser::parse_inChunksOfAnySize()
{
    QFETCH(QString, delimiter);
    QFETCH(QString, text);
    QFETCH(Records, records);
    const QChar d = delimiter.isEmpty() ? QChar() : delimiter[0];
    for (qsizetype chunk = 1; chunk <= 7; ++chunk)
        QCOMPARE(parseAll(d, text, chunk), records);
}

void TestCsvParser::recordLines_countPhysicalLines()
{
    CsvParser parser(u',', 100, 100, 1);
    parser.feed(u"h1,h2\r\n\r\n\"multi\r\nline\",x\nlast,y\r"_s);
    QVERIFY(parser.finish());
    QCOMPARE(parser.records().size(), 3);
    QCOMPARE(parser.recordLines(), (QList<int>{1, 3, 5}));
}

void TestCsvParser::unterminatedQuote_reportsTheLineItStarts()
{
    CsvParser parser(u',', 100, 100, 1);
    QVERIFY(parser.feed(u"a,b\nc,\"never\nclosed,x\n"_s));
    QVERIFY(!parser.finish());
    QCOMPARE(parser.error(), CsvParser::Error::UnterminatedQuote);
    QCOMPARE(parser.errorLine(), 2);
}

void TestCsvParser::cellTooLong_stopsTheParse()
{
    CsvParser parser(u',', 10, 100, 1);
    QVERIFY(parser.feed(u"ok,0123456789\n"_s)); // exactly at the limit
    QVERIFY(!parser.feed(u"x,\"01234567890\"\n"_s));
    verifyStoppedAt(parser, CsvParser::Error::CellTooLong, 2);
}

void TestCsvParser::tooManyRows_stopsTheParse()
{
    CsvParser parser(u',', 10, 3, 1);
    QVERIFY(parser.feed(u"1\n2\n\n3\n"_s)); // the blank line does not count
    QVERIFY(!parser.feed(u"4\n"_s));
    QCOMPARE(parser.error(), CsvParser::Error::TooManyRows);
}

void TestCsvParser::tooManyCellsInRow_stopsTheParse()
{
    CsvParser parser(u',', 10, 100, 1);
    parser.setCellLimits(3, 100);
    QVERIFY(parser.feed(u"a,b,c\n"_s)); // exactly at the limit
    QVERIFY(!parser.feed(u"1,2,3,4\n"_s));
    verifyStoppedAt(parser, CsvParser::Error::TooManyCellsInRow, 2);
}

void TestCsvParser::tooManyCells_stopsTheParse()
{
    CsvParser parser(u',', 10, 100, 1);
    parser.setCellLimits(3, 5);
    QVERIFY(parser.feed(u"a,b\n,\nc,d\n"_s)); // the blank record does not count
    QVERIFY(!parser.feed(u"e,f\n"_s));
    QCOMPARE(parser.error(), CsvParser::Error::TooManyCells);
}

void TestCsvParser::sniff_data()
{
    addColumns<QString, QString, bool>("sample", "delimiter", "sepLine");

    QTest::newRow("comma") << u"name,phone\nÅsa,0701234567\nBo,0702345678\n"_s << u","_s << false;
    QTest::newRow("semicolon with commas in names")
        << u"Namn;Telefon\nÖberg, Åsa;070-123 45 67\nBerg, Bo;070-234 56 78\n"_s << u";"_s << false;
    QTest::newRow("quoted commas do not count")
        << u"\"Öberg, Åsa\",0701234567\n\"Berg, Bo\",0702345678\n"_s << u","_s << false;
    QTest::newRow("tab") << u"Namn\tMobil\nÅsa\t070 123 45 67\n"_s << u"\t"_s << false;
    QTest::newRow("pipe") << u"a|b\nc|d\n"_s << u"|"_s << false;
    QTest::newRow("one column") << u"0701234567\n0702345678\n"_s << QString() << false;
    QTest::newRow("one column, a comma in one line only")
        << u"0701234567\n0702345678\n070, 3456789\n0704567890\n0705678901\n"_s << QString()
        << false;
    QTest::newRow("swedish decimals in one column")
        << u"4,6701234567E+10\n0701234567\n0702345678\n"_s << QString() << false;
    QTest::newRow("excel sep line") << u"sep=;\nname;phone\n"_s << u";"_s << true;
    QTest::newRow("excel sep line CRLF") << u"SEP=,\r\na,b\r\n"_s << u","_s << true;
}

void TestCsvParser::sniff()
{
    QFETCH(QString, sample);
    QFETCH(QString, delimiter);
    QFETCH(bool, sepLine);
    const importing::CsvDialect dialect = importing::sniffCsvDialect(sample, true);
    QCOMPARE(dialect.delimiter, delimiter.isEmpty() ? QChar() : delimiter[0]);
    QCOMPARE(dialect.sepLine, sepLine);
}

QTEST_GUILESS_MAIN(TestCsvParser)
#include "tst_csvparser.moc"
