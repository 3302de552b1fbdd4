#pragma once

#include "phones/columndetector.h"
#include "phones/readresult.h"
#include "phones/verdict.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace importing {

// A list file read, its columns chosen and every row checked: what the preview shows.
struct ImportResult
{
    QString file;
    phones::RowTable table;
    phones::ColumnChoice columns;
    QList<phones::PhoneEntry> entries;
    QStringList sheets; // worksheet names of a workbook, so the admin can pick another
    QString sheet;      // the one read (empty: the first)
    std::optional<phones::ReadError> error;
    bool cancelled = false;

    bool ok() const { return !error && !cancelled; }
};

// The rows an admin must fix, as CSV (UTF-8 with BOM, so Excel opens it right): row, input,
// name, verdict, note.
QByteArray problemsCsv(const QList<phones::PhoneEntry> &entries);
QList<phones::PhoneEntry> problemEntries(const QList<phones::PhoneEntry> &entries);

} // namespace importing

Q_DECLARE_METATYPE(importing::ImportResult)
