#pragma once

#include "importing/readresult.h"

namespace importing::readerrors {

// The sentences every reader uses for the same problem, so the admin sees one wording.
// `file` is the path as given; messages name a regular file by its name only, anything else
// (a device such as /dev/zero, a FIFO) by the path as given.
QString displayName(const QString &file);

ReadError cannotOpen(const QString &file, const QString &reason);
ReadError empty(const QString &file);
ReadError tooLarge(const QString &file, qint64 limitBytes);
ReadError tooManyRows(const QString &file, qsizetype limit);
ReadError cellTooLong(const QString &file, int row, qsizetype limit);
ReadError tooManyCellsInRow(const QString &file, int row, qsizetype limit);
ReadError tooManyCells(const QString &file, qsizetype limit);
ReadError binary(const QString &file);
ReadError unterminatedQuote(const QString &file, int line);
ReadError encrypted(const QString &file);
ReadError oldExcel(const QString &file);
ReadError brokenSpreadsheet(const QString &file, const QString &what);
// The `what` of brokenSpreadsheet for a part the XML reader stopped in.
QString notWellFormed(const QString &part, qint64 line, const QString &reason);
ReadError noRows(const QString &file);

} // namespace importing::readerrors
