#include "common/delimitedtext.h"

namespace common::delimited {
namespace {

// What may follow a leading + or - in a phone number as people write it.
bool isPhoneNumberCharacter(QChar c)
{
    return c.isDigit() || c.isSpace() || c == u'(' || c == u')' || c == u'-' || c == u'.';
}

} // namespace

bool startsFormula(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    if (first == u'=' || first == u'@' || first == u'\t' || first == u'\r')
        return true;
    if (first != u'+' && first != u'-')
        return false;
    const QStringView rest = cell.sliced(1);
    if (rest.isEmpty())
        return false; // a lone sign is text to every office suite
    bool digits = false;
    for (const QChar c : rest) {
        if (!isPhoneNumberCharacter(c))
            return true;
        digits = digits || c.isDigit();
    }
    return !digits;
}

QString cell(const QString &text, QChar delimiter)
{
    QString out = startsFormula(text) ? u'\'' + text : text;
    // Inside a cell every line break is a lone LF, as Excel writes Alt+Enter; a CR there
    // shows as a stray glyph in some programs and ends the record in others.
    out.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    // Blanks at either end are quoted too: lenient readers trim unquoted cells.
    const bool quote = out.contains(delimiter) || out.contains(u'"') || out.contains(u'\n') ||
                       (!out.isEmpty() && (out.front().isSpace() || out.back().isSpace()));
    if (!quote)
        return out;
    out.replace(u'"', QLatin1String("\"\""));
    return u'"' + out + u'"';
}

QString line(const QStringList &cells, QChar delimiter)
{
    QString out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += delimiter;
        out += cell(cells[i], delimiter);
    }
    return out;
}

QByteArray excelCsv(const QList<QStringList> &records, QChar delimiter)
{
    QString text;
    for (const QStringList &record : records)
        text += line(record, delimiter) + QLatin1String("\r\n");
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QString tabSeparated(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows)
        text += line(row, u'\t') + QLatin1String("\r\n");
    return text;
}

} // namespace common::delimited
