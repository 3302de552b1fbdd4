#include "xlsxbuilder.h"

#include <QHash>

#include <zip.h>

namespace xlsxbuilder {
namespace {

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

bool isDigits(const QString &text)
{
    if (text.isEmpty() || text.size() > 15 || text.startsWith(u'0'))
        return false;
    for (const QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

} // namespace

QString cellReference(int column, int row)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row);
}

QByteArray zip(const Entries &entries)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = zip_open_from_source(source, ZIP_TRUNCATE, &error);
    zip_source_keep(source);
    for (const auto &[name, bytes] : entries) {
        // libzip copies nothing: the data must stay alive until zip_close.
        zip_source_t *data =
            zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        zip_file_add(archive, name.toUtf8().constData(), data, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    }
    zip_close(archive);
    QByteArray result;
    if (zip_source_open(source) == 0) {
        zip_source_seek(source, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(source);
        zip_source_seek(source, 0, SEEK_SET);
        result.resize(size);
        zip_source_read(source, result.data(), zip_uint64_t(size));
        zip_source_close(source);
    }
    zip_source_free(source);
    zip_error_fini(&error);
    return result;
}

Entries workbookEntries(const QList<Sheet> &sheets, CellKind kind)
{
    Entries entries;
    entries.append({QStringLiteral("[Content_Types].xml"),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    "<Default Extension=\"rels\" "
                    "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"});
    entries.append(
        {QStringLiteral("_rels/.rels"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
         "officeDocument\" Target=\"xl/workbook.xml\"/>"
         "</Relationships>"});
    QByteArray workbookXml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    QStringList shared;
    QHash<QString, int> sharedIndex;
    for (qsizetype s = 0; s < sheets.size(); ++s) {
        const QByteArray n = QByteArray::number(s + 1);
        workbookXml += "<sheet name=\"" + escaped(sheets[s].name) + "\" sheetId=\"" + n +
                       "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "worksheet\" "
                "Target=\"worksheets/sheet" +
                n + ".xml\"/>";
        QByteArray sheetXml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<worksheet "
            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
        for (qsizetype r = 0; r < sheets[s].rows.size(); ++r) {
            const QByteArray rowNumber = QByteArray::number(r + 1);
            sheetXml += "<row r=\"" + rowNumber + "\">";
            const QStringList &row = sheets[s].rows[r];
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QString &value = row[c];
                if (value.isEmpty())
                    continue;
                const QByteArray ref = cellReference(int(c), int(r + 1)).toLatin1();
                if (kind == CellKind::NumberWhenDigits && isDigits(value)) {
                    sheetXml += "<c r=\"" + ref + "\"><v>" + value.toLatin1() + "</v></c>";
                } else if (kind == CellKind::Inline) {
                    sheetXml += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escaped(value) +
                                "</t></is></c>";
                } else {
                    auto it = sharedIndex.find(value);
                    if (it == sharedIndex.end()) {
                        it = sharedIndex.insert(value, int(shared.size()));
                        shared.append(value);
                    }
                    sheetXml += "<c r=\"" + ref + "\" t=\"s\"><v>" +
                                QByteArray::number(it.value()) + "</v></c>";
                }
            }
            sheetXml += "</row>";
        }
        sheetXml += "</sheetData></worksheet>";
        entries.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(s + 1), sheetXml});
    }
    workbookXml += "</sheets></workbook>";
    rels += "<Relationship Id=\"rIdS\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "sharedStrings\" Target=\"sharedStrings.xml\"/>";
    rels += "</Relationships>";
    QByteArray sst = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const QString &text : std::as_const(shared))
        sst += "<si><t xml:space=\"preserve\">" + escaped(text) + "</t></si>";
    sst += "</sst>";
    entries.append({QStringLiteral("xl/workbook.xml"), workbookXml});
    entries.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    entries.append({QStringLiteral("xl/sharedStrings.xml"), sst});
    return entries;
}

QByteArray workbookWithPart(const QList<Sheet> &sheets, const QString &part, const QByteArray &xml)
{
    Entries entries = workbookEntries(sheets);
    for (auto &[name, bytes] : entries) {
        if (name == part)
            bytes = xml;
    }
    return zip(entries);
}

QByteArray sharedStringsPart(const QByteArray &prolog, const QList<QByteArray> &texts)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + prolog +
                     "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const QByteArray &text : texts)
        xml += "<si><t>" + text + "</t></si>";
    return xml + "</sst>";
}

QByteArray workbook(const QList<Sheet> &sheets, CellKind kind)
{
    return zip(workbookEntries(sheets, kind));
}

} // namespace xlsxbuilder
