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

namespace {

// UTF-8 of a cell that needs no quotes, written at `to`; returns the end, or nullptr when the
// cell holds a quote, a line break, the delimiter or a surrogate (then cell() decides).
char *writePlainUtf8(char *to, QStringView text, char16_t delimiter)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if (u == u'"' || u == u'\n' || u == u'\r' || u == delimiter)
                return nullptr;
            *to++ = char(u);
        } else if (u < 0x800) {
            *to++ = char(0xC0 | (u >> 6));
            *to++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isSurrogate(u)) {
            return nullptr;
        } else {
            *to++ = char(0xE0 | (u >> 12));
            *to++ = char(0x80 | ((u >> 6) & 0x3F));
            *to++ = char(0x80 | (u & 0x3F));
        }
    }
    return to;
}

// Bytes a cell may take written plainly: delimiter, formula mark, 3 per UTF-16 unit.
qsizetype roomFor(QStringView text)
{
    return 2 + 3 * text.size();
}

} // namespace

void appendLineUtf8(QByteArray &out, std::initializer_list<QStringView> cells, QChar delimiter)
{
    if (delimiter.unicode() >= 0x80) { // no spreadsheet's delimiter; kept correct, not fast
        QStringList list;
        for (const QStringView text : cells)
            list.append(text.toString());
        out += line(list, delimiter).toUtf8() + '\n';
        return;
    }
    // Room for the whole line at once, written through a pointer, cut to size at the end:
    // one resize per line instead of several per cell.
    qsizetype room = 1; // the line's end
    for (const QStringView text : cells)
        room += roomFor(text);
    qsizetype at = out.size();
    out.resize(at + room);
    char *to = out.data() + at;
    bool first = true;
    for (const QStringView text : cells) {
        room -= roomFor(text); // what the cells after this one may still take
        if (!first)
            *to++ = char(delimiter.unicode());
        first = false;
        if (text.isEmpty())
            continue;
        char *const cellStart = to;
        const bool formula = startsFormula(text);
        // The common cell (digits, a name, a key) needs neither quotes nor changes.
        if ((formula || !text.front().isSpace()) && !text.back().isSpace()) {
            if (formula)
                *to++ = '\'';
            to = writePlainUtf8(to, text, delimiter.unicode());
            if (to)
                continue;
        }
        out.resize(cellStart - out.constData());
        out += cell(text.toString(), delimiter).toUtf8();
        at = out.size();
        out.resize(at + room);
        to = out.data() + at;
    }
    *to++ = '\n';
    out.resize(to - out.constData());
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
