#include "importing/phonelistimporter.h"
#include "importing/phonelistreader.h"
#include "phonefixtures.h"
#include "testfiles.h"
#include "xlsxbuilder.h"

#include "testtable.h"
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using importing::ImportResult;
using importing::ListFormat;
using phones::PhoneEntry;
using phones::Verdict;
using namespace Qt::StringLiterals;

namespace {

// One entry as the import must give it; most are valid numbers, which carry no note.
struct Expected
{
    int row;
    const char16_t *name;
    const char *e164;
    Verdict verdict = Verdict::Valid;
    const char16_t *note = u"";
};

// tests/data/phones/source/members.csv as every export of it must come out.
const QList<Expected> MembersAsText{
    {2, u"Åsa Öberg", "+46701234567"},
    {3, u"Bo Ek", "+46702345678"},
    {4, u"Lindqvist, Cecilia", "+46739876543"},
    {5, u"Dan Åkesson", "+46762345678"},
    {6, u"Eva Ärlig", "+46812345678", Verdict::NotMobile, u"Landline: it cannot receive the SMS"},
    {7, u"Fia Norsk", "+4741234567"},
    {8, u"Göran Dubblett", "+46701234567", Verdict::Duplicate, u"Same number as row 2"},
    {9, u"Hasse Nödnummer", "", Verdict::Refused, u"Emergency or service number: never invited"},
    {10, u"Ida Tom", "", Verdict::Invalid, u"No phone number given"},
    {11, u"Johan Kort", "", Verdict::Invalid, u"Too short to be a phone number"},
    {12, u"Zoë Šimková", "+46709876543"},
    {13, u"Örjan “Ögge” Lund", "+46731112233"},
};

// The same list after a spreadsheet stored the phone column as numbers.
QList<Expected> membersAsNumbers()
{
    QList<Expected> expected = MembersAsText;
    expected[1].verdict = Verdict::Fixed;
    expected[1].note = u"Leading zero restored.";
    expected[3].verdict = Verdict::Fixed;
    expected[3].note = u"Plus sign restored.";
    return expected;
}

void compareEntries(const QList<PhoneEntry> &entries, const QList<Expected> &expected)
{
    QCOMPARE(entries.size(), expected.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const PhoneEntry &got = entries[i];
        const Expected &want = expected[i];
        QCOMPARE(got.row, want.row);
        QCOMPARE(got.name, QString::fromUtf16(want.name));
        QCOMPARE(got.e164, QString::fromLatin1(want.e164));
        QCOMPARE(phones::verdictKey(got.verdict), phones::verdictKey(want.verdict));
        QCOMPARE(got.note, QString::fromUtf16(want.note));
    }
}

} // namespace

class TestPhoneListImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void members_data();
    void members();
    void formatIsJudgedByContent_notByName();
    void vcardFile_givesOneEntryPerCard();
    void unreadableWorkbook_saysWhatToDo_data();
    void unreadableWorkbook_saysWhatToDo();
    void missingFile_saysItCannotBeOpened();
    void folder_saysItIsAFolder();
    void unusableFile_saysWhy_data();
    void unusableFile_saysWhy();
    void secondSheet_byName();
    void clipboardFromExcel_withHeaderAndQuotedLineBreak();
    void clipboardTypedNumbers();
    void clipboardEmpty_saysSo();
    void detectListFormat_data();
    void detectListFormat();

private:
    QTemporaryDir m_dir;
};

void TestPhoneListImporter::members_data()
{
    addColumns<QString, QString, bool>("file", "format", "numbers");

    QTest::newRow("source utf-8 semicolon") << u"source/members.csv"_s << u"csv"_s << false;
    QTest::newRow("libreoffice xlsx text") << u"lo/members-text.xlsx"_s << u"xlsx"_s << false;
    QTest::newRow("libreoffice xlsx numbers") << u"lo/members-numbers.xlsx"_s << u"xlsx"_s << true;
    QTest::newRow("libreoffice csv 1252")
        << u"lo/members-numbers-1252-semicolon.csv"_s << u"csv"_s << true;
    QTest::newRow("libreoffice csv utf-16 tab")
        << u"lo/members-utf16-tab.csv"_s << u"csv"_s << false;
    QTest::newRow("libreoffice csv utf-8 comma")
        << u"lo/members-utf8-comma.csv"_s << u"csv"_s << false;
}

void TestPhoneListImporter::members()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(bool, numbers);
    const ImportResult result =
        importing::importList(importing::ImportSource::file(phoneFixture(file)));
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->message : QString()));
    QCOMPARE(result.table.format, format);
    QVERIFY(result.columns.hasHeader);
    QCOMPARE(result.columns.phoneColumn, 1);
    QCOMPARE(result.columns.nameColumns, QList<int>{0});
    QCOMPARE(result.header().value(1), u"Mobil"_s);
    compareEntries(result.entries, numbers ? membersAsNumbers() : MembersAsText);
}

void TestPhoneListImporter::formatIsJudgedByContent_notByName()
{
    const QString renamed = m_dir.filePath(u"actually-a-workbook.csv"_s);
    QVERIFY(QFile::copy(phoneFixture(u"lo/members-text.xlsx"_s), renamed));
    const ImportResult result = importing::importList(importing::ImportSource::file(renamed));
    QVERIFY(result.ok());
    QCOMPARE(result.table.format, u"xlsx"_s);
    QCOMPARE(result.entries.size(), 12);
}

void TestPhoneListImporter::vcardFile_givesOneEntryPerCard()
{
    const ImportResult result =
        importing::importList(importing::ImportSource::file(phoneFixture(u"vcard/nokia-21.vcf"_s)));
    QVERIFY(result.ok());
    QCOMPARE(result.table.format, u"vcard"_s);
    QCOMPARE(result.entries.size(), 3);
    QCOMPARE(result.entries[0].name, u"Åsa Öberg"_s);
    QCOMPARE(result.entries[0].e164, u"+46701234567"_s);
    QCOMPARE(result.entries[2].verdict, Verdict::NotMobile); // the only number is a landline
    QCOMPARE(result.entries[2].row, 3);
}

void TestPhoneListImporter::unreadableWorkbook_saysWhatToDo_data()
{
    addColumns<QString, QString>("fixture", "message");
    QTest::newRow("password-protected")
        << u"handmade/encrypted-ooxml.xlsx"_s
        << u"“encrypted-ooxml.xlsx” is password-protected. Save it without a password and try "
           "again."_s;
    QTest::newRow("Excel 97-2003")
        << u"lo/members-97.xls"_s
        << u"“members-97.xls” is an old Excel 97-2003 workbook (.xls). Save it as .xlsx or CSV "
           "and try again."_s;
}

void TestPhoneListImporter::unreadableWorkbook_saysWhatToDo()
{
    QFETCH(QString, fixture);
    QFETCH(QString, message);
    const ImportResult result =
        importing::importList(importing::ImportSource::file(phoneFixture(fixture)));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->message, message);
}

void TestPhoneListImporter::missingFile_saysItCannotBeOpened()
{
    const ImportResult result =
        importing::importList(importing::ImportSource::file(m_dir.filePath(u"gone.csv"_s)));
    QVERIFY(!result.ok());
    QVERIFY2(result.error->message.startsWith(u"“gone.csv” could not be opened: "_s),
             qPrintable(result.error->message));
}

void TestPhoneListImporter::folder_saysItIsAFolder()
{
    const ImportResult result = importing::importList(importing::ImportSource::file(m_dir.path()));
    QVERIFY(!result.ok());
    QVERIFY(result.error->message.endsWith(u"could not be opened: it is a folder, not a file."_s));
}

void TestPhoneListImporter::unusableFile_saysWhy_data()
{
    addColumns<QString, QByteArray, QString>("name", "content", "message");
    QTest::newRow("empty") << u"empty.csv"_s << QByteArray() << u"“empty.csv” is empty."_s;
    // "%2" in a name is the file's own text, not a place for the line number.
    QTest::newRow("percent sign in the name")
        << u"list%2.csv"_s << QByteArray("name,phone\nAsa,0701234567\n\"Bo,0702345678\n")
        << u"“list%2.csv” ends inside a quoted cell that starts on line 3: the file is cut "
           "short or a closing quote is missing."_s;
    QTest::newRow("header only")
        << u"header.csv"_s << QByteArray("\xEF\xBB\xBFNamn;Mobil\r\n")
        << u"“header.csv” has a header row but no phone numbers below it."_s;
    QTest::newRow("no phone column")
        << u"names.xlsx"_s
        << xlsxbuilder::workbook({{u"Blad1"_s, {{u"Namn"_s, u"Ort"_s}, {u"Åsa"_s, u"Lund"_s}}}})
        << u"No column of “names.xlsx” holds phone numbers."_s;
}

void TestPhoneListImporter::unusableFile_saysWhy()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(name);
    QVERIFY(writeFile(path, content));
    const ImportResult result = importing::importList(importing::ImportSource::file(path));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->message, message);
}

void TestPhoneListImporter::secondSheet_byName()
{
    importing::ImportOptions options;
    options.sheet = u"Medlemmar 2026"_s;
    const ImportResult result = importing::importList(
        importing::ImportSource::file(phoneFixture(u"lo/two-sheets.xlsx"_s)), options);
    QVERIFY(result.ok());
    QCOMPARE(result.columns.nameColumns, (QList<int>{0, 1}));
    QCOMPARE(result.entries.size(), 3);
    QCOMPARE(result.entries[1].name, u"Dag Berg"_s);
    QCOMPARE(result.entries[1].e164, u"+46704567890"_s);
    QCOMPARE(result.entries[1].row, 3);
}

void TestPhoneListImporter::clipboardFromExcel_withHeaderAndQuotedLineBreak()
{
    // What Excel puts on the clipboard for three rows of two columns, one cell with a line break.
    const QString pasted =
        u"Namn\tMobil\r\n\"Åsa\nÖberg\"\t070-123 45 67\r\nBo Ek\t4,6702345678E+10\r\n"_s;
    const ImportResult result = importing::importList(importing::ImportSource::pastedText(pasted));
    QVERIFY(result.ok());
    QCOMPARE(result.table.format, u"clipboard"_s);
    QCOMPARE(result.entries.size(), 2);
    QCOMPARE(result.entries[0].name, u"Åsa Öberg"_s);
    QCOMPARE(result.entries[0].row, 2);
    QCOMPARE(result.entries[1].e164, u"+46702345678"_s);
    QCOMPARE(result.entries[1].verdict, Verdict::Fixed);
}

void TestPhoneListImporter::clipboardTypedNumbers()
{
    const ImportResult result = importing::importList(importing::ImportSource::pastedText(
        u"070-123 45 67, 0702345678; 112\n\n+46 (0)70 345 67 89"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.entries.size(), 4);
    QCOMPARE(result.entries[2].verdict, Verdict::Refused);
    QCOMPARE(result.entries[3].row, 4);
    QCOMPARE(result.entries[3].e164, u"+46703456789"_s);
}

void TestPhoneListImporter::clipboardEmpty_saysSo()
{
    const ImportResult blank =
        importing::importList(importing::ImportSource::pastedText(u" \n\t\n"_s));
    QVERIFY(!blank.ok());
    QCOMPARE(blank.error->message, u"The pasted text is empty."_s);
    const ImportResult words =
        importing::importList(importing::ImportSource::pastedText(u"Hej\tpå\ndig\tdär"_s));
    QVERIFY(!words.ok());
    QCOMPARE(words.error->message, u"The pasted text holds no phone numbers."_s);
}

void TestPhoneListImporter::detectListFormat_data()
{
    addColumns<QByteArray, int>("head", "format");
    QTest::newRow("zip") << QByteArray("PK\x03\x04rest") << int(ListFormat::Xlsx);
    QTest::newRow("empty zip") << QByteArray("PK\x05\x06") << int(ListFormat::Xlsx);
    QTest::newRow("cfb") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
                         << int(ListFormat::OldExcel);
    QTest::newRow("vcard") << QByteArray("BEGIN:VCARD\r\n") << int(ListFormat::VCard);
    QTest::newRow("vcard lower, blank lines, bom")
        << QByteArray("\xEF\xBB\xBF\r\n\r\nbegin:vcard\n") << int(ListFormat::VCard);
    QTest::newRow("vcard utf-16") << QByteArray("\xFF\xFE"
                                                "B\0E\0G\0I\0N\0:\0V\0C\0A\0R\0D\0",
                                                24)
                                  << int(ListFormat::VCard);
    QTest::newRow("csv") << QByteArray("Namn;Mobil\n") << int(ListFormat::DelimitedText);
    QTest::newRow("text mentioning vcard later")
        << QByteArray("phone\nBEGIN:VCARD\n") << int(ListFormat::DelimitedText);
}

void TestPhoneListImporter::detectListFormat()
{
    QFETCH(QByteArray, head);
    QFETCH(int, format);
    QCOMPARE(int(importing::detectListFormat(head)), format);
}

QTEST_GUILESS_MAIN(TestPhoneListImporter)
#include "tst_phonelistimporter.moc"
