// libFuzzer target: the vCard reader (2.1/3.0/4.0, folding, quoted-printable, charsets).
#include "importing/vcardreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    importing::ReadLimits limits;
    limits.maxFileBytes = 1 << 20;
    limits.maxRows = 20'000;
    limits.maxCellChars = 4096;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)importing::VCardReader(limits).read(bytes, QStringLiteral("fuzz.vcf"));
    return 0;
}
