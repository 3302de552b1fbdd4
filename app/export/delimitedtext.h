#pragma once

#include "export/exporttable.h"

#include <QByteArray>
#include <QLocale>

namespace exporting {

// CSV as Excel opens it by double-click: UTF-8 with a byte order mark (without it Excel reads
// Å Ä Ö as Windows-1252), RFC 4180 quoting, CRLF after every record, the header first. Line
// breaks inside a cell are written as LF (CRLF and CR too), as Excel itself does.
QByteArray toCsv(const ExportTable &table, QChar delimiter = QLatin1Char(','));

// Excel splits a CSV on the list separator of the Windows region, which is ';' wherever the
// decimal separator is a comma (Sweden among them): a comma file would land in one column.
QChar csvDelimiterFor(const QLocale &locale);

// Rows as Excel itself puts them on the clipboard: cells separated by tabs, rows ended by
// CRLF; a cell holding a tab, line break or quote is quoted with its quotes doubled, so it
// pastes as one cell. Line breaks inside a cell become LF, as in toCsv.
QString toTabSeparated(const QList<QStringList> &rows);

} // namespace exporting
