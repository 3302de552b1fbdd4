#include "importing/csvdialect.h"

#include "importing/csvparser.h"

#include <QHash>

#include <array>

namespace importing {
namespace {

constexpr qsizetype SampleRecords = 200;
constexpr double MinConsistency = 0.6;

struct Score
{
    double consistency = 0; // share of records having the most common cell count
    qsizetype cells = 1;    // that most common cell count
};

Score scoreDelimiter(QStringView sample, QChar delimiter, bool complete)
{
    CsvParser parser(delimiter, sample.size() + 1, SampleRecords + 1);
    parser.feed(sample);
    if (complete)
        parser.finish();
    QList<QStringList> &records = parser.records();
    if (records.size() > SampleRecords)
        records.resize(SampleRecords);
    if (!complete && records.size() > 1)
        records.removeLast(); // possibly cut short by the end of the sample
    if (records.isEmpty())
        return {};
    QHash<qsizetype, qsizetype> histogram;
    for (const QStringList &record : std::as_const(records))
        ++histogram[record.size()];
    Score best;
    qsizetype bestCount = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() > best.cells)) {
            bestCount = it.value();
            best.cells = it.key();
        }
    }
    best.consistency = double(bestCount) / double(records.size());
    return best;
}

} // namespace

CsvDialect sniffCsvDialect(QStringView sample, bool complete)
{
    CsvDialect dialect;
    // Excel honours a first line "sep=;" and so do we.
    if (sample.size() >= 5 && sample.first(4).compare(u"sep=", Qt::CaseInsensitive) == 0 &&
        (sample.size() == 5 || sample[5] == u'\r' || sample[5] == u'\n')) {
        dialect.delimiter = sample[4];
        dialect.sepLine = true;
        return dialect;
    }
    // In order of preference when two are equally consistent: tab and semicolon rarely occur
    // inside data, commas do (names, Swedish decimals).
    static constexpr std::array<char16_t, 4> candidates{u'\t', u';', u',', u'|'};
    Score best;
    for (const char16_t candidate : candidates) {
        const Score score = scoreDelimiter(sample, QChar(candidate), complete);
        // A delimiter that splits only some lines is text inside cells ("Öberg, Åsa").
        if (score.cells < 2 || score.consistency < MinConsistency)
            continue;
        if (score.consistency > best.consistency + 1e-9) {
            best = score;
            dialect.delimiter = QChar(candidate);
        }
    }
    return dialect;
}

} // namespace importing
