#include "importing/xlsxreader.h"

#include "importing/readerrors.h"
#include "importing/xlsxsheetreader.h"
#include "importing/xmlpartguard.h"
#include "importing/ziparchive.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace importing {
namespace {

constexpr QStringView RelOfficeDocument = u"/officeDocument";
constexpr QStringView RelWorksheet = u"/worksheet";
constexpr QStringView RelSharedStrings = u"/sharedStrings";

// QXmlStreamReader decodes a QByteArray whole, at twice its size in UTF-16; from a device it
// decodes one block at a time. The buffer shares the bytes, it does not copy them.
struct XmlStream
{
    explicit XmlStream(const QByteArray &xml)
    {
        buffer.setData(xml);
        buffer.open(QIODevice::ReadOnly);
        reader.setDevice(&buffer);
    }
    QBuffer buffer; // before the reader: it outlives it
    QXmlStreamReader reader;
};

// "xl/" + "worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml", "../x.xml" -> an entry name.
QString resolvePart(const QString &baseDir, const QString &target)
{
    QStringList parts;
    if (!target.startsWith(u'/'))
        parts = baseDir.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : target.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (part != u".") {
            parts.append(part);
        }
    }
    return parts.join(u'/');
}

QString directoryOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

// "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"
QString relsOf(const QString &part)
{
    const QString dir = directoryOf(part);
    const QString name = part.mid(dir.isEmpty() ? 0 : dir.size() + 1);
    return (dir.isEmpty() ? QString() : dir + u'/') + u"_rels/"_s + name + u".rels"_s;
}

struct Relationship
{
    QString type;
    QString target; // resolved entry name
};

QHash<QString, Relationship> readRelationships(const QByteArray &xml, const QString &sourcePart)
{
    QHash<QString, Relationship> rels;
    XmlStream stream(xml);
    QXmlStreamReader &reader = stream.reader;
    const QString baseDir = directoryOf(sourcePart);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes a = reader.attributes();
        if (a.value(QLatin1String("TargetMode")) == u"External")
            continue;
        rels.insert(a.value(QLatin1String("Id")).toString(),
                    {a.value(QLatin1String("Type")).toString(),
                     resolvePart(baseDir, a.value(QLatin1String("Target")).toString())});
    }
    return rels;
}

struct Workbook
{
    QStringList names;
    QStringList parts; // worksheet entry per name
    QString sharedStrings;
};

// Why the part guard refused a part (%1 the file, %2 the part, %L3 the token limit in KiB).
const char *xmlPartProblemText(XmlPartProblem problem)
{
    switch (problem) {
    case XmlPartProblem::Doctype:
        return QT_TRANSLATE_NOOP("PhoneListReader", "%1 was not read: an XLSX file needs no "
                                                    "DOCTYPE, and its part %2 has one.");
    case XmlPartProblem::ProcessingInstruction:
        return QT_TRANSLATE_NOOP("PhoneListReader",
                                 "%1 was not read: an XLSX file needs no processing instruction "
                                 "(<?…?>), and its part %2 has one.");
    case XmlPartProblem::HugeToken:
        return QT_TRANSLATE_NOOP("PhoneListReader",
                                 "%1 was not read: its part %2 holds one piece of text or markup "
                                 "larger than %L3 KiB, more than a phone list needs.");
    case XmlPartProblem::None:
        break;
    }
    return "";
}

class Reader final
{
public:
    Reader(const ReadLimits &limits, const QString &file)
        : m_limits(limits)
        , m_file(file)
    {
    }

    std::unique_ptr<ZipArchive> open(const QByteArray &data);
    std::optional<Workbook> workbook();
    bool readSheet(const QString &sharedStringsPart, const QString &part, RowTable *table);

    ReadError error; // why the last step failed

private:
    void fail(const QString &what) { error = readerrors::brokenSpreadsheet(m_file, what); }
    std::optional<QByteArray> entry(const QString &name);
    bool xmlFailed(const QXmlStreamReader &reader, const QString &part);

    const ReadLimits &m_limits;
    const QString &m_file;
    ZipArchive *m_zip = nullptr;
    XlsxSheetReader m_sheet{m_limits, m_file};
};

std::unique_ptr<ZipArchive> Reader::open(const QByteArray &data)
{
    ZipArchive::Problem problem;
    std::unique_ptr<ZipArchive> zip = ZipArchive::open(data, m_limits.maxXlsxEntries,
                                                       m_limits.maxXlsxUncompressedBytes, &problem);
    switch (problem) {
    case ZipArchive::Problem::None:
        break;
    case ZipArchive::Problem::TooManyEntries:
        fail(QCoreApplication::translate(
                 "PhoneListReader",
                 "it holds more than %L1 parts, more than a spreadsheet may have.")
                 .arg(m_limits.maxXlsxEntries));
        break;
    case ZipArchive::Problem::TooLarge:
        fail(QCoreApplication::translate(
                 "PhoneListReader",
                 "it would unpack to more than %1 MiB, more than a phone list may be.")
                 .arg(m_limits.maxXlsxUncompressedBytes / (1024 * 1024)));
        break;
    default:
        fail(QCoreApplication::translate("PhoneListReader", "the file is damaged or cut short."));
        break;
    }
    m_zip = zip.get();
    return zip;
}

std::optional<QByteArray> Reader::entry(const QString &name)
{
    ZipArchive::Problem problem;
    std::optional<QByteArray> bytes = m_zip->read(name, &problem);
    if (problem == ZipArchive::Problem::Encrypted)
        error = readerrors::encrypted(m_file);
    else if (problem == ZipArchive::Problem::Missing)
        fail(QCoreApplication::translate("PhoneListReader", "its part %1 is missing.").arg(name));
    else if (problem != ZipArchive::Problem::None)
        fail(QCoreApplication::translate("PhoneListReader", "its part %1 is damaged.").arg(name));
    if (!bytes)
        return bytes;
    const qsizetype maxTokenBytes = m_limits.maxCellChars * 32;
    const XmlPartProblem partProblem = checkXmlPart(*bytes, maxTokenBytes);
    if (partProblem == XmlPartProblem::None)
        return bytes;
    QString message =
        QCoreApplication::translate("PhoneListReader", xmlPartProblemText(partProblem))
            .arg(readerrors::displayName(m_file), name);
    if (partProblem == XmlPartProblem::HugeToken)
        message = message.arg(maxTokenBytes / 1024);
    error = {m_file, message};
    return std::nullopt;
}

bool Reader::xmlFailed(const QXmlStreamReader &reader, const QString &part)
{
    if (reader.hasError())
        fail(readerrors::notWellFormed(part, reader.lineNumber(), reader.errorString()));
    return reader.hasError();
}

std::optional<Workbook> Reader::workbook()
{
    if (!m_zip->contains(u"_rels/.rels"_s)) {
        fail(QCoreApplication::translate("PhoneListReader",
                                         "it is a ZIP archive, but not a spreadsheet."));
        return std::nullopt;
    }
    const std::optional<QByteArray> rootRels = entry(u"_rels/.rels"_s);
    if (!rootRels)
        return std::nullopt;
    QString workbookPart;
    for (const Relationship &rel : readRelationships(*rootRels, QString())) {
        if (rel.type.endsWith(RelOfficeDocument))
            workbookPart = rel.target;
    }
    if (workbookPart.isEmpty() || !m_zip->contains(workbookPart)) {
        fail(QCoreApplication::translate("PhoneListReader",
                                         "it is a ZIP archive, but not a spreadsheet."));
        return std::nullopt;
    }
    const std::optional<QByteArray> workbookXml = entry(workbookPart);
    if (!workbookXml)
        return std::nullopt;
    QHash<QString, Relationship> rels;
    if (m_zip->contains(relsOf(workbookPart))) {
        const std::optional<QByteArray> relsXml = entry(relsOf(workbookPart));
        if (!relsXml)
            return std::nullopt;
        rels = readRelationships(*relsXml, workbookPart);
    }

    Workbook book;
    for (const Relationship &rel : std::as_const(rels)) {
        if (rel.type.endsWith(RelSharedStrings))
            book.sharedStrings = rel.target;
    }
    XmlStream stream(*workbookXml);
    QXmlStreamReader &reader = stream.reader;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.name() != u"sheet")
            continue;
        const QXmlStreamAttributes a = reader.attributes();
        QString relId;
        for (const QXmlStreamAttribute &attribute : a) {
            if (attribute.name() == u"id") // r:id, whatever the prefix
                relId = attribute.value().toString();
        }
        const Relationship rel = rels.value(relId);
        if (!rel.type.endsWith(RelWorksheet))
            continue; // chart sheets, dialog sheets
        book.names.append(a.value(QLatin1String("name")).toString());
        book.parts.append(rel.target);
    }
    if (xmlFailed(reader, workbookPart))
        return std::nullopt;
    if (book.names.isEmpty()) {
        fail(QCoreApplication::translate("PhoneListReader", "it has no worksheet."));
        return std::nullopt;
    }
    return book;
}

bool Reader::readSheet(const QString &sharedStringsPart, const QString &part, RowTable *table)
{
    if (!sharedStringsPart.isEmpty() && m_zip->contains(sharedStringsPart)) {
        const std::optional<QByteArray> xml = entry(sharedStringsPart);
        if (!xml)
            return false;
        if (!m_sheet.readSharedStrings(*xml, sharedStringsPart)) {
            error = m_sheet.error;
            return false;
        }
    } // else a workbook with numbers only: it has none
    const std::optional<QByteArray> xml = entry(part);
    if (!xml)
        return false;
    if (!m_sheet.readSheet(*xml, part, table)) {
        error = m_sheet.error;
        return false;
    }
    return true;
}

} // namespace

XlsxReader::XlsxReader(const ReadLimits &limits)
    : m_limits(limits)
{
}

Result<QStringList> XlsxReader::sheetNames(const QByteArray &data, const QString &file) const
{
    Reader reader(m_limits, file);
    const std::unique_ptr<ZipArchive> zip = reader.open(data);
    if (!zip)
        return reader.error;
    const std::optional<Workbook> book = reader.workbook();
    if (!book)
        return reader.error;
    return book->names;
}

TableResult XlsxReader::read(const QByteArray &data, const QString &file,
                             const QString &sheet) const
{
    RowTable table;
    if (data.size() > m_limits.maxFileBytes) {
        return readerrors::tooLarge(file, m_limits.maxFileBytes);
    }
    Reader reader(m_limits, file);
    const std::unique_ptr<ZipArchive> zip = reader.open(data);
    if (!zip) {
        return reader.error;
    }
    const std::optional<Workbook> book = reader.workbook();
    if (!book) {
        return reader.error;
    }
    qsizetype index = 0;
    if (!sheet.isEmpty()) {
        index = -1;
        for (qsizetype i = 0; i < book->names.size() && index < 0; ++i) {
            if (book->names[i].compare(sheet, Qt::CaseInsensitive) == 0)
                index = i;
        }
        if (index < 0) {
            return ReadError{
                file, QCoreApplication::translate("PhoneListReader",
                                                  "%1 has no sheet named “%2”. Its sheets are: %3.")
                          .arg(readerrors::displayName(file), sheet,
                               book->names.join(QStringLiteral(", ")))};
        }
    }
    if (!reader.readSheet(book->sharedStrings, book->parts[index], &table)) {
        return reader.error;
    }
    table.format = QStringLiteral("xlsx");
    table.detail =
        QCoreApplication::translate("PhoneListReader", "sheet “%1”").arg(book->names[index]);
    if (table.rows.isEmpty())
        return ReadError{
            file, QCoreApplication::translate("PhoneListReader", "The sheet “%2” of %1 is empty.")
                      .arg(readerrors::displayName(file), book->names[index])};
    return table;
}

} // namespace importing
