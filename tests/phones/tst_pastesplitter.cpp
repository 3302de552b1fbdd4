#include "phones/pastesplitter.h"

#include "testtable.h"
#include <QTest>

using namespace Qt::StringLiterals;

class TestPasteSplitter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
};

void TestPasteSplitter::split_data()
{
    addColumns<QString, QStringList>("text", "entries");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only blanks and separators") << u" \n\t ,;\r\n \u00a0"_s << QStringList();
    QTest::newRow("one number") << u"0701234567"_s << QStringList{u"0701234567"_s};
    QTest::newRow("spaces never split")
        << u"+46 (0)70 123 45 67"_s << QStringList{u"+46 (0)70 123 45 67"_s};
    QTest::newRow("lines LF") << u"0701234567\n0702345678\n"_s
                              << QStringList{u"0701234567"_s, u"0702345678"_s};
    QTest::newRow("lines CRLF") << u"0701234567\r\n0702345678\r\n"_s
                                << QStringList{u"0701234567"_s, u"0702345678"_s};
    QTest::newRow("lines CR") << u"0701234567\r0702345678"_s
                              << QStringList{u"0701234567"_s, u"0702345678"_s};
    QTest::newRow("commas") << u"070-123 45 67, 070-234 56 78,070-345 67 89"_s
                            << QStringList{u"070-123 45 67"_s, u"070-234 56 78"_s,
                                           u"070-345 67 89"_s};
    QTest::newRow("semicolons") << u"0701234567;0702345678; "_s
                                << QStringList{u"0701234567"_s, u"0702345678"_s};
    QTest::newRow("tabs") << u"0701234567\t0702345678"_s
                          << QStringList{u"0701234567"_s, u"0702345678"_s};
    QTest::newRow("mixed separators and blank lines")
        << u"\n\n0701234567;\n\n0702345678,\t0703456789\n\n"_s
        << QStringList{u"0701234567"_s, u"0702345678"_s, u"0703456789"_s};
    QTest::newRow("entries are trimmed of invisible characters")
        << u"\u200b0701234567\u00a0\n\ufeff0702345678"_s
        << QStringList{u"0701234567"_s, u"0702345678"_s};
    QTest::newRow("order and repeats are kept")
        << u"3\n1\n3\n2"_s << QStringList{u"3"_s, u"1"_s, u"3"_s, u"2"_s};
    QTest::newRow("unicode line separator")
        << u"0701234567\u20280702345678"_s << QStringList{u"0701234567"_s, u"0702345678"_s};
    QTest::newRow("swedish excel scientific keeps its decimal comma")
        << u"4,6701234567E+10\n4,67012E+10, 0701234567"_s
        << QStringList{u"4,6701234567E+10"_s, u"4,67012E+10"_s, u"0701234567"_s};
    QTest::newRow("comma between numbers is not a decimal comma")
        << u"1,2"_s << QStringList{u"1"_s, u"2"_s};
}

void TestPasteSplitter::split()
{
    QFETCH(QString, text);
    QFETCH(QStringList, entries);
    QCOMPARE(phones::splitPastedNumbers(text), entries);
}

QTEST_GUILESS_MAIN(TestPasteSplitter)
#include "tst_pastesplitter.moc"
