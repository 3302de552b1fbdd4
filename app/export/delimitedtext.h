#pragma once

#include "export/exporttable.h"

#include <QByteArray>
#include <QLocale>

namespace exporting {

// The table as CSV through the one writer (common/delimitedtext.h): UTF-8 with a byte order
// mark, RFC 4180 quoting, CRLF records, the header first, formula-like cells defused.
QByteArray toCsv(const ExportTable &table, QChar delimiter = QLatin1Char(','));

// Excel splits a CSV on the list separator of the Windows region, which is ';' wherever the
// decimal separator is a comma (Sweden among them): a comma file would land in one column.
QChar csvDelimiterFor(const QLocale &locale);

// Rows as Excel itself puts them on the clipboard (tabs, CRLF), through the same writer: a
// cell holding a tab, line break or quote is quoted so it pastes as one cell.
QString toTabSeparated(const QList<QStringList> &rows);

} // namespace exporting
