#include "importing/tableentries.h"

#include <algorithm>

namespace importing {
namespace {

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

// What QString::simplified() gives, without a new string for the common name that is
// already simple (single spaces between words): that one shares the cell's text.
QString simplifiedCell(const QString &text)
{
    bool simple = text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace());
    // Any whitespace but a space, or a space after a space (the first character is no space).
    for (qsizetype i = 0; simple && i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        simple = u == u' ' ? text[i - 1] != u' ' : !QChar::isSpace(u);
    }
    return simple ? text : text.simplified();
}

} // namespace

QList<phones::PhoneEntry> entriesFromTable(const RowTable &table, const ColumnChoice &columns)
{
    return entriesFromTable(table, columns, 0, table.rows.size());
}

QList<phones::PhoneEntry> entriesFromTable(const RowTable &table, const ColumnChoice &columns,
                                           qsizetype begin, qsizetype end)
{
    QList<phones::PhoneEntry> entries;
    if (columns.phoneColumn < 0)
        return entries;
    begin = std::max(begin, qsizetype(columns.hasHeader ? 1 : 0));
    end = std::min(end, table.rows.size());
    entries.reserve(std::max(qsizetype(0), end - begin));
    QStringList nameParts;
    for (qsizetype r = begin; r < end; ++r) {
        const QStringList &row = table.rows[r];
        phones::PhoneEntry entry;
        entry.row = table.rowNumbers.value(r, int(r + 1));
        entry.input = row.value(columns.phoneColumn);
        if (columns.nameColumns.size() == 1) {
            entry.name = simplifiedCell(row.value(columns.nameColumns.front()));
        } else {
            nameParts.clear();
            for (const int c : columns.nameColumns) {
                QString part = simplifiedCell(row.value(c));
                if (!part.isEmpty())
                    nameParts.append(std::move(part));
            }
            entry.name = nameParts.join(u' ');
        }
        if (isBlank(entry.input) && entry.name.isEmpty())
            continue;
        entries.append(std::move(entry));
    }
    return entries;
}

} // namespace importing
