// libFuzzer target: the XLSX reader (libzip + QXmlStreamReader) on arbitrary bytes.
#include "importing/xlsxreader.h"
#include "importing/xmlpartguard.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    importing::ReadLimits limits;
    limits.maxFileBytes = 1 << 20;
    limits.maxRows = 20'000;
    limits.maxCellChars = 4096;
    limits.maxCellsPerRow = 64; // small, so small inputs reach the cell limits
    limits.maxCells = 2000;
    limits.maxTextChars = 64 * 1024;
    limits.maxXlsxUncompressedBytes = 16 << 20;
    limits.maxXlsxEntries = 200;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The guard that judges every part before QXmlStreamReader sees it, on raw bytes too.
    (void)importing::checkXmlPart(bytes, 256);
    const importing::XlsxReader reader(limits);
    (void)reader.read(bytes, QStringLiteral("fuzz.xlsx"));
    const importing::Result<QStringList> sheets =
        reader.sheetNames(bytes, QStringLiteral("fuzz.xlsx"));
    if (sheets.ok() && sheets.value().size() > 1)
        (void)reader.read(bytes, QStringLiteral("fuzz.xlsx"), sheets.value().last());
    return 0;
}
