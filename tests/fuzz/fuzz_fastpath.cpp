// libFuzzer target: the number fast path must answer exactly what libphonenumber's Parse
// answers. The first byte picks the default region, the rest is the typed number.
#include "phones/numbercleaner.h"
#include "phones/phonenormalizer.h"

#include <QStringList>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QStringList regions = phones::PhoneNormalizer::supportedRegions();
    static const std::vector<std::unique_ptr<phones::PhoneNormalizer>> normalizers = [] {
        std::vector<std::unique_ptr<phones::PhoneNormalizer>> all;
        for (const QString &region : regions)
            all.push_back(std::make_unique<phones::PhoneNormalizer>(region));
        return all;
    }();
    if (size == 0 || size > 256)
        return 0;
    const phones::PhoneNormalizer &normalizer = *normalizers[data[0] % normalizers.size()];
    const QString typed =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const phones::CleanNumber number = phones::cleanNumber(typed);
    const phones::NumberCheck fast = normalizer.check(number);
    const phones::NumberCheck parsed = normalizer.checkWithParse(number);
    if (!(fast == parsed)) {
        std::fprintf(stderr, "region %s input '%s': fast '%s' %s / parse '%s' %s\n",
                     qPrintable(normalizer.defaultRegion()), qPrintable(typed),
                     qPrintable(fast.e164), qPrintable(phones::verdictKey(fast.verdict)),
                     qPrintable(parsed.e164), qPrintable(phones::verdictKey(parsed.verdict)));
        std::abort();
    }
    return 0;
}
