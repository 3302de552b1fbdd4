// libFuzzer target: the CSV/TSV reader, the dialect sniffer, column detection and the checks,
// plus a differential check that the push parser gives the same records however its input is
// cut into chunks.
#include "fuzzlimits.h"
#include "importing/columndetector.h"
#include "importing/csvparser.h"
#include "importing/csvreader.h"
#include "importing/tableentries.h"
#include "phones/phonenormalizer.h"

#include <QBuffer>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const importing::TableResult result =
        importing::CsvReader(fuzzReadLimits()).read(buffer, QStringLiteral("fuzz.csv"));
    if (result.ok()) {
        static const phones::PhoneNormalizer normalizer;
        importing::RowTable head = result.value();
        head.rows = head.rows.mid(0, 40);
        head.rowNumbers = head.rowNumbers.mid(0, 40);
        const importing::ColumnChoice columns = importing::detectColumns(head, normalizer);
        for (const phones::PhoneEntry &entry : importing::entriesFromTable(head, columns))
            (void)normalizer.check(entry.input);
    }

    // Differential: one feed vs. a feed cut at a position chosen by the input.
    const QString text = QString::fromUtf8(bytes);
    const QChar delimiter = size > 0 ? QChar(u",;\t|"[data[0] % 4]) : QChar(u',');
    importing::CsvParser whole(delimiter, 4096, 20'000);
    whole.setCellLimits(64, 2000);
    const bool wholeOk = whole.feed(text) && whole.finish();
    importing::CsvParser cut(delimiter, 4096, 20'000);
    cut.setCellLimits(64, 2000);
    const qsizetype at = size > 1 ? qsizetype(data[1]) % (text.size() + 1) : 0;
    const bool cutOk = cut.feed(QStringView(text).first(at)) &&
                       cut.feed(QStringView(text).sliced(at)) && cut.finish();
    if (wholeOk != cutOk ||
        (wholeOk && (whole.records() != cut.records() || whole.recordLines() != cut.recordLines())))
        std::abort();
    return 0;
}
