// entriesFromTable: names come out as QString::simplified() makes them, whether the cell was
// already simple (then it is shared, not copied) or not; and appendLineUtf8, the check
// report's line writer, gives the bytes line() gives for any cells (fuzz-style).
#include "common/delimitedtext.h"
#include "importing/columndetector.h"
#include "importing/readresult.h"
#include "importing/tableentries.h"

#include "testtable.h"
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTableEntries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_areSimplified_data()
    {
        addColumns<QString>("name");
        QTest::newRow("simple") << u"Anna Svensson"_s;
        QTest::newRow("one word") << u"Anna"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("leading space") << u" Anna"_s;
        QTest::newRow("trailing space") << u"Anna "_s;
        QTest::newRow("two spaces") << u"Anna  Svensson"_s;
        QTest::newRow("tab") << u"Anna\tSvensson"_s;
        QTest::newRow("line break") << u"Anna\nSvensson"_s;
        QTest::newRow("no-break space") << u"Anna\u00a0Svensson"_s;
        QTest::newRow("only spaces") << u"   "_s;
        QTest::newRow("non-ASCII letters") << u"Åsa Öberg-Ärlig"_s;
    }

    void names_areSimplified()
    {
        QFETCH(QString, name);
        importing::RowTable table;
        table.append({u"0701234567"_s, name}, 1);
        table.append({u"0701234568"_s, u"x"_s, name, u"  y "_s}, 2);
        importing::ColumnChoice single{false, 0, {1}};
        QList<phones::PhoneEntry> entries = importing::entriesFromTable(table, single);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].name, name.simplified());
        importing::ColumnChoice parts{false, 0, {2, 3}};
        entries = importing::entriesFromTable(table, parts);
        QCOMPARE(entries.size(), 2);
        const QString second = name.simplified();
        QCOMPARE(entries[1].name, second.isEmpty() ? u"y"_s : second + u" y"_s);
    }

    void appendLineUtf8_writesWhatLineWrites()
    {
        // Pieces that take every branch: quotes, breaks, delimiters, blanks at either end,
        // formula starts, two- and three-byte UTF-8, surrogate pairs.
        static const QString pieces[] = {u"0701234567"_s, u"+46 70"_s, u"="_s,   u"-"_s, u"@"_s,
                                         u"\""_s,         u","_s,      u";"_s,   u" "_s, u"\t"_s,
                                         u"\r\n"_s,       u"\n"_s,     u"Åsa"_s, u"€"_s, u"😀"_s,
                                         u"a"_s,          u"(0)"_s,    u"\r"_s};
        QRandomGenerator random(1414);
        for (int round = 0; round < 5000; ++round) {
            const QChar delimiter = random.bounded(3) == 0 ? u';' : u',';
            QStringList cells;
            const int count = random.bounded(1, 6);
            for (int c = 0; c < count; ++c) {
                QString text;
                const int length = random.bounded(0, 5);
                for (int p = 0; p < length; ++p)
                    text += pieces[random.bounded(int(std::size(pieces)))];
                cells.append(text);
            }
            QByteArray written = "prefix,";
            std::vector<QStringView> views(cells.begin(), cells.end());
            switch (count) { // initializer lists cannot be built at run time
            case 1:
                common::delimited::appendLineUtf8(written, {views[0]}, delimiter);
                break;
            case 2:
                common::delimited::appendLineUtf8(written, {views[0], views[1]}, delimiter);
                break;
            case 3:
                common::delimited::appendLineUtf8(written, {views[0], views[1], views[2]},
                                                  delimiter);
                break;
            case 4:
                common::delimited::appendLineUtf8(written, {views[0], views[1], views[2], views[3]},
                                                  delimiter);
                break;
            default:
                common::delimited::appendLineUtf8(
                    written, {views[0], views[1], views[2], views[3], views[4]}, delimiter);
                break;
            }
            const QByteArray expected =
                "prefix," + common::delimited::line(cells, delimiter).toUtf8() + '\n';
            QVERIFY2(written == expected, qPrintable(cells.join(u'|')));
        }
    }
};

QTEST_GUILESS_MAIN(TestTableEntries)
#include "tst_tableentries.moc"
