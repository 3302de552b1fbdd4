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

// UTF-8 of text without surrogates, written at `to`; returns the end.
char *writeUtf8(char *to, QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            *to++ = char(u);
        } else if (u < 0x800) {
            *to++ = char(0xC0 | (u >> 6));
            *to++ = char(0x80 | (u & 0x3F));
        } else {
            *to++ = char(0xE0 | (u >> 12));
            *to++ = char(0x80 | ((u >> 6) & 0x3F));
            *to++ = char(0x80 | (u & 0x3F));
        }
    }
    return to;
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
    bool first = true;
    for (const QStringView text : cells) {
        if (!first)
            out.append(char(delimiter.unicode()));
        first = false;
        if (text.isEmpty())
            continue;
        const bool formula = startsFormula(text);
        // The common cell (digits, a name, a key) needs neither quotes nor changes.
        bool plain = (formula || !text.front().isSpace()) && !text.back().isSpace();
        bool surrogates = false;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u == u'"' || u == u'\n' || u == u'\r' || u == delimiter.unicode())
                plain = false;
            surrogates = surrogates || QChar::isSurrogate(u);
        }
        if (!plain || surrogates) {
            out += cell(text.toString(), delimiter).toUtf8();
            continue;
        }
        const qsizetype at = out.size();
        out.resize(at + 1 + 3 * text.size());
        char *to = out.data() + at;
        if (formula)
            *to++ = '\'';
        to = writeUtf8(to, text);
        out.resize(to - out.constData());
    }
    out.append('\n');
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
