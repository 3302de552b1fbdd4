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
        << Records{{u"0701234567"_s}, {u"070-234 56 78"_s}} << choice(false, 0, {});
    QTest::newRow("one column with header")
        << Records{{u"Mobilnummer"_s}, {u"0701234567"_s}, {u"070-234 56 78"_s}}
        << choice(true, 0, {});
    QTest::newRow("swedish header, name and phone") << Records{{u"Namn"_s, u"Telefon"_s},
                                                               {u"Åsa Öberg"_s, u"070-123 45 67"_s},
                                                               {u"Bo Ek"_s, u"0702345678"_s}}
                                                    << choice(true, 1, {0});
    QTest::newRow("phone first, name second, english")
        << Records{{u"Phone"_s, u"Full name"_s},
                   {u"+46701234567"_s, u"Åsa Öberg"_s},
                   {u"+46702345678"_s, u"Bo Ek"_s}}
        << choice(true, 0, {1});
    QTest::newRow("first and last name columns")
        << Records{{u"Efternamn"_s, u"Förnamn"_s, u"Mobil"_s, u"E-post"_s},
                   {u"Öberg"_s, u"Åsa"_s, u"0701234567"_s, u"asa@example.se"_s},
                   {u"Ek"_s, u"Bo"_s, u"0702345678"_s, u"bo@example.se"_s}}
        << choice(true, 2, {1, 0});
    QTest::newRow("unnamed header words above numbers")
        << Records{{u"Vem"_s, u"Vart"_s},
                   {u"Åsa Öberg"_s, u"0701234567"_s},
                   {u"Bo Ek"_s, u"0702345678"_s}}
        << choice(true, 1, {0});
    QTest::newRow("no header, names found by their words")
        << Records{{u"Åsa Öberg"_s, u"Lund"_s, u"0701234567"_s, u"12"_s},
                   {u"Bo Ek"_s, u"Malmö 2"_s, u"0702345678"_s, u"7"_s},
                   {u"Cia Al"_s, u"Ystad"_s, u"0703456789"_s, u"3"_s}}
        << choice(false, 2, {0});
    QTest::newRow("mobile column wins over landline column")
        << Records{{u"Namn"_s, u"Telefon arbete"_s, u"Mobil"_s},
                   {u"Åsa"_s, u"08-123 456 78"_s, u"0701234567"_s},
                   {u"Bo"_s, u"08-234 567 89"_s, u"0702345678"_s}}
        << choice(true, 2, {0});
    QTest::newRow("numbers beat a misleading header") << Records{{u"Telefon"_s, u"Kontakt"_s},
                                                                 {u"Åsa Öberg"_s, u"0701234567"_s},
                                                                 {u"Bo Ek"_s, u"0702345678"_s},
                                                                 {u"Cia Al"_s, u"0703456789"_s}}
                                                      << choice(true, 1, {0});
    QTest::newRow("member number is not the phone column")
        << Records{{u"Medlemsnummer"_s, u"Namn"_s, u"Mobil"_s},
                   {u"1001"_s, u"Åsa"_s, u"0701234567"_s},
                   {u"1002"_s, u"Bo"_s, u"0702345678"_s}}
        << choice(true, 2, {1});
    QTest::newRow("excel damaged numbers still count") << Records{{u"namn"_s, u"nummer"_s},
                                                                  {u"Åsa"_s, u"701234567"_s},
                                                                  {u"Bo"_s, u"4.6702345678E+10"_s}}
                                                       << choice(true, 1, {0});
    QTest::newRow("header only names the column")
        << Records{{u"Namn"_s, u"Mobil"_s}} << choice(true, 1, {0});
    QTest::newRow("no numbers anywhere")
        << Records{{u"Namn"_s, u"Ort"_s}, {u"Åsa"_s, u"Lund"_s}} << choice(true, -1, {0});
    QTest::newRow("numbers invalid for the region still make the column")
        << Records{{u"Namn"_s, u"Mobil"_s},
                   {u"Per"_s, u"412 34 567"_s},
                   {u"Kari"_s, u"48 12 34 56"_s}}
        << choice(true, 1, {0});
    QTest::newRow("member numbers do not beat phone numbers")
        << Records{{u"12345"_s, u"0701234567"_s}, {u"12346"_s, u"0702345678"_s}}
        << choice(false, 1, {});
    QTest::newRow("empty") << Records{} << choice(false, -1, {});
    QTest::newRow("ragged rows") << Records{{u"Namn"_s, u"Telefon"_s},
                                            {u"Åsa"_s},
                                            {u"Bo"_s, u"0702345678"_s, u"x"_s}}
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
