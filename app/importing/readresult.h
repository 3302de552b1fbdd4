#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace importing {

// Why a file could not be read, as one sentence for the admin; never an exception.
struct ReadError
{
    QString file;    // path as given
    QString message; // translated sentence that names the file and what is wrong
    friend bool operator==(const ReadError &, const ReadError &) = default;
};

// Bounds on what a reader accepts, so a huge or hostile file ends with a message, not with the
// machine's memory. The defaults are the product's limits; tests lower them.
struct ReadLimits
{
    qint64 maxFileBytes = 50LL * 1024 * 1024;
    qsizetype maxRows = 1'000'000;
    qsizetype maxCellChars = 32 * 1024;
    qint64 maxXlsxUncompressedBytes = 200LL * 1024 * 1024;
    qint64 maxXlsxEntries = 10'000;
    // No phone list needs more: a row has at most Excel's 16,384 columns, and the cells and
    // characters kept are bounded so any accepted file is read in a few hundred MB.
    qsizetype maxCellsPerRow = 16'384;
    qsizetype maxCells = 3'000'000;
    qint64 maxTextChars = 50LL * 1024 * 1024; // characters of all XLSX texts together
};

// Records of a list file in file order, the header row (if any) included.
struct RowTable
{
    QList<QStringList> rows;
    QList<int> rowNumbers; // 1-based line, spreadsheet row or card number of each record
    QString format;        // "csv", "xlsx", "vcard" or "clipboard"
    QString detail;        // encoding and delimiter, or sheet name: for logs and the UI

    void append(QStringList cells, int rowNumber)
    {
        rows.append(std::move(cells));
        rowNumbers.append(rowNumber);
    }
};

// What a reader returns: the rows, or why there are none (the modules' one error convention).
template<typename T>
using Result = common::Result<T, ReadError>;
using TableResult = Result<RowTable>;

} // namespace importing
