// libFuzzer target: the XLSX reader (libzip; XmlScanner for the sheet and shared strings,
// QXmlStreamReader for the workbook) on arbitrary bytes. An input that is no ZIP archive is
// the XML of a worksheet (and, after a NUL byte, of the shared strings) wrapped in a real
// workbook, so mutations reach the XML reading instead of dying at the archive's checksums.
#include "../importing/xlsxbuilder.h"
#include "fuzzlimits.h"
#include "importing/xlsxreader.h"
#include "importing/xmlpartguard.h"

namespace {

QByteArray workbookAround(const QByteArray &xml)
{
    const qsizetype nul = xml.indexOf('\0');
    xlsxbuilder::Entries entries = xlsxbuilder::workbookEntries({{QStringLiteral("Blad1"), {}}});
    for (auto &[name, bytes] : entries) {
        if (name == QLatin1String("xl/worksheets/sheet1.xml"))
            bytes = nul < 0 ? xml : xml.first(nul);
        else if (name == QLatin1String("xl/sharedStrings.xml") && nul >= 0)
            bytes = xml.sliced(nul + 1);
    }
    return xlsxbuilder::zip(entries);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    importing::ReadLimits limits = fuzzReadLimits();
    limits.maxXlsxUncompressedBytes = 16 << 20;
    limits.maxXlsxEntries = 200;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    // The guard that judges every part before QXmlStreamReader sees it, on raw bytes too.
    (void)importing::checkXmlPart(input, 256);
    const QByteArray bytes = input.startsWith("PK") ? input : workbookAround(input);
    const importing::XlsxReader reader(limits);
    (void)reader.read(bytes, QStringLiteral("fuzz.xlsx"));
    const importing::Result<QStringList> sheets =
        reader.sheetNames(bytes, QStringLiteral("fuzz.xlsx"));
    if (sheets.ok() && sheets.value().size() > 1)
        (void)reader.read(bytes, QStringLiteral("fuzz.xlsx"), sheets.value().last());
    return 0;
}
