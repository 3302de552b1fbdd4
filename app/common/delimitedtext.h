#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>

// The one writer of every CSV and tab-separated text the program writes: the command line's
// send, watch and check reports, the window's CSV export, "Save problems as CSV" and the
// clipboard copy. RFC 4180 quoting, and OWASP's rule against spreadsheet formula injection.
namespace common::delimited {

// True for a cell an office suite would run as a formula: it starts with =, @, a tab or a
// carriage return, or with + or - that is not followed by a phone number (digits, blanks and
// ()-. only, so +46701234567 and +46 70-123 45 67 stay as they are). A lone + or - is text.
bool startsFormula(QStringView cell);

// One cell ready to write: a formula-like text gets a leading ', line breaks inside become
// LF (as Excel writes Alt+Enter), and a cell holding the delimiter, a quote or a line break,
// or starting or ending with a blank, is quoted with its quotes doubled.
QString cell(const QString &text, QChar delimiter = QLatin1Char(','));

// Cells joined by the delimiter, without a line end.
QString line(const QStringList &cells, QChar delimiter = QLatin1Char(','));

// line() of these cells with '\n' after it, appended to `out` as UTF-8: the same bytes as
// line(cells).toUtf8() + '\n', written without building a QString for a report of a
// million lines.
void appendLineUtf8(QByteArray &out, std::initializer_list<QStringView> cells,
                    QChar delimiter = QLatin1Char(','));

// Records as Excel opens a CSV by double-click: UTF-8 with a byte order mark (without it
// Excel reads Å Ä Ö as Windows-1252), CRLF after every record.
QByteArray excelCsv(const QList<QStringList> &records, QChar delimiter = QLatin1Char(','));

// Rows as Excel itself puts them on the clipboard: cells separated by tabs, rows ended by CRLF.
QString tabSeparated(const QList<QStringList> &rows);

} // namespace common::delimited
