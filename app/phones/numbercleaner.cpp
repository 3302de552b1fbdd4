#include "numbercleaner.h"

namespace phones {
namespace {

// No phone number is longer than 15 digits (E.164) plus an international prefix; anything far
// beyond is not a number and must not reach the parser at all.
constexpr qsizetype MaxDigits = 24;

bool isSeparator(QChar c)
{
    if (c.isSpace())
        return true;
    switch (c.unicode()) {
    case u'-':
    case u'.':
    case u'/':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'~':
    case 0x2212: // minus sign
    case 0x30FC: // katakana prolonged sound mark, used as a dash in Japanese numbers
    case 0xFF0D: // fullwidth hyphen-minus
    case 0xFF0F: // fullwidth solidus
    case 0xFF08: // fullwidth brackets
    case 0xFF09:
    case 0xFF3B:
    case 0xFF3D:
    case 0xFF5E: // fullwidth tilde
    case 0x2053: // swung dash
    case 0x223C: // tilde operator
        return true;
    default:
        return c.category() == QChar::Punctuation_Dash;
    }
}

QStringView trimmed(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text[begin].isSpace() || isInvisibleCharacter(text[begin])))
        ++begin;
    while (end > begin && (text[end - 1].isSpace() || isInvisibleCharacter(text[end - 1])))
        --end;
    return text.sliced(begin, end - begin);
}

// Excel writes long numbers as "4.6701234567E+10" (or "4,67012E+10" in a Swedish locale).
// Every digit survived when the mantissa has as many decimals as the exponent; with fewer,
// Excel rounded the number and the lost digits cannot be guessed.
bool parseScientific(QStringView text, CleanNumber &out)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && text[i] == u'+')
        ++i;
    if (i >= n || !text[i].isDigit() || text[i].digitValue() == 0)
        return false;
    QByteArray digits(1, char('0' + text[i].digitValue()));
    ++i;
    if (i < n && (text[i] == u'.' || text[i] == u',')) {
        ++i;
        while (i < n && text[i].isDigit()) {
            digits += char('0' + text[i].digitValue());
            ++i;
        }
    }
    if (i >= n || (text[i] != u'E' && text[i] != u'e'))
        return false;
    ++i;
    if (i < n && text[i] == u'+')
        ++i;
    if (i >= n)
        return false;
    int exponent = 0;
    for (; i < n; ++i) {
        if (!text[i].isDigit() || exponent > 100)
            return false;
        exponent = exponent * 10 + text[i].digitValue();
    }
    const qsizetype decimals = digits.size() - 1;
    out = {};
    if (decimals > exponent) {
        out.problem = CleanNumber::Problem::NotANumber; // a fraction, not a whole number
    } else if (decimals < exponent) {
        out.problem = CleanNumber::Problem::ExcelRounded;
    } else if (digits.size() > MaxDigits) {
        out.problem = CleanNumber::Problem::TooManyDigits;
    } else {
        out.digits = digits;
        out.fromScientific = true;
    }
    return true;
}

} // namespace

bool isInvisibleCharacter(QChar c)
{
    return c.category() == QChar::Other_Format || c.category() == QChar::Other_Control;
}

CleanNumber cleanNumber(QStringView input)
{
    CleanNumber out;
    QStringView text = trimmed(input);
    if (text.size() >= 4 && text.first(4).compare(u"tel:", Qt::CaseInsensitive) == 0)
        text = trimmed(text.sliced(4));
    if (text.isEmpty()) {
        out.problem = CleanNumber::Problem::Empty;
        return out;
    }
    if (parseScientific(text, out))
        return out;

    bool letters = false;
    bool other = false;
    for (const QChar c : text) {
        if (c.isDigit()) {
            if (out.digits.size() < MaxDigits + 1)
                out.digits += char('0' + c.digitValue());
        } else if (c == u'+' || c == QChar(0xFF0B)) {
            // A plus only counts in front of the first digit.
            if (!out.digits.isEmpty() || out.plus)
                other = true;
            out.plus = true;
        } else if (c.isLetter()) {
            letters = true;
        } else if (!isSeparator(c) && !isInvisibleCharacter(c)) {
            other = true;
        }
    }
    if (letters)
        out.problem = CleanNumber::Problem::Letters;
    else if (other || out.digits.isEmpty())
        out.problem = CleanNumber::Problem::NotANumber;
    else if (out.digits.size() > MaxDigits)
        out.problem = CleanNumber::Problem::TooManyDigits;
    if (out.problem != CleanNumber::Problem::None) {
        out.plus = false;
        out.digits.clear();
    }
    return out;
}

} // namespace phones
