#pragma once

#include "export/exporttable.h"

#include <QByteArray>
#include <QString>

namespace exporting {

struct XlsxResult
{
    QByteArray bytes;
    QString error; // a sentence for the admin; empty on success
    bool ok() const { return error.isEmpty(); }
};

// Excel's own limits: a sheet with more rows, or a cell with more characters, is refused.
inline constexpr qsizetype XlsxMaxRows = 1'048'576;
inline constexpr qsizetype XlsxMaxCellChars = 32'767;

// A minimal Office Open XML workbook (one sheet, zipped with libzip): every cell an inline
// string, so +46… numbers, leading zeros and long digit strings stay exactly as written. The
// header row is bold and frozen. Characters XML 1.0 cannot hold are written as _xHHHH_, as
// ECMA-376 prescribes.
XlsxResult toXlsx(const ExportTable &table, const QString &sheetName);

// Sheet names: at most 31 characters, none of : \ / ? * [ ].
QString xlsxSheetName(const QString &wanted);

} // namespace exporting
