#include "importing/phonelistreader.h"

#include "importing/csvparser.h"
#include "importing/csvreader.h"
#include "importing/readerrors.h"
#include "importing/vcardreader.h"
#include "importing/xlsxreader.h"
#include "phones/pastesplitter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace importing {
namespace {

constexpr QByteArrayView CfbMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

bool startsWithVCard(QByteArrayView head)
{
    // Any encoding with or without BOM: decode a little and look past blanks.
    const std::optional<QString> text =
        decodeTextFile(head.first(std::min<qsizetype>(head.size(), 512)).toByteArray());
    if (!text)
        return false;
    const QStringView trimmed = QStringView(*text).trimmed();
    return trimmed.startsWith(u"BEGIN:VCARD", Qt::CaseInsensitive);
}

// An encrypted OOXML package names its streams in UTF-16 in the compound file's directory.
bool isEncryptedPackage(QByteArrayView data)
{
    static const QByteArray name = [] {
        const QString stream = QStringLiteral("EncryptedPackage");
        return QByteArray(reinterpret_cast<const char *>(stream.utf16()), stream.size() * 2);
    }();
    return data.indexOf(name) >= 0;
}

} // namespace

ListFormat detectListFormat(QByteArrayView head)
{
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return ListFormat::Xlsx;
    if (head.startsWith(CfbMagic))
        return isEncryptedPackage(head) ? ListFormat::EncryptedOffice : ListFormat::OldExcel;
    if (startsWithVCard(head))
        return ListFormat::VCard;
    return ListFormat::DelimitedText;
}

TableResult readPhoneListFile(const QString &path, const QString &sheet, const ReadLimits &limits,
                              const WaitingNote &waiting)
{
    RowTable table;
    QFile file;
    if (QFileInfo(path).isDir()) {
        return readerrors::cannotOpen(
            path, QCoreApplication::translate("PhoneListReader", "it is a folder, not a file."));
    }
    if (!openListFile(file, path, waiting)) {
        return readerrors::cannotOpen(path, file.errorString());
    }
    if (file.size() > limits.maxFileBytes) {
        return readerrors::tooLarge(path, limits.maxFileBytes);
    }
    const QByteArray head = file.peek(4096);
    if (head.isEmpty()) {
        return file.atEnd() ? readerrors::empty(path)
                            : readerrors::cannotOpen(path, file.errorString());
    }
    switch (detectListFormat(head)) {
    case ListFormat::DelimitedText:
        return CsvReader(limits).read(file, path);
    case ListFormat::Xlsx:
        return XlsxReader(limits).read(file.read(limits.maxFileBytes + 1), path, sheet);
    case ListFormat::VCard:
        return VCardReader(limits).read(file.read(limits.maxFileBytes + 1), path);
    case ListFormat::EncryptedOffice:
    case ListFormat::OldExcel:
        // The directory may lie beyond the first block: look at the whole compound file.
        return isEncryptedPackage(file.read(limits.maxFileBytes + 1)) ? readerrors::encrypted(path)
                                                                      : readerrors::oldExcel(path);
    }
    return table;
}

TableResult readClipboardText(QStringView text, const ReadLimits &limits)
{
    RowTable table;
    table.format = QStringLiteral("clipboard");
    const QString source; // messages say "The pasted text"
    if (text.contains(u'\t')) {
        // Excel and LibreOffice copy cells as tab-separated lines, quoting cells that hold
        // line breaks or quotes.
        CsvParser parser(u'\t', limits.maxCellChars, limits.maxRows);
        parser.setCellLimits(limits.maxCellsPerRow, limits.maxCells);
        if (!parser.feed(text) || !parser.finish()) {
            switch (parser.error()) {
            case CsvParser::Error::CellTooLong:
                return readerrors::cellTooLong(source, parser.errorLine(), limits.maxCellChars);
            case CsvParser::Error::TooManyCellsInRow:
                return readerrors::tooManyCellsInRow(source, parser.errorLine(),
                                                     limits.maxCellsPerRow);
            case CsvParser::Error::TooManyCells:
                return readerrors::tooManyCells(source, limits.maxCells);
            case CsvParser::Error::TooManyRows:
                return readerrors::tooManyRows(source, limits.maxRows);
            case CsvParser::Error::UnterminatedQuote:
                return readerrors::unterminatedQuote(source, parser.errorLine());
            case CsvParser::Error::None:
                break;
            }
            return table;
        }
        table.rows = std::move(parser.records());
        table.rowNumbers = std::move(parser.recordLines());
        table.detail = QCoreApplication::translate("PhoneListReader", "tab-separated");
    } else {
        const QList<QString> entries = phones::splitPastedNumbers(text);
        if (entries.size() > limits.maxRows) {
            return readerrors::tooManyRows(source, limits.maxRows);
        }
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (entries[i].size() > limits.maxCellChars) {
                return readerrors::cellTooLong(source, int(i + 1), limits.maxCellChars);
            }
            table.append({entries[i]}, int(i + 1));
        }
        table.detail = QCoreApplication::translate("PhoneListReader", "one number per entry");
    }
    if (table.rows.isEmpty())
        return readerrors::empty(source);
    return table;
}

} // namespace importing
