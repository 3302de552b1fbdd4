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

    const auto row = [](const char *name, const QString &delimiter, const QString &text,
                        const Records &records) {
        QTest::newRow(name) << delimiter << text << records;
    };
    // Most lists people have are comma-separated.
    const auto commaRow = [&row](const char *name, const QString &text, const Records &records) {
        row(name, u","_s, text, records);
    };
    commaRow("empty", QString(), {});
    commaRow("only line breaks", u"\n\r\n\r"_s, {});
    commaRow("one cell", u"a"_s, {{u"a"_s}});
    commaRow("LF", u"a,b\nc,d\n"_s, {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}});
    commaRow("CRLF", u"a,b\r\nc,d\r\n"_s, {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}});
    commaRow("CR", u"a,b\rc,d"_s, {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}});
    commaRow("mixed line endings", u"a\r\nb\nc\rd\n\re"_s,
             {{u"a"_s}, {u"b"_s}, {u"c"_s}, {u"d"_s}, {u"e"_s}});
    row("no final line break", u";"_s, u"a;b\nc;d"_s, {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}});
    commaRow("empty cells", u",a,,\n"_s, {{u""_s, u"a"_s, u""_s, u""_s}});
    row("all-empty records skipped", u";"_s, u"a;b\n;;\n\nc;d\n;\n"_s,
        {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}});
    commaRow("ragged rows", u"a,b,c\nd\ne,f\n"_s,
             {{u"a"_s, u"b"_s, u"c"_s}, {u"d"_s}, {u"e"_s, u"f"_s}});
    commaRow("quoted delimiter", u"\"Öberg, Åsa\",0701234567\n"_s,
             {{u"Öberg, Åsa"_s, u"0701234567"_s}});
    commaRow("doubled quotes", u"\"say \"\"hi\"\"\",x"_s, {{u"say \"hi\""_s, u"x"_s}});
    commaRow("quoted empty", u"\"\",x\n"_s, {{u""_s, u"x"_s}});
    commaRow("quoted LF", u"\"line1\nline2\",x\ny,z"_s,
             {{u"line1\nline2"_s, u"x"_s}, {u"y"_s, u"z"_s}});
    commaRow("quoted CRLF becomes LF", u"\"a\r\nb\",c\r\n"_s, {{u"a\nb"_s, u"c"_s}});
    commaRow("quoted CR becomes LF", u"\"a\rb\",c"_s, {{u"a\nb"_s, u"c"_s}});
    commaRow("quote inside unquoted cell is text", u"5\" floppy,x"_s, {{u"5\" floppy"_s, u"x"_s}});
    commaRow("text after closing quote kept", u"\"abc\"def,x"_s, {{u"abcdef"_s, u"x"_s}});
    commaRow("blanks before opening quote dropped", u"a, \"b, c\""_s, {{u"a"_s, u"b, c"_s}});
    commaRow("blanks in unquoted cell kept", u" a , b "_s, {{u" a "_s, u" b "_s}});
    row("tab", u"\t"_s, u"a b\tc\n"_s, {{u"a b"_s, u"c"_s}});
    row("pipe", u"|"_s, u"a|b,c\n"_s, {{u"a"_s, u"b,c"_s}});
    row("no delimiter: one cell per line", QString(), u"a,b;c\td\n\"e\nf\"\n"_s,
        {{u"a,b;c\td"_s}, {u"e\nf"_s}});
    commaRow("trailing delimiter", u"a,"_s, {{u"a"_s, u""_s}});
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

    // sepLine: the sample starts with Excel's "sep=" line, which names the delimiter.
    const auto row = [](const char *name, const QString &sample, const QString &delimiter,
                        bool sepLine = false) {
        QTest::newRow(name) << sample << delimiter << sepLine;
    };
    row("comma", u"name,phone\nÅsa,0701234567\nBo,0702345678\n"_s, u","_s);
    row("semicolon with commas in names",
        u"Namn;Telefon\nÖberg, Åsa;070-123 45 67\nBerg, Bo;070-234 56 78\n"_s, u";"_s);
    row("quoted commas do not count", u"\"Öberg, Åsa\",0701234567\n\"Berg, Bo\",0702345678\n"_s,
        u","_s);
    row("tab", u"Namn\tMobil\nÅsa\t070 123 45 67\n"_s, u"\t"_s);
    row("pipe", u"a|b\nc|d\n"_s, u"|"_s);
    row("one column", u"0701234567\n0702345678\n"_s, QString());
    row("one column, a comma in one line only",
        u"0701234567\n0702345678\n070, 3456789\n0704567890\n0705678901\n"_s, QString());
    row("swedish decimals in one column", u"4,6701234567E+10\n0701234567\n0702345678\n"_s,
        QString());
    row("excel sep line", u"sep=;\nname;phone\n"_s, u";"_s, true);
    row("excel sep line CRLF", u"SEP=,\r\na,b\r\n"_s, u","_s, true);
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
