#include "export/delimitedtext.h"

namespace exporting {
namespace {

void appendCell(QString &out, const QString &text, QChar delimiter)
{
    // Inside a cell every line break is a lone LF, as Excel writes Alt+Enter; a CR there
    // shows as a stray glyph in some programs and ends the record in others.
    QString cell = text;
    cell.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    // Blanks at either end are quoted too: lenient readers trim unquoted cells.
    const bool quote = cell.contains(delimiter) || cell.contains(QLatin1Char('"')) ||
                       cell.contains(QLatin1Char('\n')) ||
                       (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
    if (!quote) {
        out += cell;
        return;
    }
    out += QLatin1Char('"');
    for (const QChar c : cell) {
        if (c == QLatin1Char('"'))
            out += QLatin1Char('"');
        out += c;
    }
    out += QLatin1Char('"');
}

void appendRecord(QString &out, const QStringList &cells, QChar delimiter)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += delimiter;
        appendCell(out, cells[i], delimiter);
    }
    out += QLatin1String("\r\n");
}

} // namespace

QByteArray toCsv(const ExportTable &table, QChar delimiter)
{
    QString text;
    appendRecord(text, table.header, delimiter);
    for (const QStringList &row : table.rows)
        appendRecord(text, row, delimiter);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QChar csvDelimiterFor(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

QString toTabSeparated(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows)
        appendRecord(text, row, QLatin1Char('\t'));
    return text;
}

} // namespace exporting
