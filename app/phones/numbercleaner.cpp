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
    if (exponent >= MaxDigits) {
        out.problem = CleanNumber::Problem::TooManyDigits; // more digits than any phone number
    } else if (decimals > exponent) {
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

// Spreadsheets write numbers as "701234567.0" or "701234567,00" when a column holds decimals.
// Only a run of zeros after a single separator following many digits is taken as decimals:
// "070.123.45.00" has more than one separator and stays a dotted phone number.
bool stripZeroDecimals(QStringView &text)
{
    qsizetype i = text.size();
    while (i > 0 && text[i - 1] == u'0')
        --i;
    if (i == text.size() || i < 2 || (text[i - 1] != u'.' && text[i - 1] != u','))
        return false;
    const QStringView whole = text.first(i - 1);
    qsizetype digits = 0;
    for (qsizetype k = 0; k < whole.size(); ++k) {
        if (whole[k].isDigit())
            ++digits;
        else if (!(k == 0 && whole[k] == u'+'))
            return false;
    }
    if (digits < 7)
        return false;
    text = whole;
    return true;
}

// Spreadsheet tricks that keep a leading zero: Excel's ="0701234567" formula written out by
// CSV exports, and the apostrophe that marks a cell as text.
QStringView stripSpreadsheetQuoting(QStringView text)
{
    if (text.size() >= 3 && text.startsWith(u"=\"") && text.endsWith(u'"'))
        return trimBlanks(text.sliced(2, text.size() - 3));
    if (text.startsWith(u'\''))
        text = text.sliced(1);
    if (text.endsWith(u'\''))
        text.chop(1);
    return trimBlanks(text);
}

} // namespace

bool isInvisibleCharacter(QChar c)
{
    return c.category() == QChar::Other_Format || c.category() == QChar::Other_Control;
}

CleanNumber cleanNumber(QStringView input)
{
    CleanNumber out;
    QStringView text = trimBlanks(input);
    if (text.size() >= 4 && text.first(4).compare(u"tel:", Qt::CaseInsensitive) == 0)
        text = trimBlanks(text.sliced(4));
    if (text.isEmpty()) {
        out.problem = CleanNumber::Problem::Empty;
        return out;
    }
    text = stripSpreadsheetQuoting(text);
    if (parseScientific(text, out))
        return out;
    const bool droppedDecimals = stripZeroDecimals(text);

    bool letters = false;
    bool other = false;
    // Digits are gathered here first: appending to a QByteArray one character at a time
    // costs more than the rest of the cleaning.
    char digits[MaxDigits + 1];
    qsizetype digitCount = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') { // the common digit, without a call into Qt's tables
            if (digitCount < MaxDigits + 1)
                digits[digitCount++] = char(u);
        } else if (c.isDigit()) {
            if (digitCount < MaxDigits + 1)
                digits[digitCount++] = char('0' + c.digitValue());
        } else if (c == u'+' || c == QChar(0xFF0B)) {
            // A plus only counts in front of the first digit.
            if (digitCount > 0 || out.plus)
                other = true;
            out.plus = true;
        } else if (c.isLetter()) {
            letters = true;
        } else if (!isSeparator(c) && !isInvisibleCharacter(c)) {
            other = true;
        }
    }
    out.digits = QByteArray(digits, digitCount);
    if (letters)
        out.problem = CleanNumber::Problem::Letters;
    else if (other || out.digits.isEmpty())
        out.problem = CleanNumber::Problem::NotANumber;
    else if (out.digits.size() > MaxDigits)
        out.problem = CleanNumber::Problem::TooManyDigits;
    if (out.problem != CleanNumber::Problem::None) {
        out.plus = false;
        out.digits.clear();
    } else {
        out.droppedDecimals = droppedDecimals;
    }
    return out;
}

QStringView trimBlanks(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text[begin].isSpace() || isInvisibleCharacter(text[begin])))
        ++begin;
    while (end > begin && (text[end - 1].isSpace() || isInvisibleCharacter(text[end - 1])))
        --end;
    return text.sliced(begin, end - begin);
}

} // namespace phones
