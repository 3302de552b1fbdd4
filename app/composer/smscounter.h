#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace composer {

enum class SmsEncoding
{
    Gsm7, // GSM 03.38 default alphabet, 7 bits a character
    Ucs2  // UTF-16 code units, needed as soon as one character is outside GSM 03.38
};

// How a message text is sent as SMS.
struct SmsCount
{
    SmsEncoding encoding = SmsEncoding::Gsm7;
    int characters = 0;        // code points as typed: an emoji is one
    int units = 0;             // what the limits count: septets (GSM) or UTF-16 code units
    int parts = 0;             // SMS the text is split into; 0 for an empty text
    int unitsPerPart = 160;    // 160 or 153 (GSM), 70 or 67 (UCS-2) at this length
    int remainingInPart = 160; // units still free in the last part
    friend bool operator==(const SmsCount &, const SmsCount &) = default;
};

// A character that GSM 03.38 cannot carry, which makes the whole message UCS-2.
struct Ucs2Character
{
    qsizetype position = 0; // UTF-16 index in the text
    qsizetype length = 1;   // 2 for a character outside the BMP (a surrogate pair)
    char32_t codePoint = 0;
    friend bool operator==(const Ucs2Character &, const Ucs2Character &) = default;
};

// Single-part and per-part capacities. A long message carries a 6-byte concatenation header in
// each part, which is why a part then holds 153 septets or 67 UTF-16 units.
inline constexpr int GsmSinglePart = 160;
inline constexpr int GsmMultiPart = 153;
inline constexpr int Ucs2SinglePart = 70;
inline constexpr int Ucs2MultiPart = 67;

// Counts as phones and SMS centres do: extension characters (^ { } \ [ ~ ] | €) take two
// septets, characters outside the BMP two UTF-16 units, and neither is split across parts.
SmsCount countSms(QStringView text);

// Every character that forces UCS-2, in text order.
QList<Ucs2Character> ucs2Characters(QStringView text);

} // namespace composer
