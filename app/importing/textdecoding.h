#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace importing {

// Text encodings phone lists arrive in: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a
// BOM, and Windows-1252 from older Excel "CSV" exports on Swedish Windows.
enum class TextEncoding
{
    Utf8,
    Utf16LE,
    Utf16BE,
    Utf32LE,
    Utf32BE,
    Windows1252
};

QString encodingName(TextEncoding encoding);

// The encoding a byte order mark announces, and the mark's length; nullopt without one.
struct BomMatch
{
    TextEncoding encoding;
    qsizetype length;
};
std::optional<BomMatch> detectBom(QByteArrayView head);

// UTF-16 saved without a BOM: most code units of plain text have one zero byte.
std::optional<TextEncoding> detectBomlessUtf16(QByteArrayView head);

// Windows-1252 to Unicode: Latin-1 except 0x80-0x9F, where 1252 puts typographic characters.
QString decodeWindows1252(QByteArrayView bytes);

// Decodes a stream chunk by chunk (multi-byte sequences may straddle chunks). For UTF-8 it
// remembers whether invalid bytes were seen, which means the text was not UTF-8 after all.
class ChunkDecoder final
{
public:
    explicit ChunkDecoder(TextEncoding encoding);
    QString decode(QByteArrayView bytes);
    QString finish(); // an unfinished sequence at the end of the input becomes U+FFFD
    bool hasError() const;
    TextEncoding encoding() const { return m_encoding; }

private:
    // QStringDecoder keeps an unfinished multi-byte sequence in its protected state; this
    // exposes whether one is pending when the input ends.
    class Decoder final : public QStringDecoder
    {
    public:
        using QStringDecoder::QStringDecoder;
        bool hasPendingBytes() const { return state.remainingChars != 0; }
    };

    TextEncoding m_encoding;
    Decoder m_decoder;
};

} // namespace importing
