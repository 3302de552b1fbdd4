#include "export/delimitedtext.h"

#include "common/delimitedtext.h"

namespace exporting {

QByteArray toCsv(const ExportTable &table, QChar delimiter)
{
    QList<QStringList> records;
    records.reserve(table.rows.size() + 1);
    records.append(table.header);
    records.append(table.rows);
    return common::delimited::excelCsv(records, delimiter);
}

QChar csvDelimiterFor(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

QString toTabSeparated(const QList<QStringList> &rows)
{
    return common::delimited::tabSeparated(rows);
}

} // namespace exporting
