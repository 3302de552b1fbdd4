#include "importing/csvreader.h"

#include "importing/csvdialect.h"
#include "importing/csvparser.h"
#include "importing/readerrors.h"
#include "importing/textdecoding.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

#include <optional>

namespace importing {
namespace {

constexpr qint64 SampleBytes = 64 * 1024;
constexpr qint64 BlockBytes = 1024 * 1024;

QString delimiterName(QChar delimiter)
{
    // Shown in the import preview, beside the file's name.
    if (delimiter.isNull())
        return QCoreApplication::translate("PhoneListReader", "one value per line");
    if (delimiter == u'\t')
        return QCoreApplication::translate("PhoneListReader", "tab-separated");
    return QCoreApplication::translate("PhoneListReader", "'%1'-separated").arg(delimiter);
}

// Text has a few control characters at most (tabs, line breaks); binary data has many.
bool looksBinary(QStringView text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        if (c.unicode() == 0)
            return true;
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\r' && c != u'\n' && c != u'\f')
            ++controls;
    }
    return controls * 100 > text.size();
}

enum class Outcome
{
    Done,
    Failed, // `error` says why
    RetryAsWindows1252
};

struct Attempt
{
    const ReadLimits &limits;
    const QString &file;
    RowTable table;
    ReadError error;

    Outcome fail(ReadError why)
    {
        error = std::move(why);
        return Outcome::Failed;
    }
    Outcome run(QIODevice &device, TextEncoding encoding, qsizetype skip);
};

Outcome Attempt::run(QIODevice &device, TextEncoding encoding, qsizetype skip)
{
    ChunkDecoder decoder(encoding);
    qint64 total = 0;
    QByteArray block = device.read(SampleBytes);
    total += block.size();
    QString text = decoder.decode(QByteArrayView(block).sliced(std::min(skip, block.size())));
    const bool atEnd = device.atEnd();
    if (atEnd)
        text += decoder.finish();
    if (decoder.hasError())
        return Outcome::RetryAsWindows1252;
    if (text.startsWith(QChar(0xFEFF))) // a second BOM, or one in a file saved twice
        text.remove(0, 1);
    if (atEnd && text.trimmed().isEmpty()) {
        return fail(readerrors::empty(file));
    }
    if (looksBinary(text)) {
        return fail(readerrors::binary(file));
    }

    const CsvDialect dialect = sniffCsvDialect(text, atEnd);
    int firstLine = 1;
    if (dialect.sepLine) {
        qsizetype end = 0;
        while (end < text.size() && text[end] != u'\r' && text[end] != u'\n')
            ++end;
        if (end < text.size() && text[end] == u'\r')
            ++end;
        if (end < text.size() && text[end] == u'\n')
            ++end;
        text.remove(0, end);
        firstLine = 2;
    }

    CsvParser parser(dialect.delimiter, limits.maxCellChars, limits.maxRows, firstLine);
    parser.setCellLimits(limits.maxCellsPerRow, limits.maxCells);
    bool ok = parser.feed(text);
    while (ok && !device.atEnd()) {
        block = device.read(BlockBytes);
        if (block.isEmpty())
            break;
        total += block.size();
        if (total > limits.maxFileBytes) {
            return fail(readerrors::tooLarge(file, limits.maxFileBytes));
        }
        text = decoder.decode(block);
        if (decoder.hasError())
            return Outcome::RetryAsWindows1252;
        if (text.contains(QChar(0))) {
            return fail(readerrors::binary(file));
        }
        ok = parser.feed(text);
    }
    if (ok) {
        const QString rest = decoder.finish();
        ok = parser.feed(rest) && parser.finish();
    }
    if (!ok) {
        switch (parser.error()) {
        case CsvParser::Error::CellTooLong:
            return fail(readerrors::cellTooLong(file, parser.errorLine(), limits.maxCellChars));
        case CsvParser::Error::TooManyCellsInRow:
            return fail(
                readerrors::tooManyCellsInRow(file, parser.errorLine(), limits.maxCellsPerRow));
        case CsvParser::Error::TooManyCells:
            return fail(readerrors::tooManyCells(file, limits.maxCells));
        case CsvParser::Error::TooManyRows:
            return fail(readerrors::tooManyRows(file, limits.maxRows));
        case CsvParser::Error::UnterminatedQuote:
            return fail(readerrors::unterminatedQuote(file, parser.errorLine()));
        case CsvParser::Error::None:
            break;
        }
        return Outcome::Done;
    }
    table.rows = std::move(parser.records());
    table.rowNumbers = std::move(parser.recordLines());
    table.format = QStringLiteral("csv");
    table.detail = encodingName(encoding) + QStringLiteral(", ") + delimiterName(dialect.delimiter);
    if (table.rows.isEmpty())
        return fail(readerrors::noRows(file));
    return Outcome::Done;
}

} // namespace

CsvReader::CsvReader(const ReadLimits &limits)
    : m_limits(limits)
{
}

TableResult CsvReader::read(QIODevice &device, const QString &file) const
{
    if (!device.isReadable()) {
        return readerrors::cannotOpen(file, device.errorString());
    }
    if (!device.isSequential() && device.size() > m_limits.maxFileBytes) {
        return readerrors::tooLarge(file, m_limits.maxFileBytes);
    }
    // A second pass may be needed (UTF-8 turned out to be Windows-1252): a pipe or socket is
    // buffered first, within the size limit.
    QBuffer buffered;
    QIODevice *source = &device;
    if (device.isSequential()) {
        buffered.setData(device.read(m_limits.maxFileBytes + 1));
        if (buffered.size() > m_limits.maxFileBytes) {
            return readerrors::tooLarge(file, m_limits.maxFileBytes);
        }
        buffered.open(QIODevice::ReadOnly);
        source = &buffered;
    }
    const qint64 start = source->pos();
    const QByteArray head = source->peek(8);
    if (head.isEmpty()) {
        return source->atEnd() ? readerrors::empty(file)
                               : readerrors::cannotOpen(file, source->errorString());
    }

    TextEncoding encoding = TextEncoding::Utf8;
    qsizetype skip = 0;
    if (const std::optional<BomMatch> bom = detectBom(head)) {
        encoding = bom->encoding;
        skip = bom->length;
    } else if (const std::optional<TextEncoding> utf16 =
                   detectBomlessUtf16(source->peek(SampleBytes))) {
        encoding = *utf16;
    }

    Attempt attempt{m_limits, file, {}, {}};
    Outcome outcome = attempt.run(*source, encoding, skip);
    if (outcome == Outcome::RetryAsWindows1252) {
        if (encoding != TextEncoding::Utf8 || !source->seek(start))
            return readerrors::binary(file);
        attempt.table = {};
        outcome = attempt.run(*source, TextEncoding::Windows1252, 0);
    }
    if (outcome == Outcome::Failed)
        return attempt.error;
    return std::move(attempt.table);
}

} // namespace importing
