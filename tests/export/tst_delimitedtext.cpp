#include "export/delimitedtext.h"
#include "export/exporttable.h"
#include "exportfixtures.h"
#include "phones/csvparser.h"

#include <QTest>

using namespace exporting;

class TestDelimitedText final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toCsv_quotesOnlyWhereNeeded_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
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
        phones::CsvParser parser(QLatin1Char('\t'), 1 << 20, 1000);
        QVERIFY(parser.feed(toTabSeparated(rows)));
        QVERIFY(parser.finish());
        QCOMPARE(parser.records(), withLfLineBreaks(rows));
    }
};

QTEST_GUILESS_MAIN(TestDelimitedText)
#include "tst_delimitedtext.moc"
