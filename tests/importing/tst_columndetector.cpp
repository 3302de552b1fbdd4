#include "importing/columndetector.h"
#include "importing/tableentries.h"
#include "phones/phonenormalizer.h"

#include "testtable.h"
#include <QTest>

using importing::ColumnChoice;
using importing::RowTable;
using namespace Qt::StringLiterals;

using Records = QList<QStringList>;

Q_DECLARE_METATYPE(importing::ColumnChoice)

namespace {
RowTable tableOf(const Records &rows)
{
    RowTable table;
    for (qsizetype i = 0; i < rows.size(); ++i)
        table.append(rows[i], int(i + 1));
    return table;
}

// A sheet written one row a string, its cells separated by '|' (no cell here holds one).
Records sheet(std::initializer_list<QString> rows)
{
    Records records;
    for (const QString &row : rows)
        records.append(row.split(u'|'));
    return records;
}

ColumnChoice choice(bool header, int phone, QList<int> names)
{
    return ColumnChoice{header, phone, names};
}
} // namespace

class TestColumnDetector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void entries_takeRowNumbersNamesAndRawCells();
    void entries_skipRowsWithoutNumberAndName();
    void entries_withoutPhoneColumnAreNone();
};

void TestColumnDetector::detect_data()
{
    addColumns<Records, ColumnChoice>("rows", "expected");

    QTest::newRow("one column, no header")
        << sheet({u"0701234567"_s, u"070-234 56 78"_s}) << choice(false, 0, {});
    QTest::newRow("one column with header")
        << sheet({u"Mobilnummer"_s, u"0701234567"_s, u"070-234 56 78"_s}) << choice(true, 0, {});
    QTest::newRow("swedish header, name and phone")
        << sheet({u"Namn|Telefon"_s, u"Åsa Öberg|070-123 45 67"_s, u"Bo Ek|0702345678"_s})
        << choice(true, 1, {0});
    QTest::newRow("phone first, name second, english")
        << sheet({u"Phone|Full name"_s, u"+46701234567|Åsa Öberg"_s, u"+46702345678|Bo Ek"_s})
        << choice(true, 0, {1});
    QTest::newRow("first and last name columns")
        << sheet({u"Efternamn|Förnamn|Mobil|E-post"_s, u"Öberg|Åsa|0701234567|asa@example.se"_s,
                  u"Ek|Bo|0702345678|bo@example.se"_s})
        << choice(true, 2, {1, 0});
    QTest::newRow("unnamed header words above numbers")
        << sheet({u"Vem|Vart"_s, u"Åsa Öberg|0701234567"_s, u"Bo Ek|0702345678"_s})
        << choice(true, 1, {0});
    QTest::newRow("no header, names found by their words")
        << sheet({u"Åsa Öberg|Lund|0701234567|12"_s, u"Bo Ek|Malmö 2|0702345678|7"_s,
                  u"Cia Al|Ystad|0703456789|3"_s})
        << choice(false, 2, {0});
    QTest::newRow("mobile column wins over landline column")
        << sheet({u"Namn|Telefon arbete|Mobil"_s, u"Åsa|08-123 456 78|0701234567"_s,
                  u"Bo|08-234 567 89|0702345678"_s})
        << choice(true, 2, {0});
    QTest::newRow("numbers beat a misleading header")
        << sheet({u"Telefon|Kontakt"_s, u"Åsa Öberg|0701234567"_s, u"Bo Ek|0702345678"_s,
                  u"Cia Al|0703456789"_s})
        << choice(true, 1, {0});
    QTest::newRow("member number is not the phone column")
        << sheet({u"Medlemsnummer|Namn|Mobil"_s, u"1001|Åsa|0701234567"_s, u"1002|Bo|0702345678"_s})
        << choice(true, 2, {1});
    QTest::newRow("excel damaged numbers still count")
        << sheet({u"namn|nummer"_s, u"Åsa|701234567"_s, u"Bo|4.6702345678E+10"_s})
        << choice(true, 1, {0});
    QTest::newRow("header only names the column")
        << sheet({u"Namn|Mobil"_s}) << choice(true, 1, {0});
    QTest::newRow("no numbers anywhere")
        << sheet({u"Namn|Ort"_s, u"Åsa|Lund"_s}) << choice(true, -1, {0});
    QTest::newRow("numbers invalid for the region still make the column")
        << sheet({u"Namn|Mobil"_s, u"Per|412 34 567"_s, u"Kari|48 12 34 56"_s})
        << choice(true, 1, {0});
    QTest::newRow("member numbers do not beat phone numbers")
        << sheet({u"12345|0701234567"_s, u"12346|0702345678"_s}) << choice(false, 1, {});
    QTest::newRow("empty") << sheet({}) << choice(false, -1, {});
    QTest::newRow("ragged rows") << sheet({u"Namn|Telefon"_s, u"Åsa"_s, u"Bo|0702345678|x"_s})
                                 << choice(true, 1, {0});
}

void TestColumnDetector::detect()
{
    QFETCH(Records, rows);
    QFETCH(ColumnChoice, expected);
    const ColumnChoice got = importing::detectColumns(tableOf(rows), phones::PhoneNormalizer());
    QCOMPARE(got.hasHeader, expected.hasHeader);
    QCOMPARE(got.phoneColumn, expected.phoneColumn);
    QCOMPARE(got.nameColumns, expected.nameColumns);
}

void TestColumnDetector::entries_takeRowNumbersNamesAndRawCells()
{
    RowTable table;
    table.append({u"Förnamn"_s, u"Efternamn"_s, u"Mobil"_s}, 2); // after Excel's sep= line
    table.append({u"Åsa"_s, u" Öberg "_s, u" 070-123 45 67 "_s}, 3);
    table.append({u"Bo"_s, QString(), u"0702345678"_s}, 5);
    const QList<phones::PhoneEntry> entries =
        importing::entriesFromTable(table, choice(true, 2, {0, 1}));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].row, 3);
    QCOMPARE(entries[0].name, u"Åsa Öberg"_s);
    QCOMPARE(entries[0].input, u" 070-123 45 67 "_s); // the original text, untouched
    QCOMPARE(entries[1].row, 5);
    QCOMPARE(entries[1].name, u"Bo"_s);
}

void TestColumnDetector::entries_skipRowsWithoutNumberAndName()
{
    const RowTable table = tableOf({{u"Åsa"_s, u"0701234567"_s},
                                    {QString(), u"  "_s, u"note"_s},
                                    {u"Bo"_s, QString()},
                                    {u"Cia"_s}});
    const QList<phones::PhoneEntry> entries =
        importing::entriesFromTable(table, choice(false, 1, {0}));
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[1].name, u"Bo"_s);
    QVERIFY(entries[1].input.isEmpty());
    QCOMPARE(entries[2].row, 4);
}

void TestColumnDetector::entries_withoutPhoneColumnAreNone()
{
    const RowTable table = tableOf({{u"Åsa"_s}});
    QVERIFY(importing::entriesFromTable(table, choice(false, -1, {0})).isEmpty());
}

QTEST_GUILESS_MAIN(TestColumnDetector)
#include "tst_columndetector.moc"
