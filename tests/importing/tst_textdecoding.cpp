#include "importing/textdecoding.h"

#include "testtable.h"
#include <QTest>

using namespace importing;
using namespace Qt::StringLiterals;

class TestTextDecoding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windows1252_specialRange_data();
    void windows1252_specialRange();
    void windows1252_isLatin1Elsewhere();
    void windows1252_swedishName();
    void bom_data();
    void bom();
    void bomlessUtf16_isRecognisedFromZeroBytes();
    void chunkDecoder_joinsSequencesSplitAcrossChunks();
    void chunkDecoder_flagsInvalidUtf8();
    void chunkDecoder_unfinishedSequenceAtEndBecomesReplacement();
};

void TestTextDecoding::windows1252_specialRange_data()
{
    addColumns<int, int>("byte", "codePoint");
    // From Microsoft's cp1252 table (bestfit1252.txt); the undefined bytes map to C1 controls.
    const QList<std::pair<int, int>> table{
        {0x80, 0x20AC}, {0x81, 0x0081}, {0x82, 0x201A}, {0x83, 0x0192}, {0x84, 0x201E},
        {0x85, 0x2026}, {0x86, 0x2020}, {0x87, 0x2021}, {0x88, 0x02C6}, {0x89, 0x2030},
        {0x8A, 0x0160}, {0x8B, 0x2039}, {0x8C, 0x0152}, {0x8D, 0x008D}, {0x8E, 0x017D},
        {0x8F, 0x008F}, {0x90, 0x0090}, {0x91, 0x2018}, {0x92, 0x2019}, {0x93, 0x201C},
        {0x94, 0x201D}, {0x95, 0x2022}, {0x96, 0x2013}, {0x97, 0x2014}, {0x98, 0x02DC},
        {0x99, 0x2122}, {0x9A, 0x0161}, {0x9B, 0x203A}, {0x9C, 0x0153}, {0x9D, 0x009D},
        {0x9E, 0x017E}, {0x9F, 0x0178}};
    for (const auto &[byte, codePoint] : table)
        QTest::addRow("0x%X", byte) << byte << codePoint;
}

void TestTextDecoding::windows1252_specialRange()
{
    QFETCH(int, byte);
    QFETCH(int, codePoint);
    const char b = char(byte);
    const QString decoded = decodeWindows1252(QByteArrayView(&b, 1));
    QCOMPARE(decoded.size(), 1);
    QCOMPARE(int(decoded[0].unicode()), codePoint);
}

void TestTextDecoding::windows1252_isLatin1Elsewhere()
{
    QByteArray bytes;
    for (int b = 0; b < 256; ++b)
        bytes.append(char(b));
    const QString decoded = decodeWindows1252(bytes);
    QCOMPARE(decoded.size(), 256);
    for (int b = 0; b < 256; ++b) {
        if (b < 0x80 || b >= 0xA0)
            QCOMPARE(int(decoded[b].unicode()), b);
    }
}

void TestTextDecoding::windows1252_swedishName()
{
    QCOMPARE(decodeWindows1252("\xC5sa \xD6"
                               "berg, \xE5\xE4\xF6 \x80 \x96"),
             u"Åsa Öberg, åäö € –"_s);
}

void TestTextDecoding::bom_data()
{
    // encoding: -1: none
    addColumns<QByteArray, int, int>("head", "encoding", "length");
    QTest::newRow("utf-8") << QByteArray("\xEF\xBB\xBFName") << int(TextEncoding::Utf8) << 3;
    QTest::newRow("utf-16le") << QByteArray("\xFF\xFEN\0", 4) << int(TextEncoding::Utf16LE) << 2;
    QTest::newRow("utf-16be") << QByteArray("\xFE\xFF\0N", 4) << int(TextEncoding::Utf16BE) << 2;
    QTest::newRow("utf-32le") << QByteArray("\xFF\xFE\0\0N\0\0\0", 8) << int(TextEncoding::Utf32LE)
                              << 4;
    QTest::newRow("utf-32be") << QByteArray("\0\0\xFE\xFF", 4) << int(TextEncoding::Utf32BE) << 4;
    QTest::newRow("none") << QByteArray("Name") << -1 << 0;
    QTest::newRow("too short") << QByteArray("\xEF\xBB") << -1 << 0;
}

void TestTextDecoding::bom()
{
    QFETCH(QByteArray, head);
    QFETCH(int, encoding);
    QFETCH(int, length);
    const std::optional<BomMatch> match = detectBom(head);
    QCOMPARE(match.has_value(), encoding >= 0);
    if (match) {
        QCOMPARE(int(match->encoding), encoding);
        QCOMPARE(int(match->length), length);
    }
}

void TestTextDecoding::bomlessUtf16_isRecognisedFromZeroBytes()
{
    const QString text = u"Namn;Telefon\r\nÅsa;0701234567\r\n"_s;
    const QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QByteArray be;
    for (const QChar c : text) {
        be.append(char(c.unicode() >> 8));
        be.append(char(c.unicode() & 0xFF));
    }
    QCOMPARE(detectBomlessUtf16(le), std::optional(TextEncoding::Utf16LE));
    QCOMPARE(detectBomlessUtf16(be), std::optional(TextEncoding::Utf16BE));
    QCOMPARE(detectBomlessUtf16(text.toUtf8()), std::nullopt);
    QCOMPARE(detectBomlessUtf16("a"), std::nullopt);
}

void TestTextDecoding::chunkDecoder_joinsSequencesSplitAcrossChunks()
{
    const QByteArray utf8 = u"Åsa Öberg €"_s.toUtf8();
    for (qsizetype split = 0; split <= utf8.size(); ++split) {
        ChunkDecoder decoder(TextEncoding::Utf8);
        QString text = decoder.decode(QByteArrayView(utf8).first(split));
        text += decoder.decode(QByteArrayView(utf8).sliced(split));
        text += decoder.finish();
        QCOMPARE(text, u"Åsa Öberg €"_s);
        QVERIFY(!decoder.hasError());
    }
}

void TestTextDecoding::chunkDecoder_flagsInvalidUtf8()
{
    ChunkDecoder decoder(TextEncoding::Utf8);
    decoder.decode("plain ascii");
    QVERIFY(!decoder.hasError());
    decoder.decode("\xC5sa"); // Windows-1252 Å
    QVERIFY(decoder.hasError());
    ChunkDecoder latin(TextEncoding::Windows1252);
    QCOMPARE(latin.decode("\xC5sa"), u"Åsa"_s);
    QVERIFY(!latin.hasError());
}

void TestTextDecoding::chunkDecoder_unfinishedSequenceAtEndBecomesReplacement()
{
    ChunkDecoder decoder(TextEncoding::Utf8);
    QCOMPARE(decoder.decode("ab\xC3"), u"ab"_s);
    QCOMPARE(decoder.finish(), QString(QChar::ReplacementCharacter));
    ChunkDecoder clean(TextEncoding::Utf8);
    clean.decode("ab");
    QCOMPARE(clean.finish(), QString());
}

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
