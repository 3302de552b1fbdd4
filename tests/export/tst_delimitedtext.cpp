#include "common/delimitedtext.h"
#include "export/delimitedtext.h"
#include "export/exporttable.h"
#include "exportfixtures.h"
#include "importing/csvparser.h"

#include "testtable.h"
#include <QTest>

using namespace exporting;

class TestDelimitedText final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toCsv_quotesOnlyWhereNeeded_data()
    {
        addColumns<QString, QString>("cell", "written");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("plus number")
            << QStringLiteral("+46701234567") << QStringLiteral("+46701234567");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"")
                               << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("lf") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb\r\n") << QStringLiteral("\"a\nb\n\"");
        QTest::newRow("semicolon unquoted with comma")
            << QStringLiteral("a;b") << QStringLiteral("a;b");
        QTest::newRow("swedish") << QString::fromUtf8("Åsa Öberg")
                                 << QString::fromUtf8("Åsa Öberg");
        QTest::newRow("blanks at the ends")
            << QStringLiteral(" a b ") << QStringLiteral("\" a b \"");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("formula") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("formula with comma")
            << QStringLiteral("=SUM(1,2)") << QStringLiteral("\"'=SUM(1,2)\"");
    }
    void toCsv_quotesOnlyWhereNeeded()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        const ExportTable table{{QStringLiteral("h1"), QStringLiteral("h2")},
                                {{cell, QStringLiteral("x")}}};
        const QByteArray expected = "\xEF\xBB\xBFh1,h2\r\n" + written.toUtf8() + ",x\r\n";
        QCOMPARE(toCsv(table), expected);
    }

    void toCsv_semicolonDelimiter_quotesSemicolonsNotCommas()
    {
        const ExportTable table{{QStringLiteral("a;b"), QStringLiteral("c,d")}, {}};
        QCOMPARE(toCsv(table, QLatin1Char(';')), QByteArray("\xEF\xBB\xBF\"a;b\";c,d\r\n"));
    }

    void csvDelimiter_followsDecimalSeparator()
    {
        QCOMPARE(csvDelimiterFor(QLocale(QLocale::Swedish, QLocale::Sweden)), QLatin1Char(';'));
        QCOMPARE(csvDelimiterFor(QLocale(QLocale::German, QLocale::Germany)), QLatin1Char(';'));
        QCOMPARE(csvDelimiterFor(QLocale(QLocale::English, QLocale::UnitedStates)),
                 QLatin1Char(','));
        QCOMPARE(csvDelimiterFor(QLocale::c()), QLatin1Char(','));
    }

    void toTabSeparated_isExcelClipboardFormat()
    {
        const QList<QStringList> rows = {
            {QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("+4670")},
            {QStringLiteral("tab\there"), QStringLiteral("two\nlines"), QStringLiteral("\"q\"")},
            {QStringLiteral("comma,stays"), QString(), QStringLiteral("end")}};
        QCOMPARE(toTabSeparated(rows),
                 QStringLiteral("a\tb c\t+4670\r\n"
                                "\"tab\there\"\t\"two\nlines\"\t\"\"\"q\"\"\"\r\n"
                                "comma,stays\t\tend\r\n"));
    }

    void toTabSeparated_parsesBackIntoTheSameCells()
    {
        // The clipboard text is parsed the way spreadsheets parse a paste: RFC 4180 on tabs.
        QList<QStringList> rows;
        for (const invitations::InvitationRow &r : trickyInvitationRows())
            rows.append(invitationCells(r));
        importing::CsvParser parser(QLatin1Char('\t'), 1 << 20, 1000);
        QVERIFY(parser.feed(toTabSeparated(rows)));
        QVERIFY(parser.finish());
        QCOMPARE(parser.records(), asWrittenToText(rows));
    }

    // OWASP's rule, one table for every writer: a cell that starts with =, @, tab or CR, or
    // with + or - not followed by a phone number, gets a leading '.
    void formulaRule_data()
    {
        // written: as one CSV cell
        addColumns<QString, QString>("cell", "written");
        QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("at") << QStringLiteral("@SUM(1)") << QStringLiteral("'@SUM(1)");
        QTest::newRow("plus command")
            << QStringLiteral("+cmd|' /C calc'!A0") << QStringLiteral("'+cmd|' /C calc'!A0");
        QTest::newRow("minus formula") << QStringLiteral("-1+cmd") << QStringLiteral("'-1+cmd");
        QTest::newRow("minus sum") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("plus letters") << QStringLiteral("+A1") << QStringLiteral("'+A1");
        QTest::newRow("plus blank only") << QStringLiteral("+ ") << QStringLiteral("\"'+ \"");
        QTest::newRow("e164") << QStringLiteral("+46701234567") << QStringLiteral("+46701234567");
        QTest::newRow("written number")
            << QStringLiteral("+46 70-123 45 67") << QStringLiteral("+46 70-123 45 67");
        QTest::newRow("brackets and dots")
            << QStringLiteral("+46 (0)70.123.45.67") << QStringLiteral("+46 (0)70.123.45.67");
        QTest::newRow("minus digits")
            << QStringLiteral("-0701234567") << QStringLiteral("-0701234567");
        QTest::newRow("lone minus") << QStringLiteral("-") << QStringLiteral("-");
        QTest::newRow("lone plus") << QStringLiteral("+") << QStringLiteral("+");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("tab start") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("cr start") << QStringLiteral("\rx") << QStringLiteral("\"'\nx\"");
        QTest::newRow("equals later") << QStringLiteral("a=1") << QStringLiteral("a=1");
        QTest::newRow("quotes inside")
            << QStringLiteral("=\"x\"") << QStringLiteral("\"'=\"\"x\"\"\"");
        QTest::newRow("newline inside") << QStringLiteral("@a\nb") << QStringLiteral("\"'@a\nb\"");
        QTest::newRow("plain name")
            << QString::fromUtf8("Åsa Öberg") << QString::fromUtf8("Åsa Öberg");
    }
    void formulaRule()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(common::delimited::cell(cell), written);
        QCOMPARE(common::delimited::startsFormula(cell),
                 written.startsWith(u'\'') || written.startsWith(QLatin1String("\"'")));
    }

    // The window's CSV export and clipboard copy go through the rule too.
    void exportAndClipboard_defuseFormulas()
    {
        const ExportTable table{
            {QStringLiteral("name"), QStringLiteral("msisdn")},
            {{QStringLiteral("=HYPERLINK(\"http://x.invalid\")"), QStringLiteral("+46701234567")},
             {QStringLiteral("@SUM(1)"), QStringLiteral("-1+cmd")}}};
        QCOMPARE(toCsv(table),
                 QByteArray("\xEF\xBB\xBFname,msisdn\r\n"
                            "\"'=HYPERLINK(\"\"http://x.invalid\"\")\",+46701234567\r\n"
                            "'@SUM(1),'-1+cmd\r\n"));
        QCOMPARE(toTabSeparated(table.rows),
                 QStringLiteral("\"'=HYPERLINK(\"\"http://x.invalid\"\")\"\t+46701234567\r\n"
                                "'@SUM(1)\t'-1+cmd\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestDelimitedText)
#include "tst_delimitedtext.moc"
