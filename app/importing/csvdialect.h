#pragma once

#include <QChar>
#include <QStringView>

namespace importing {

// How a delimited text file is laid out, guessed from its first kilobytes.
struct CsvDialect
{
    QChar delimiter;      // ',', ';', '\t' or '|'; null: one column, every line one cell
    bool sepLine = false; // the text starts with Excel's "sep=X" line, which is not data
    friend bool operator==(const CsvDialect &, const CsvDialect &) = default;
};

// Picks the delimiter that splits the sample's records into the most consistent number of
// cells (quotes respected, so "Öberg, Åsa" in quotes does not count). A sample cut in the
// middle of a record is fine: the last record is ignored unless `complete`.
CsvDialect sniffCsvDialect(QStringView sample, bool complete);

} // namespace importing
