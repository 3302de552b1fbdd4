#pragma once

#include "importing/columndetector.h"
#include "importing/readresult.h"
#include "phones/verdict.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace importing {

// A list read, its columns chosen and every row checked: what the window's preview shows,
// what `check` prints and what `send --numbers` sends. When the list cannot be used, `error`
// says why; the rows read so far stay, so the admin can choose other columns.
struct ImportResult
{
    QString file;   // path as given; "stdin" for standard input; empty for pasted text
    RowTable table; // every record read, the header row included (format and detail too)
    ColumnChoice columns;
    QList<phones::PhoneEntry> entries;
    QStringList sheets; // worksheet names of a workbook, so the admin can pick another
    QString sheet;      // the one read (empty: the first)
    std::optional<ReadError> error;
    bool cancelled = false;

    bool ok() const { return !error && !cancelled; }
    // The header row's cells, when there is one.
    QStringList header() const
    {
        return columns.hasHeader && !table.rows.isEmpty() ? table.rows.first() : QStringList();
    }
};

// The rows an admin must fix, as CSV through the one writer (UTF-8 with BOM, so Excel opens it
// right): row, input, name, verdict, note.
QByteArray problemsCsv(const QList<phones::PhoneEntry> &entries);
QList<phones::PhoneEntry> problemEntries(const QList<phones::PhoneEntry> &entries);

} // namespace importing

Q_DECLARE_METATYPE(importing::ImportResult)
