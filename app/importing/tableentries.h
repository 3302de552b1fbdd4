#pragma once

#include "importing/columndetector.h"
#include "importing/readresult.h"
#include "phones/verdict.h"

#include <QList>

namespace importing {

// One unchecked phones::PhoneEntry per data row: row number as the admin sees it, the phone cell as
// it stands, the name from the name column(s). Rows with neither number nor name are left
// out; a name without a number stays (the check says the number is missing).
QList<phones::PhoneEntry> entriesFromTable(const RowTable &table, const ColumnChoice &columns);
// The same for the table's records [begin, end) (indexes into table.rows; the header row,
// when there is one, is never an entry).
QList<phones::PhoneEntry> entriesFromTable(const RowTable &table, const ColumnChoice &columns,
                                           qsizetype begin, qsizetype end);

} // namespace importing
