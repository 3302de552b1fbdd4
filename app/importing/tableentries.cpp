#include "importing/tableentries.h"

namespace importing {

QList<phones::PhoneEntry> entriesFromTable(const RowTable &table, const ColumnChoice &columns)
{
    QList<phones::PhoneEntry> entries;
    if (columns.phoneColumn < 0)
        return entries;
    entries.reserve(table.rows.size());
    for (qsizetype r = columns.hasHeader ? 1 : 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows[r];
        phones::PhoneEntry entry;
        entry.row = table.rowNumbers.value(r, int(r + 1));
        entry.input = row.value(columns.phoneColumn);
        QStringList nameParts;
        for (const int c : columns.nameColumns) {
            const QString part = row.value(c).simplified();
            if (!part.isEmpty())
                nameParts.append(part);
        }
        entry.name = nameParts.join(u' ');
        if (entry.input.trimmed().isEmpty() && entry.name.isEmpty())
            continue;
        entries.append(std::move(entry));
    }
    return entries;
}

} // namespace importing
