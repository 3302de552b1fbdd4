#include "composer/smscounter.h"

#include "composer/gsmalphabet.h"

namespace composer {
namespace {

// Calls f(position, length, codePoint) for each code point; a lone surrogate is one unit.
template<typename F>
void forEachCodePoint(QStringView text, F &&f)
{
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            f(i, qsizetype(2), char32_t(QChar::surrogateToUcs4(c, text[i + 1])));
            i += 2;
        } else {
            f(i, qsizetype(1), char32_t(c.unicode()));
            ++i;
        }
    }
}

} // namespace

SmsCount countSms(QStringView text)
{
    SmsCount count;
    bool gsm = true;
    int septets = 0;
    forEachCodePoint(text, [&](qsizetype, qsizetype, char32_t cp) {
        ++count.characters;
        if (!gsm)
            return;
        if (isGsmBasic(cp))
            septets += 1;
        else if (isGsmExtension(cp))
            septets += 2;
        else
            gsm = false;
    });
    count.encoding = gsm ? SmsEncoding::Gsm7 : SmsEncoding::Ucs2;
    count.units = gsm ? septets : int(text.size());
    const int single = gsm ? GsmSinglePart : Ucs2SinglePart;
    const int multi = gsm ? GsmMultiPart : Ucs2MultiPart;
    if (count.units <= single) {
        count.parts = count.units == 0 ? 0 : 1;
        count.unitsPerPart = single;
        count.remainingInPart = single - count.units;
        return count;
    }
    // Fill parts in order: a character that does not fit whole opens the next part.
    int parts = 1;
    int fill = 0;
    forEachCodePoint(text, [&](qsizetype, qsizetype length, char32_t cp) {
        const int width = gsm ? (isGsmExtension(cp) ? 2 : 1) : int(length);
        if (fill + width > multi) {
            ++parts;
            fill = 0;
        }
        fill += width;
    });
    count.parts = parts;
    count.unitsPerPart = multi;
    count.remainingInPart = multi - fill;
    return count;
}

QList<Ucs2Character> ucs2Characters(QStringView text)
{
    QList<Ucs2Character> found;
    forEachCodePoint(text, [&](qsizetype position, qsizetype length, char32_t cp) {
        if (!isGsm(cp))
            found.append(Ucs2Character{position, length, cp});
    });
    return found;
}

} // namespace composer
