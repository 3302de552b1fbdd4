#include "importing/vcardreader.h"
#include "phonefixtures.h"

#include "readrefusal.h"
#include "testtable.h"
#include <QFile>
#include <QTest>

using importing::ReadLimits;
using importing::TableResult;
using importing::VCardReader;
using namespace Qt::StringLiterals;

using Records = QList<QStringList>;

namespace {

QByteArray fixture(const QString &name)
{
    return phoneFixtureBytes(QStringLiteral("vcard/") + name);
}

TableResult readCards(const QByteArray &data, const ReadLimits &limits = {})
{
    return VCardReader(limits).read(data, u"/home/admin/contacts.vcf"_s);
}

} // namespace

class TestVCardReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exports_data();
    void exports();
    void rowNumbers_countCards();
    void utf16WithBom_isRead();
    void foldedLines_areJoined();
    void escapes_areUndone();
    void nestedAgentCard_isARowOfItsOwn();
    void truncatedCard_saysWhereItStarts();
    void noCards_saysSo();
    void binary_saysSo();
    void hugePhoto_isSkippedNotRefused();
    void longName_namesTheLine();
    void tooManyCards_namesTheLimit();
};

void TestVCardReader::exports_data()
{
    addColumns<QString, Records>("file", "rows");

    QTest::newRow("nokia 2.1 quoted-printable")
        << u"nokia-21.vcf"_s
        << Records{{u"Åsa Öberg"_s, u"070-123 45 67"_s},
                   {u"Bo Ek"_s, u"0702345678"_s}, // PREF among two mobiles, name from N
                   {u"Per Andersson med ett väldigt långt namn"_s, u"+46 8 765 432 10"_s}};
    QTest::newRow("2.1 latin-1") << u"latin1-21.vcf"_s
                                 << Records{{u"Åke Jönsson"_s, u"+46701112233"_s}};
    QTest::newRow("google 3.0") << u"google-30.vcf"_s
                                << Records{{u"Cecilia Lindqvist"_s, u"+46 73 987 65 43"_s},
                                           {u"Lindqvist, Dan"_s, u"0762345678"_s},
                                           {u"Eva Utan Nummer"_s, QString()}};
    QTest::newRow("apple 3.0") << u"apple-30.vcf"_s
                               << Records{{u"Fia Norsk från Oslo med ett namn som viks över två "
                                           "rader"_s,
                                           u"+47 412 34 567"_s}};
    QTest::newRow("rfc 4.0") << u"rfc-40.vcf"_s
                             << Records{{u"Göran Gren"_s, u"tel:+46-70-444-55-66"_s}};
}

void TestVCardReader::exports()
{
    QFETCH(QString, file);
    QFETCH(Records, rows);
    const TableResult result = readCards(fixture(file));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().rows, rows);
    QCOMPARE(result.value().format, u"vcard"_s);
}

void TestVCardReader::rowNumbers_countCards()
{
    const TableResult result = readCards(fixture(u"google-30.vcf"_s));
    QCOMPARE(result.value().rowNumbers, (QList<int>{1, 2, 3}));
    QCOMPARE(result.value().detail, u"3 contact card(s)"_s);
}

void TestVCardReader::utf16WithBom_isRead()
{
    const QString text = QString::fromUtf8(fixture(u"rfc-40.vcf"_s));
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const TableResult result = readCards(utf16);
    QVERIFY(result.ok());
    QCOMPARE(result.value().rows.first().first(), u"Göran Gren"_s);
}

void TestVCardReader::foldedLines_areJoined()
{
    const TableResult result =
        readCards("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\n  Berg\r\nTEL;TY\r\n"
                  " PE=CELL:070-12\r\n\t3 45 67\r\nEND:VCARD\r\n");
    QVERIFY(result.ok());
    QCOMPARE(result.value().rows.first(), (QStringList{u"Anna Berg"_s, u"070-123 45 67"_s}));
}

void TestVCardReader::escapes_areUndone()
{
    const TableResult result =
        readCards("BEGIN:VCARD\nVERSION:3.0\nN:Berg\\;Ek;Anna\\, Maria;;Dr.;\nTEL:1\nEND:VCARD\n");
    QVERIFY(result.ok());
    QCOMPARE(result.value().rows.first().first(), u"Dr. Anna, Maria Berg;Ek"_s);
}

void TestVCardReader::nestedAgentCard_isARowOfItsOwn()
{
    const TableResult result = readCards("BEGIN:VCARD\nVERSION:2.1\nFN:Chef\nAGENT:\nBEGIN:VCARD\n"
                                         "FN:Assistent\nTEL;CELL:0709999999\nEND:VCARD\n"
                                         "TEL;CELL:0701234567\nEND:VCARD\n");
    QVERIFY(result.ok());
    // The inner card's TEL is not lost (issue 13), nor mixed into the outer card.
    QCOMPARE(result.value().rows,
             (Records{{u"Assistent"_s, u"0709999999"_s}, {u"Chef"_s, u"0701234567"_s}}));
    QCOMPARE(result.value().rowNumbers, (QList<int>{1, 2}));
}

void TestVCardReader::truncatedCard_saysWhereItStarts()
{
    QByteArray data = fixture(u"google-30.vcf"_s);
    data.truncate(data.lastIndexOf("END:VCARD"));
    const TableResult result = readCards(data);
    QCOMPARE(refusalOf(result), u"“contacts.vcf” ends inside the contact card that starts on "
                                "line 19: the file is cut short."_s);
}

void TestVCardReader::noCards_saysSo()
{
    const TableResult result = readCards("BEGIN:VCALENDAR\nEND:VCALENDAR\n");
    QCOMPARE(refusalOf(result), u"“contacts.vcf” holds no rows."_s);
}

void TestVCardReader::binary_saysSo()
{
    const TableResult result = readCards(QByteArray("BEGIN:VCARD\n\0\0\0\x01\x02", 17));
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(u"binary data"_s));
}

void TestVCardReader::hugePhoto_isSkippedNotRefused()
{
    const ReadLimits limits{.maxCellChars = 1000};
    QByteArray data = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Foto\r\nPHOTO;ENCODING=b:";
    for (int i = 0; i < 20'000; ++i)
        data += QByteArray(74, 'A') + "\r\n ";
    data += "AA\r\nTEL;TYPE=CELL:0701234567\r\nEND:VCARD\r\n";
    const TableResult result = readCards(data, limits);
    QVERIFY(result.ok());
    QCOMPARE(result.value().rows.first(), (QStringList{u"Foto"_s, u"0701234567"_s}));
}

void TestVCardReader::longName_namesTheLine()
{
    const ReadLimits limits{.maxCellChars = 1000};
    const QByteArray data =
        "BEGIN:VCARD\nVERSION:3.0\nFN:" + QByteArray(1001, 'x') + "\nTEL:1\nEND:VCARD\n";
    const TableResult result = readCards(data, limits);
    QCOMPARE(refusalOf(result), u"Row 3 of “contacts.vcf” has a cell longer than 1,000 "
                                "characters: this is not a phone list."_s);
}

void TestVCardReader::tooManyCards_namesTheLimit()
{
    const ReadLimits limits{.maxRows = 2};
    const TableResult result = readCards(fixture(u"google-30.vcf"_s), limits);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(u"more than 2 rows"_s));
}

QTEST_GUILESS_MAIN(TestVCardReader)
#include "tst_vcardreader.moc"
