#include "importing/xlsxreader.h"
#include "phonefixtures.h"
#include "xlsxbuilder.h"

#include "readrefusal.h"
#include "testtable.h"
#include <QFile>
#include <QTest>

using importing::ReadLimits;
using importing::TableResult;
using importing::XlsxReader;
using namespace Qt::StringLiterals;

using Records = QList<QStringList>;

namespace {

TableResult readXlsx(const QByteArray &data, const QString &sheet = {},
                     const ReadLimits &limits = {})
{
    return XlsxReader(limits).read(data, u"/tmp/members.xlsx"_s, sheet);
}

// A one-sheet workbook whose worksheet part is `sheetXml` as given, read.
TableResult readSheetXml(const QByteArray &sheetXml, const ReadLimits &limits = {})
{
    xlsxbuilder::Entries entries =
        xlsxbuilder::workbookEntries({{u"Blad1"_s, {{u"x"_s}}}}, xlsxbuilder::CellKind::Inline);
    for (auto &[name, bytes] : entries) {
        if (name == u"xl/worksheets/sheet1.xml"_s)
            bytes = sheetXml;
    }
    return readXlsx(xlsxbuilder::zip(entries), {}, limits);
}

} // namespace

class TestXlsxReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void libreOfficeTextColumn_readsEveryCell();
    void libreOfficeNumberColumn_keepsEveryDigitExcelKept();
    void libreOfficeTwoSheets_firstByDefault_otherByName();
    void unknownSheet_listsTheSheets();
    void sheetNames_inWorkbookOrder();
    void cellKinds_sharedInlineAndNumbers();
    void numberCells_inScientificNotation_areWrittenOutInFull();
    void rowNumbers_comeFromTheSheet_andEmptyRowsAreSkipped();
    void farColumns_areIgnored();
    void notAZip_saysDamaged();
    void truncatedZip_saysDamaged();
    void zipWithoutWorkbook_saysNotASpreadsheet();
    void missingWorksheet_namesThePart();
    void brokenXml_namesThePartAndLine();
    void zipBomb_isRefusedBeforeInflating();
    void tooManyEntries_isRefused();
    void tooManyRows_namesTheLimit();
    void longCell_namesTheRow();
    void emptySheet_saysSo();
    void partWithDoctypeOrInstruction_isRefused_data();
    void partWithDoctypeOrInstruction_isRefused();
    void hugeToken_isRefusedBeforeParsing();
    void cellInPieces_isHeldToTheCellLimit();
    void tooManyCellsInRow_namesTheRow();
    void tooManyCells_namesTheLimit();
    void texts_areHeldToABudget();
    void utf16Part_isRead();
};

void TestXlsxReader::libreOfficeTextColumn_readsEveryCell()
{
    const TableResult result = readXlsx(phoneFixtureBytes(u"lo/members-text.xlsx"_s));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().format, u"xlsx"_s);
    QCOMPARE(result.value().rows.size(), 13);
    QCOMPARE(result.value().rows[0], (QStringList{u"Namn"_s, u"Mobil"_s, u"E-post"_s}));
    QCOMPARE(result.value().rows[1],
             (QStringList{u"Åsa Öberg"_s, u"070-123 45 67"_s, u"asa@example.se"_s}));
    QCOMPARE(result.value().rows[2][1], u"0702345678"_s); // text column: the zero survived
    QCOMPARE(result.value().rows[3][0], u"Lindqvist, Cecilia"_s);
    QCOMPARE(result.value().rows[9], (QStringList{u"Ida Tom"_s, QString(), u"ida@example.se"_s}));
    QCOMPARE(result.value().rows[11][0], u"Zoë Šimková"_s);
    QCOMPARE(result.value().rowNumbers.first(), 1);
    QCOMPARE(result.value().rowNumbers.last(), 13);
}

void TestXlsxReader::libreOfficeNumberColumn_keepsEveryDigitExcelKept()
{
    const TableResult result = readXlsx(phoneFixtureBytes(u"lo/members-numbers.xlsx"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.value().rows[2][1], u"702345678"_s);     // a number: the zero is gone
    QCOMPARE(result.value().rows[4][1], u"46762345678"_s);   // 0046… lost its 00
    QCOMPARE(result.value().rows[7][1], u"46701234567"_s);   // +46… lost its plus
    QCOMPARE(result.value().rows[1][1], u"070-123 45 67"_s); // not a number: text
}

void TestXlsxReader::libreOfficeTwoSheets_firstByDefault_otherByName()
{
    const QByteArray data = phoneFixtureBytes(u"lo/two-sheets.xlsx"_s);
    const TableResult first = readXlsx(data);
    QVERIFY(first.ok());
    QCOMPARE(first.value().rows.first(), (QStringList{u"Namn"_s, u"Mobil"_s}));
    QCOMPARE(first.value().detail, u"sheet “Styrelse”"_s);
    const TableResult second = readXlsx(data, u"medlemmar 2026"_s);
    QVERIFY(second.ok());
    QCOMPARE(second.value().rows.size(), 4);
    QCOMPARE(second.value().rows[2], (QStringList{u"Dag"_s, u"Berg"_s, u"+46 70 456 78 90"_s}));
}

void TestXlsxReader::unknownSheet_listsTheSheets()
{
    const TableResult result = readXlsx(phoneFixtureBytes(u"lo/two-sheets.xlsx"_s), u"Blad1"_s);
    QCOMPARE(refusalOf(result), u"“members.xlsx” has no sheet named “Blad1”. Its sheets are: "
                                "Styrelse, Medlemmar 2026."_s);
}

void TestXlsxReader::sheetNames_inWorkbookOrder()
{
    const importing::Result<QStringList> names =
        XlsxReader().sheetNames(phoneFixtureBytes(u"lo/two-sheets.xlsx"_s), u"x.xlsx"_s);
    QVERIFY(names.ok());
    QCOMPARE(names.value(), (QStringList{u"Styrelse"_s, u"Medlemmar 2026"_s}));
    const importing::Result<QStringList> broken = XlsxReader().sheetNames("nonsense", u"x.xlsx"_s);
    QVERIFY(!broken.ok());
    QVERIFY(!broken.error().message.isEmpty());
}

void TestXlsxReader::cellKinds_sharedInlineAndNumbers()
{
    for (const auto kind : {xlsxbuilder::CellKind::Shared, xlsxbuilder::CellKind::Inline,
                            xlsxbuilder::CellKind::NumberWhenDigits}) {
        const TableResult result =
            readXlsx(xlsxbuilder::workbook({{u"Blad1"_s, SwedishMembers}}, kind));
        QVERIFY(result.ok());
        QCOMPARE(result.value().rows, SwedishMembers);
    }
}

void TestXlsxReader::numberCells_inScientificNotation_areWrittenOutInFull()
{
    const TableResult result = readSheetXml(
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData><row r=\"1\"><c r=\"A1\"><v>4.6701234567E+10</v></c>"
        "<c r=\"B1\" t=\"n\"><v>4.67E+10</v></c><c r=\"C1\"><v>12.5</v></c>"
        "<c r=\"D1\" t=\"b\"><v>1</v></c><c r=\"E1\" t=\"str\"><f>A1</f><v>=x</v></c>"
        "</row></sheetData></worksheet>");
    QVERIFY(result.ok());
    QCOMPARE(result.value().rows.first(),
             (QStringList{u"46701234567"_s, u"46700000000"_s, u"12.5"_s, u"TRUE"_s, u"=x"_s}));
}

void TestXlsxReader::rowNumbers_comeFromTheSheet_andEmptyRowsAreSkipped()
{
    const TableResult result = readSheetXml(
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData><row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>a</t></is></c></row>"
        "<row r=\"4\"/><row r=\"7\"><c r=\"A7\" t=\"inlineStr\"><is><r><t>b</t></r>"
        "<r><t>c</t></r><rPh><t>phonetic</t></rPh></is></c></row>"
        "<row><c t=\"inlineStr\"><is><t>d</t></is></c></row></sheetData></worksheet>");
    QVERIFY(result.ok());
    QCOMPARE(result.value().rows, (Records{{QString(), u"a"_s}, {u"bc"_s}, {u"d"_s}}));
    QCOMPARE(result.value().rowNumbers, (QList<int>{3, 7, 8}));
}

void TestXlsxReader::farColumns_areIgnored()
{
    const TableResult result = readSheetXml(
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"XFD1\"><v>2</v></c>"
        "<c r=\"ZZZZ1\"><v>3</v></c></row></sheetData></worksheet>");
    QVERIFY(result.ok());
    QCOMPARE(result.value().rows.first().size(), 2); // A1 and the unparsable ref placed after it
    QCOMPARE(result.value().rows.first().first(), u"1"_s);
}

void TestXlsxReader::notAZip_saysDamaged()
{
    const TableResult result = readXlsx("PK\x03\x04 not really a zip");
    QCOMPARE(refusalOf(result),
             u"“members.xlsx” is not a readable XLSX spreadsheet: the file is damaged or cut "
             "short."_s);
}

void TestXlsxReader::truncatedZip_saysDamaged()
{
    const QByteArray whole = phoneFixtureBytes(u"lo/members-text.xlsx"_s);
    for (const qsizetype keep : {whole.size() - 1, whole.size() / 2, qsizetype(30)}) {
        const TableResult result = readXlsx(whole.first(keep));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(u"damaged"_s), qPrintable(result.error().message));
    }
}

void TestXlsxReader::zipWithoutWorkbook_saysNotASpreadsheet()
{
    const TableResult result = readXlsx(xlsxbuilder::zip({{u"readme.txt"_s, "hello"}}));
    QCOMPARE(refusalOf(result), u"“members.xlsx” is not a readable XLSX spreadsheet: it is a "
                                "ZIP archive, but not a spreadsheet."_s);
}

void TestXlsxReader::missingWorksheet_namesThePart()
{
    xlsxbuilder::Entries entries = xlsxbuilder::workbookEntries({{u"Blad1"_s, SwedishMembers}});
    entries.removeIf([](const auto &entry) { return entry.first.contains(u"sheet1"_s); });
    const TableResult result = readXlsx(xlsxbuilder::zip(entries));
    QCOMPARE(refusalOf(result), u"“members.xlsx” is not a readable XLSX spreadsheet: its "
                                "part xl/worksheets/sheet1.xml is missing."_s);
}

void TestXlsxReader::brokenXml_namesThePartAndLine()
{
    xlsxbuilder::Entries entries = xlsxbuilder::workbookEntries({{u"Blad1"_s, SwedishMembers}});
    for (auto &[name, bytes] : entries) {
        if (name == u"xl/worksheets/sheet1.xml"_s)
            bytes.chop(30); // cut inside the sheet data
    }
    const TableResult result = readXlsx(xlsxbuilder::zip(entries));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(
                 u"its part xl/worksheets/sheet1.xml is not well-formed XML (line 2"_s),
             qPrintable(result.error().message));
}

void TestXlsxReader::zipBomb_isRefusedBeforeInflating()
{
    const ReadLimits limits{.maxXlsxUncompressedBytes = 1024 * 1024};
    xlsxbuilder::Entries entries = xlsxbuilder::workbookEntries({{u"Blad1"_s, SwedishMembers}});
    entries.append({u"xl/media/zeros.bin"_s, QByteArray(2 * 1024 * 1024, '\0')});
    const QByteArray bomb = xlsxbuilder::zip(entries);
    QVERIFY(bomb.size() < 64 * 1024); // compresses ~1000:1
    const TableResult result = readXlsx(bomb, {}, limits);
    QCOMPARE(refusalOf(result), u"“members.xlsx” is not a readable XLSX spreadsheet: it "
                                "would unpack to more than 1 MiB, more than a phone list "
                                "may be."_s);
}

void TestXlsxReader::tooManyEntries_isRefused()
{
    const ReadLimits limits{.maxXlsxEntries = 10};
    xlsxbuilder::Entries entries = xlsxbuilder::workbookEntries({{u"Blad1"_s, SwedishMembers}});
    while (entries.size() <= 10)
        entries.append({u"extra/%1.xml"_s.arg(entries.size()), "<x/>"});
    const TableResult result = readXlsx(xlsxbuilder::zip(entries), {}, limits);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(u"more than 10 parts"_s));
}

void TestXlsxReader::tooManyRows_namesTheLimit()
{
    const ReadLimits limits{.maxRows = 2};
    const TableResult result =
        readXlsx(xlsxbuilder::workbook({{u"Blad1"_s, SwedishMembers}}), {}, limits);
    QCOMPARE(refusalOf(result), u"“members.xlsx” has more than 2 rows, the most a phone list "
                                "may have. Split it into smaller files."_s);
}

void TestXlsxReader::longCell_namesTheRow()
{
    const ReadLimits limits{.maxCellChars = 100};
    Records rows = SwedishMembers;
    rows.append({u"Long"_s, QString(101, u'7')});
    for (const auto kind : {xlsxbuilder::CellKind::Shared, xlsxbuilder::CellKind::Inline}) {
        const TableResult result =
            readXlsx(xlsxbuilder::workbook({{u"Blad1"_s, rows}}, kind), {}, limits);
        QCOMPARE(refusalOf(result), u"Row 4 of “members.xlsx” has a cell longer than 100 "
                                    "characters: this is not a phone list."_s);
    }
}

void TestXlsxReader::emptySheet_saysSo()
{
    const TableResult result = readXlsx(xlsxbuilder::workbook({{u"Tom"_s, {}}}));
    QCOMPARE(refusalOf(result), u"The sheet “Tom” of “members.xlsx” is empty."_s);
}

namespace {

// SwedishMembers as a workbook whose shared strings part is replaced by `sst`.
QByteArray withSharedStrings(const QByteArray &sst)
{
    return xlsxbuilder::workbookWithPart({{u"Blad1"_s, SwedishMembers}}, u"xl/sharedStrings.xml"_s,
                                         sst);
}

// The members' shared strings, with `firstText` in place of "Namn".
QByteArray sst(const QByteArray &prolog, const QByteArray &firstText)
{
    return xlsxbuilder::sharedStringsPart(
        prolog, {firstText, "Telefon", "Åsa Öberg", "070-123 45 67", "Bo Ek", "0702345678"});
}

} // namespace

void TestXlsxReader::partWithDoctypeOrInstruction_isRefused_data()
{
    addColumns<QByteArray, QString>("prolog", "message");
    const QString doctype = u"“members.xlsx” was not read: an XLSX file needs no DOCTYPE, and its "
                            "part xl/sharedStrings.xml has one."_s;
    const QString instruction =
        u"“members.xlsx” was not read: an XLSX file needs no processing instruction (<?…?>), "
        "and its part xl/sharedStrings.xml has one."_s;
    QTest::newRow("doctype") << QByteArray("<!DOCTYPE sst>") << doctype;
    QTest::newRow("doctype with entities")
        << QByteArray("<!DOCTYPE sst [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;\">]>") << doctype;
    QTest::newRow("processing instruction") << QByteArray("<?evil x?>") << instruction;
    QTest::newRow("stylesheet") << QByteArray("<?xml-stylesheet href=\"a\"?>") << instruction;
}

void TestXlsxReader::partWithDoctypeOrInstruction_isRefused()
{
    QFETCH(QByteArray, prolog);
    QFETCH(QString, message);
    const TableResult result = readXlsx(withSharedStrings(sst(prolog, "Namn")));
    QCOMPARE(refusalOf(result), message);
}

void TestXlsxReader::hugeToken_isRefusedBeforeParsing()
{
    const ReadLimits limits{.maxCellChars = 100}; // tokens up to 3,200 bytes
    const TableResult result =
        readXlsx(withSharedStrings(sst({}, QByteArray(4000, '7'))), {}, limits);
    QCOMPARE(refusalOf(result),
             u"“members.xlsx” was not read: its part xl/sharedStrings.xml holds one piece of "
             "text or markup larger than 3 KiB, more than a phone list needs."_s);
}

void TestXlsxReader::cellInPieces_isHeldToTheCellLimit()
{
    // Comments cut the text into small tokens; the cell as a whole is still too long.
    const ReadLimits limits{.maxCellChars = 100};
    const QByteArray pieces = QByteArray("7777777777<!---->").repeated(11);
    const TableResult result = readXlsx(withSharedStrings(sst({}, pieces)), {}, limits);
    QCOMPARE(refusalOf(result), u"Row 1 of “members.xlsx” has a cell longer than 100 "
                                "characters: this is not a phone list."_s);
}

void TestXlsxReader::tooManyCellsInRow_namesTheRow()
{
    // Cells past the columns kept still count: they cost time to read.
    const ReadLimits limits{.maxCellsPerRow = 3};
    const TableResult result = readSheetXml(
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData><row r=\"1\"><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>"
        "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"A2\"><v>2</v></c><c r=\"ZZZZ2\"><v>3</v>"
        "</c><c r=\"A2\"><v>4</v></c></row></sheetData></worksheet>",
        limits);
    QCOMPARE(refusalOf(result),
             u"Row 2 of “members.xlsx” has more than 3 cells: this is not a phone list."_s);
}

void TestXlsxReader::tooManyCells_namesTheLimit()
{
    const ReadLimits limits{.maxCells = 5};
    const TableResult result =
        readXlsx(xlsxbuilder::workbook({{u"Blad1"_s, SwedishMembers}}), {}, limits);
    QCOMPARE(refusalOf(result),
             u"“members.xlsx” has more than 5 cells, the most a phone list may have. Keep only the "
             "columns you need, or split it into smaller files."_s);
}

void TestXlsxReader::texts_areHeldToABudget()
{
    const ReadLimits limits{.maxTextChars = 30};
    for (const auto kind : {xlsxbuilder::CellKind::Shared, xlsxbuilder::CellKind::Inline}) {
        const TableResult result =
            readXlsx(xlsxbuilder::workbook({{u"Blad1"_s, SwedishMembers}}, kind), {}, limits);
        QCOMPARE(refusalOf(result),
                 u"“members.xlsx” is not a readable XLSX spreadsheet: its texts add up to more "
                 "than 30 characters, more than a phone list holds."_s);
    }
}

void TestXlsxReader::utf16Part_isRead()
{
    // OOXML allows UTF-16 parts: the guard judges them as text, not as bytes.
    QString xml = QString::fromUtf8(sst({}, "Namn")).replace(u"UTF-8"_s, u"UTF-16"_s);
    QByteArray utf16("\xFF\xFE");
    utf16 += QByteArray(reinterpret_cast<const char *>(xml.utf16()), xml.size() * 2);
    const TableResult result = readXlsx(withSharedStrings(utf16));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().rows, SwedishMembers);
    const QString withDoctype = QString(xml).replace(u"<sst "_s, u"<!DOCTYPE sst><sst "_s);
    QByteArray refused("\xFF\xFE");
    refused +=
        QByteArray(reinterpret_cast<const char *>(withDoctype.utf16()), withDoctype.size() * 2);
    QVERIFY(!readXlsx(withSharedStrings(refused)).ok());
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
