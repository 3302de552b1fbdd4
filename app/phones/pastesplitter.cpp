#include "pastesplitter.h"

#include "numbercleaner.h"

namespace phones {
namespace {

bool isEntrySeparator(QChar c)
{
    return c == u'\n' || c == u'\r' || c == u',' || c == u';' || c == u'\t' || c == QChar(0x2028) ||
           c == QChar(0x2029);
}

// "4,67012E+10": a single digit before the comma and an exponent after it is a decimal comma.
bool isDecimalCommaOfScientific(QStringView before, QStringView after)
{
    const QStringView head = trimBlanks(before);
    if (head.isEmpty() || head.size() > 2 || !head.back().isDigit())
        return false;
    if (head.size() == 2 && head.front() != u'+')
        return false;
    qsizetype i = 0;
    while (i < after.size() && after[i].isDigit())
        ++i;
    if (i == 0 || i + 1 >= after.size() || (after[i] != u'E' && after[i] != u'e'))
        return false;
    ++i;
    if (after[i] == u'+')
        ++i;
    const qsizetype exponentStart = i;
    while (i < after.size() && after[i].isDigit())
        ++i;
    return i > exponentStart &&
           (i == after.size() || isEntrySeparator(after[i]) || after[i].isSpace());
}

} // namespace

QList<QString> splitPastedNumbers(QStringView text)
{
    QList<QString> entries;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isEntrySeparator(text[i]))
            continue;
        if (i < text.size() && text[i] == u',' &&
            isDecimalCommaOfScientific(text.sliced(start, i - start), text.sliced(i + 1)))
            continue;
        const QStringView entry = trimBlanks(text.sliced(start, i - start));
        if (!entry.isEmpty())
            entries.append(entry.toString());
        start = i + 1;
    }
    return entries;
}

} // namespace phones
