#include "importing/csvreader.h"

#include "readrefusal.h"
#include "testtable.h"
#include <QBuffer>
#include <QTest>

using importing::CsvReader;
using importing::ReadLimits;
using importing::TableResult;
using namespace Qt::StringLiterals;

using Records = QList<QStringList>;

namespace {

// A pipe or socket: cannot seek, size unknown.
class SequentialBuffer final : public QBuffer
{
public:
    using QBuffer::QBuffer;
    bool isSequential() const override { return true; }
};

TableResult readBytes(const QByteArray &bytes, const ReadLimits &limits = {},
                      bool sequential = false)
{
    QByteArray data = bytes;
    std::unique_ptr<QBuffer> buffer =
        sequential ? std::make_unique<SequentialBuffer>(&data) : std::make_unique<QBuffer>(&data);
    buffer->open(QIODevice::ReadOnly);
    return CsvReader(limits).read(*buffer, u"/some/where/list.csv"_s);
}

QByteArray utf16(const QString &text, bool bigEndian)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        bytes.append(bigEndian ? high : low);
        bytes.append(bigEndian ? low : high);
    }
    return bytes;
}

const QString SwedishList = u"Namn;Telefon\r\nÅsa Öberg;070-123 45 67\r\nBo Ek;0702345678\r\n"_s;

} // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodings_data();
    void encodings();
    void utf8Bom_neverEndsUpInTheFirstHeader();
    void laterInvalidUtf8_rereadsTheFileAsWindows1252();
    void sequentialDevice_isReadToo();
    void rowNumbers_areLineNumbers();
    void excelSepLine_isNotARow();
    void largeFile_isReadInBlocks();
    void headerOnly_isOneRow();
    void emptyFile_saysItIsEmpty_data();
    void emptyFile_saysItIsEmpty();
    void binaryFile_saysItIsNotText();
    void unterminatedQuote_saysWhereItStarts();
    void longCell_namesTheRowAndTheLimit();
    void tooManyRows_namesTheLimit();
    void tooLargeFile_namesTheLimit();
    void tooLargeSequentialFile_namesTheLimit();
    void closedDevice_saysItCannotBeOpened();
};

void TestCsvReader::encodings_data()
{
    addColumns<QByteArray, QString>("bytes", "encoding");

    QTest::newRow("utf-8") << SwedishList.toUtf8() << u"UTF-8"_s;
    QTest::newRow("utf-8 bom") << "\xEF\xBB\xBF" + SwedishList.toUtf8() << u"UTF-8"_s;
    QTest::newRow("utf-16le bom") << "\xFF\xFE" + utf16(SwedishList, false) << u"UTF-16LE"_s;
    QTest::newRow("utf-16be bom") << "\xFE\xFF" + utf16(SwedishList, true) << u"UTF-16BE"_s;
    QTest::newRow("utf-16le without bom") << utf16(SwedishList, false) << u"UTF-16LE"_s;
    QTest::newRow("windows-1252") << SwedishList.toLatin1() << u"Windows-1252"_s;
    QTest::newRow("utf-32le bom") << QByteArray("\xFF\xFE\0\0", 4) + [] {
        QByteArray b;
        for (const char32_t c : SwedishList.toUcs4()) {
            for (int shift = 0; shift < 32; shift += 8)
                b.append(char((c >> shift) & 0xFF));
        }
        return b;
    }() << u"UTF-32LE"_s;
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const TableResult result = readBytes(bytes);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().rows, SwedishMembers);
    QCOMPARE(result.value().format, u"csv"_s);
    QCOMPARE(result.value().detail, encoding + u", ';'-separated"_s);
}

void TestCsvReader::utf8Bom_neverEndsUpInTheFirstHeader()
{
    // Also a doubled BOM, as left by tools that add one to a file that already had one.
    const TableResult result = readBytes("\xEF\xBB\xBF\xEF\xBB\xBFphone\n0701234567\n");
    QVERIFY(result.ok());
    QCOMPARE(result.value().rows.first().first(), u"phone"_s);
}

void TestCsvReader::laterInvalidUtf8_rereadsTheFileAsWindows1252()
{
    // The first 64 KiB are plain ASCII; the first 1252 byte comes after several blocks.
    QByteArray bytes = "name,phone\n";
    for (int i = 0; i < 150'000; ++i)
        bytes += "Bo Ek,0702345678\n";
    bytes += "\xC5sa \xD6"
             "berg,0701234567\n";
    const TableResult result = readBytes(bytes);
    QVERIFY(result.ok());
    QCOMPARE(result.value().rows.size(), 150'002);
    QCOMPARE(result.value().rows.last(), (QStringList{u"Åsa Öberg"_s, u"0701234567"_s}));
    QVERIFY(result.value().detail.startsWith(u"Windows-1252"_s));
}

void TestCsvReader::sequentialDevice_isReadToo()
{
    const TableResult result = readBytes(SwedishList.toLatin1(), {}, true);
    QVERIFY(result.ok());
    QCOMPARE(result.value().rows, SwedishMembers);
}

void TestCsvReader::rowNumbers_areLineNumbers()
{
    const TableResult result = readBytes("phone,note\n\n0701234567,\"two\nlines\"\n0702345678,x\n");
    QVERIFY(result.ok());
    QCOMPARE(result.value().rowNumbers, (QList<int>{1, 3, 5}));
}

void TestCsvReader::excelSepLine_isNotARow()
{
    const TableResult result = readBytes("sep=;\r\nNamn;Telefon\r\nÅsa;0701234567\r\n");
    QVERIFY(result.ok());
    QCOMPARE(result.value().rows.first(), (QStringList{u"Namn"_s, u"Telefon"_s}));
    QCOMPARE(result.value().rowNumbers.first(), 2);
}

void TestCsvReader::largeFile_isReadInBlocks()
{
    QByteArray bytes = "\xEF\xBB\xBFNamn;Telefon\n";
    for (int i = 0; i < 200'000; ++i)
        bytes += "\"Ek, Bo " + QByteArray::number(i) + "\";070" + QByteArray::number(1000000 + i) +
                 "\r\n";
    QVERIFY(bytes.size() > 4 * 1024 * 1024);
    const TableResult result = readBytes(bytes);
    QVERIFY(result.ok());
    QCOMPARE(result.value().rows.size(), 200'001);
    QCOMPARE(result.value().rows[1], (QStringList{u"Ek, Bo 0"_s, u"0701000000"_s}));
    QCOMPARE(result.value().rows.last(), (QStringList{u"Ek, Bo 199999"_s, u"0701199999"_s}));
    QCOMPARE(result.value().rowNumbers.last(), 200'001);
}

void TestCsvReader::headerOnly_isOneRow()
{
    const TableResult result = readBytes("Namn;Telefon\r\n");
    QVERIFY(result.ok());
    QCOMPARE(result.value().rows, (Records{{u"Namn"_s, u"Telefon"_s}}));
}

void TestCsvReader::emptyFile_saysItIsEmpty_data()
{
    addColumns<QByteArray>("bytes");
    QTest::newRow("no bytes") << QByteArray();
    QTest::newRow("only a bom") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("only blank lines") << QByteArray("\r\n\r\n  \n");
}

void TestCsvReader::emptyFile_saysItIsEmpty()
{
    QFETCH(QByteArray, bytes);
    const TableResult result = readBytes(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().file, u"/some/where/list.csv"_s);
    QCOMPARE(result.error().message, u"“list.csv” is empty."_s);
}

void TestCsvReader::binaryFile_saysItIsNotText()
{
    static const char pngHead[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
    const QByteArray png(pngHead, sizeof(pngHead) - 1);
    const TableResult result = readBytes(png);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"binary data"_s), qPrintable(result.error().message));
    QVERIFY(result.error().message.startsWith(u"“list.csv”"_s));
    // A NUL byte after the first block is caught too.
    QByteArray late = "phone\n";
    for (int i = 0; i < 100'000; ++i)
        late += "0701234567\n";
    late += QByteArray("\0\0\0\0", 4);
    QVERIFY(readBytes(late).error().message.contains(u"binary data"_s));
}

void TestCsvReader::unterminatedQuote_saysWhereItStarts()
{
    const TableResult result = readBytes("name,phone\nÅsa,0701234567\n\"Bo,0702345678\n");
    QCOMPARE(refusalOf(result),
             u"“list.csv” ends inside a quoted cell that starts on line 3: the file is cut "
             "short or a closing quote is missing."_s);
}

void TestCsvReader::longCell_namesTheRowAndTheLimit()
{
    const ReadLimits limits{.maxCellChars = 32 * 1024};
    QByteArray ok = "phone\n" + QByteArray(32 * 1024, 'x') + "\n";
    QVERIFY(readBytes(ok, limits).ok());
    const QByteArray tooLong = "phone\n0701234567\n" + QByteArray(32 * 1024 + 1, 'x') + "\n";
    const TableResult result = readBytes(tooLong, limits);
    QCOMPARE(refusalOf(result),
             u"Row 3 of “list.csv” has a cell longer than 32,768 characters: this is not a "
             "phone list."_s);
}

void TestCsvReader::tooManyRows_namesTheLimit()
{
    const ReadLimits limits{.maxRows = 3};
    QVERIFY(readBytes("a\nb\nc\n", limits).ok());
    const TableResult result = readBytes("a\nb\nc\nd\n", limits);
    QCOMPARE(refusalOf(result), u"“list.csv” has more than 3 rows, the most a phone list may "
                                "have. Split it into smaller files."_s);
}

void TestCsvReader::tooLargeFile_namesTheLimit()
{
    const ReadLimits limits{.maxFileBytes = 1024 * 1024};
    QByteArray atLimit = QByteArray("070123456\n").repeated(104'857) + "12345\n";
    QCOMPARE(atLimit.size(), 1024 * 1024);
    QVERIFY(readBytes(atLimit, limits).ok());
    const TableResult result = readBytes(atLimit + "1", limits);
    QCOMPARE(refusalOf(result), u"“list.csv” is larger than 1 MiB, the most a phone list "
                                "may be. Split it into smaller files."_s);
}

void TestCsvReader::tooLargeSequentialFile_namesTheLimit()
{
    const ReadLimits limits{.maxFileBytes = 1024 * 1024};
    const TableResult result = readBytes(QByteArray(1024 * 1024 + 1, '7'), limits, true);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(u"larger than 1 MiB"_s));
}

void TestCsvReader::closedDevice_saysItCannotBeOpened()
{
    QBuffer closed;
    const TableResult result = CsvReader().read(closed, u"list.csv"_s);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.startsWith(u"“list.csv” could not be opened"_s));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
