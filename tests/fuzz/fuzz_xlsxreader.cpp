// libFuzzer target: the XLSX reader (libzip + QXmlStreamReader) on arbitrary bytes.
#include "phones/xlsxreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    phones::ReadLimits limits;
    limits.maxFileBytes = 1 << 20;
    limits.maxRows = 20'000;
    limits.maxCellChars = 4096;
    limits.maxXlsxUncompressedBytes = 16 << 20;
    limits.maxXlsxEntries = 200;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const phones::XlsxReader reader(limits);
    (void)reader.read(bytes, QStringLiteral("fuzz.xlsx"));
    std::optional<phones::ReadError> error;
    const QStringList sheets = reader.sheetNames(bytes, QStringLiteral("fuzz.xlsx"), &error);
    if (sheets.size() > 1)
        (void)reader.read(bytes, QStringLiteral("fuzz.xlsx"), sheets.last());
    return 0;
}
