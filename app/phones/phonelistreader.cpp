#include "phonelistreader.h"

#include "csvparser.h"
#include "csvreader.h"
#include "pastesplitter.h"
#include "readerrors.h"
#include "vcardreader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace phones {
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

TableResult readPhoneListFile(const QString &path, const QString &sheet, const ReadLimits &limits)
{
    TableResult result;
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        result.error = readerrors::cannotOpen(
            path, QCoreApplication::translate("PhoneListReader", "it is a folder, not a file."));
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = readerrors::cannotOpen(path, file.errorString());
        return result;
    }
    if (file.size() > limits.maxFileBytes) {
        result.error = readerrors::tooLarge(path, limits.maxFileBytes);
        return result;
    }
    const QByteArray head = file.peek(4096);
    if (head.isEmpty()) {
        result.error = file.atEnd() ? readerrors::empty(path)
                                    : readerrors::cannotOpen(path, file.errorString());
        return result;
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
        result.error = isEncryptedPackage(file.read(limits.maxFileBytes + 1))
                           ? readerrors::encrypted(path)
                           : readerrors::oldExcel(path);
        return result;
    }
    return result;
}

TableResult readClipboardText(QStringView text, const ReadLimits &limits)
{
    TableResult result;
    result.table.format = QStringLiteral("clipboard");
    const QString source; // messages say "The pasted text"
    if (text.contains(u'\t')) {
        // Excel and LibreOffice copy cells as tab-separated lines, quoting cells that hold
        // line breaks or quotes.
        CsvParser parser(u'\t', limits.maxCellChars, limits.maxRows);
        if (!parser.feed(text) || !parser.finish()) {
            switch (parser.error()) {
            case CsvParser::Error::CellTooLong:
                result.error =
                    readerrors::cellTooLong(source, parser.errorLine(), limits.maxCellChars);
                break;
            case CsvParser::Error::TooManyRows:
                result.error = readerrors::tooManyRows(source, limits.maxRows);
                break;
            case CsvParser::Error::UnterminatedQuote:
                result.error = readerrors::unterminatedQuote(source, parser.errorLine());
                break;
            case CsvParser::Error::None:
                break;
            }
            return result;
        }
        result.table.rows = std::move(parser.records());
        result.table.rowNumbers = std::move(parser.recordLines());
        result.table.detail = QStringLiteral("tab-separated");
    } else {
        const QList<QString> entries = splitPastedNumbers(text);
        if (entries.size() > limits.maxRows) {
            result.error = readerrors::tooManyRows(source, limits.maxRows);
            return result;
        }
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (entries[i].size() > limits.maxCellChars) {
                result.error = readerrors::cellTooLong(source, int(i + 1), limits.maxCellChars);
                return result;
            }
            result.table.append({entries[i]}, int(i + 1));
        }
        result.table.detail = QStringLiteral("one number per entry");
    }
    if (result.table.rows.isEmpty())
        result.error = readerrors::empty(source);
    return result;
}

} // namespace phones
