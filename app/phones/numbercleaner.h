#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace phones {

// A phone number as typed, reduced to what libphonenumber needs: an optional leading plus and
// ASCII digits. Everything a person or a spreadsheet adds around the digits (spaces, no-break
// spaces, dashes, dots, brackets, zero-width and direction marks, "tel:") is dropped here, so
// the same number always yields the same key for caching and duplicate detection.
struct CleanNumber
{
    enum class Problem
    {
        None,
        Empty,         // nothing but blanks
        Letters,       // contains letters: a name or a word, not a number
        NotANumber,    // characters that never occur in a phone number
        ExcelRounded,  // Excel's scientific notation with digits rounded away
        TooManyDigits, // far more digits than any phone number has
    };

    Problem problem = Problem::None;
    bool plus = false;
    bool fromScientific = false;  // "4.6701234567E+10" turned back into digits
    bool droppedDecimals = false; // "701234567.0": a number column exported with decimals
    QByteArray digits;            // ASCII digits only

    // What is handed to libphonenumber and used as the cache key: "+46701234567" or "0701234567".
    QByteArray text() const { return plus ? '+' + digits : digits; }
    friend bool operator==(const CleanNumber &, const CleanNumber &) = default;
};

CleanNumber cleanNumber(QStringView input);

// True for characters that are invisible in a cell but survive copy and paste
// (zero-width spaces, direction marks, soft hyphens, byte order marks).
bool isInvisibleCharacter(QChar c);

// The one trim of the phones module: `text` without blanks and invisible characters at either
// end (QString::trimmed keeps zero-width spaces and byte order marks that cells carry).
QStringView trimBlanks(QStringView text);

} // namespace phones
