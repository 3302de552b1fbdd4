#include "importing/textdecoding.h"

#include <array>

namespace importing {
namespace {

// Windows-1252 0x80-0x9F. The five bytes 1252 leaves undefined map to the C1 controls of the
// same value, as browsers (WHATWG) do.
constexpr std::array<char16_t, 32> Cp1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Each encoding's name for the admin, and Qt's decoder for it (Windows-1252 is read by
// decodeWindows1252, its Qt decoder is never used).
struct EncodingFacts
{
    TextEncoding encoding;
    const char *name;
    QStringConverter::Encoding qtEncoding;
};
constexpr EncodingFacts Encodings[] = {
    {TextEncoding::Utf8, "UTF-8", QStringConverter::Utf8},
    {TextEncoding::Utf16LE, "UTF-16LE", QStringConverter::Utf16LE},
    {TextEncoding::Utf16BE, "UTF-16BE", QStringConverter::Utf16BE},
    {TextEncoding::Utf32LE, "UTF-32LE", QStringConverter::Utf32LE},
    {TextEncoding::Utf32BE, "UTF-32BE", QStringConverter::Utf32BE},
    {TextEncoding::Windows1252, "Windows-1252", QStringConverter::Utf8},
};

const EncodingFacts *factsOf(TextEncoding encoding)
{
    for (const EncodingFacts &facts : Encodings) {
        if (facts.encoding == encoding)
            return &facts;
    }
    return nullptr;
}

QStringConverter::Encoding qtEncoding(TextEncoding encoding)
{
    const EncodingFacts *facts = factsOf(encoding);
    return facts ? facts->qtEncoding : QStringConverter::Utf8;
}

} // namespace

QString encodingName(TextEncoding encoding)
{
    const EncodingFacts *facts = factsOf(encoding);
    return facts ? QString::fromLatin1(facts->name) : QString();
}

std::optional<BomMatch> detectBom(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return BomMatch{TextEncoding::Utf8, 3};
    if (head.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)))
        return BomMatch{TextEncoding::Utf32LE, 4};
    if (head.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return BomMatch{TextEncoding::Utf32BE, 4};
    if (head.startsWith("\xFF\xFE"))
        return BomMatch{TextEncoding::Utf16LE, 2};
    if (head.startsWith("\xFE\xFF"))
        return BomMatch{TextEncoding::Utf16BE, 2};
    return std::nullopt;
}

std::optional<TextEncoding> detectBomlessUtf16(QByteArrayView head)
{
    const qsizetype pairs = std::min<qsizetype>(head.size() / 2, 4096);
    if (pairs < 2)
        return std::nullopt;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        zeroEven += head[2 * i] == 0;
        zeroOdd += head[2 * i + 1] == 0;
    }
    // Mostly ASCII text: one byte of each pair is zero, the other almost never.
    if (zeroOdd * 10 >= pairs * 7 && zeroEven * 10 <= pairs)
        return TextEncoding::Utf16LE;
    if (zeroEven * 10 >= pairs * 7 && zeroOdd * 10 <= pairs)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

QString decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        *out++ = QChar(b >= 0x80 && b < 0xA0 ? Cp1252High[b - 0x80] : char16_t(b));
    }
    return text;
}

ChunkDecoder::ChunkDecoder(TextEncoding encoding)
    : m_encoding(encoding)
    , m_decoder(qtEncoding(encoding), QStringConverter::Flag::Default)
{
}

QString ChunkDecoder::decode(QByteArrayView bytes)
{
    if (m_encoding == TextEncoding::Windows1252)
        return decodeWindows1252(bytes);
    return m_decoder.decode(bytes);
}

QString ChunkDecoder::finish()
{
    if (m_encoding == TextEncoding::Windows1252 || !m_decoder.hasPendingBytes())
        return {};
    return QString(QChar::ReplacementCharacter);
}

bool ChunkDecoder::hasError() const
{
    return m_encoding != TextEncoding::Windows1252 && m_decoder.hasError();
}

} // namespace importing
