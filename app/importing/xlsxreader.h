#pragma once

#include "importing/readresult.h"

#include <QByteArray>
#include <QStringList>

namespace importing {

// Reads one worksheet of an Office Open XML workbook (.xlsx, from Excel, LibreOffice, Google
// Sheets, Numbers): shared strings, inline strings, formula results and numbers. Numbers are
// written out as Excel stored them, whole numbers in full ("46701234567", never "4.67E+10"),
// so the repairs of the phone check see every digit that survived.
// Limits: entry count and total uncompressed size checked before inflating, rows, cell length;
// cells beyond column 1024 are ignored (a phone list never needs them).
class XlsxReader final
{
public:
    explicit XlsxReader(const ReadLimits &limits = {});

    // `sheet`: a worksheet name (case-insensitive); empty picks the first worksheet.
    TableResult read(const QByteArray &data, const QString &file, const QString &sheet = {}) const;
    // The workbook's worksheet names in order, or an error.
    Result<QStringList> sheetNames(const QByteArray &data, const QString &file) const;

    static constexpr int MaxColumns = 1024;

private:
    ReadLimits m_limits;
};

} // namespace importing
