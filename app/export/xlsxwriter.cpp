#include "export/xlsxwriter.h"

#include <QCoreApplication>

#include <zip.h>

#include <memory>
#include <utility>

namespace exporting {
namespace {

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

QString escapeUnit(char16_t unit)
{
    return QLatin1String("_x") +
           QString::number(unit, 16).toUpper().rightJustified(4, QLatin1Char('0')) +
           QLatin1Char('_');
}

// The characters a <t> element holds as references.
constexpr std::pair<char16_t, const char *> References[] = {
    {u'&', "&amp;"}, {u'<', "&lt;"}, {u'>', "&gt;"}, {u'\r', "&#13;"}};

const char *referenceFor(char16_t u)
{
    for (const auto &[character, reference] : References) {
        if (character == u)
            return reference;
    }
    return nullptr;
}

// Text content of a <t> element. A carriage return is written as a character reference, since
// XML parsers turn a literal CR into LF; "_x0041_" typed by someone must not come back as "A",
// so its underscore is escaped too.
void appendCellText(QByteArray &xml, const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
            continue;
        }
        const char16_t u = c.unicode();
        if (c.isSurrogate() || !isXmlChar(u)) {
            out += escapeUnit(u);
            continue;
        }
        if (const char *reference = referenceFor(u)) {
            out += QLatin1String(reference);
        } else if (u == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && isHex(text[i + 2]) &&
                   isHex(text[i + 3]) && isHex(text[i + 4]) && isHex(text[i + 5]) &&
                   text[i + 6] == u'_') {
            out += QLatin1String("_x005F_");
        } else {
            out += c;
        }
    }
    xml += out.toUtf8();
}

QByteArray columnName(qsizetype column)
{
    QByteArray name;
    for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(char('A' + (n - 1) % 26));
    return name;
}

QByteArray attributeEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8(); // & < > " — enough for an attribute in quotes
}

constexpr char XmlDeclaration[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr char MainNs[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

QByteArray contentTypes()
{
    return QByteArray(XmlDeclaration) +
           "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" "
           "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
           "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
           "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
           "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
           "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
           "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
           "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
           "</Types>";
}

QByteArray packageRels()
{
    return QByteArray(XmlDeclaration) +
           "<Relationships "
           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
           "2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
           "</Relationships>";
}

QByteArray workbook(const QString &sheetName)
{
    return QByteArray(XmlDeclaration) + "<workbook xmlns=\"" + MainNs +
           "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
           "<sheets><sheet name=\"" +
           attributeEscaped(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
}

QByteArray workbookRels()
{
    return QByteArray(XmlDeclaration) +
           "<Relationships "
           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
           "2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
           "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
           "2006/relationships/styles\" Target=\"styles.xml\"/>"
           "</Relationships>";
}

// Style 0 the default, 1 bold (the header), 2 the "@" text format (data), so a cell typed over
// in Excel stays text too.
QByteArray styles()
{
    return QByteArray(XmlDeclaration) + "<styleSheet xmlns=\"" + MainNs +
           "\">"
           "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
           "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
           "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
           "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
           "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
           "</borders>"
           "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
           "borderId=\"0\"/></cellStyleXfs>"
           "<cellXfs count=\"3\">"
           "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
           "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
           "applyFont=\"1\" applyNumberFormat=\"1\"/>"
           "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
           "applyNumberFormat=\"1\"/>"
           "</cellXfs>"
           "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
           "</cellStyles></styleSheet>";
}

void appendRow(QByteArray &xml, qsizetype rowIndex, const QStringList &cells, int style)
{
    const QByteArray r = QByteArray::number(rowIndex + 1);
    xml += "<row r=\"" + r + "\">";
    for (qsizetype col = 0; col < cells.size(); ++col) {
        if (cells[col].isEmpty())
            continue; // a missing cell reads as empty everywhere
        xml += "<c r=\"" + columnName(col) + r + "\" s=\"" + QByteArray::number(style) +
               "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">";
        appendCellText(xml, cells[col]);
        xml += "</t></is></c>";
    }
    xml += "</row>";
}

QByteArray worksheet(const ExportTable &table)
{
    qsizetype columns = table.header.size();
    for (const QStringList &row : table.rows)
        columns = std::max(columns, row.size());
    QByteArray xml = QByteArray(XmlDeclaration) + "<worksheet xmlns=\"" + MainNs + "\">";
    if (!table.header.isEmpty())
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" "
               "topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
               "</sheetView></sheetViews>";
    if (columns > 0) {
        // Wide enough for a +46 number or an invitation UUID without resizing by hand.
        xml += "<cols><col min=\"1\" max=\"" + QByteArray::number(columns) +
               "\" width=\"22\" customWidth=\"1\"/></cols>";
    }
    xml += "<sheetData>";
    qsizetype rowIndex = 0;
    if (!table.header.isEmpty())
        appendRow(xml, rowIndex++, table.header, 1);
    for (const QStringList &row : table.rows)
        appendRow(xml, rowIndex++, row, 2);
    xml += "</sheetData></worksheet>";
    return xml;
}

struct ZipDiscard
{
    void operator()(zip_t *zip) const { zip_discard(zip); }
};
struct SourceFree
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};

QString zipError(zip_error_t *error)
{
    return QCoreApplication::translate("exporting", "The workbook could not be assembled: %1")
        .arg(QString::fromLocal8Bit(zip_error_strerror(error)));
}

} // namespace

QString xlsxSheetName(const QString &wanted)
{
    QString name;
    for (const QChar c : wanted)
        if (!QStringLiteral(":\\/?*[]").contains(c) && c.unicode() >= 0x20)
            name += c;
    name = name.trimmed().left(31);
    if (name.startsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char('\'')))
        name.remove(QLatin1Char('\''));
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

XlsxResult toXlsx(const ExportTable &table, const QString &sheetName)
{
    XlsxResult result;
    if (table.rows.size() + 1 > XlsxMaxRows) {
        result.error = QCoreApplication::translate(
                           "exporting", "Excel holds at most %L1 rows in a sheet; there are %L2.")
                           .arg(XlsxMaxRows)
                           .arg(table.rows.size() + 1);
        return result;
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        for (const QString &cell : table.rows[r]) {
            if (cell.size() > XlsxMaxCellChars) {
                result.error =
                    QCoreApplication::translate(
                        "exporting", "Row %1 has a cell of %L2 characters; Excel holds at most "
                                     "%L3 in a cell.")
                        .arg(r + 2)
                        .arg(cell.size())
                        .arg(XlsxMaxCellChars);
                return result;
            }
        }
    }

    // libzip reads the part buffers when the archive is closed: they must live until then.
    const QList<QPair<const char *, QByteArray>> parts = {
        {"[Content_Types].xml", contentTypes()},
        {"_rels/.rels", packageRels()},
        {"xl/workbook.xml", workbook(xlsxSheetName(sheetName))},
        {"xl/_rels/workbook.xml.rels", workbookRels()},
        {"xl/styles.xml", styles()},
        {"xl/worksheets/sheet1.xml", worksheet(table)},
    };

    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, SourceFree> buffer(
        zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) {
        result.error = zipError(&error);
        zip_error_fini(&error);
        return result;
    }
    zip_source_keep(buffer.get()); // the archive releases its reference on close; we read after
    std::unique_ptr<zip_t, ZipDiscard> zip(
        zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
    if (!zip) {
        zip_source_free(buffer.get()); // the reference zip_open_from_source did not take
        result.error = zipError(&error);
        zip_error_fini(&error);
        return result;
    }
    for (const auto &[name, data] : parts) {
        zip_source_t *source = zip_source_buffer(zip.get(), data.constData(), data.size(), 0);
        if (!source) {
            result.error = zipError(zip_get_error(zip.get()));
            return result;
        }
        const zip_int64_t index = zip_file_add(zip.get(), name, source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            result.error = zipError(zip_get_error(zip.get()));
            return result;
        }
        zip_set_file_compression(zip.get(), zip_uint64_t(index), ZIP_CM_DEFLATE, 6);
    }
    if (zip_close(zip.get()) != 0) {
        result.error = zipError(zip_get_error(zip.get()));
        return result;
    }
    (void)zip.release(); // closed: zip_close freed it

    zip_stat_t stat;
    if (zip_source_open(buffer.get()) != 0 || zip_source_stat(buffer.get(), &stat) != 0) {
        result.error = zipError(zip_source_error(buffer.get()));
        return result;
    }
    result.bytes.resize(qsizetype(stat.size));
    const zip_int64_t read = zip_source_read(buffer.get(), result.bytes.data(), stat.size);
    zip_source_close(buffer.get());
    if (read != zip_int64_t(stat.size)) {
        result.bytes.clear();
        result.error = zipError(zip_source_error(buffer.get()));
    }
    return result;
}

} // namespace exporting
