#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace phones {

class DigitPattern;
class NumberTypes;

// The few facts of libphonenumber's metadata that decide whether Parse would do anything
// beyond "country code + national number" with a string of digits. Read once from the
// metadata compiled into libphonenumber itself, so they always match the library in use.
struct DialingRules
{
    int countryCode = 0;
    // Prefix Parse strips from national numbers ("0" in SE); usable only as a literal.
    std::string nationalPrefixForParsing;
    bool literalNationalPrefix = false; // empty or plain digits, and no transform rule
    // International call prefix ("00" in SE, "011" in US); usable only as a literal.
    std::string internationalPrefix;
    bool literalInternationalPrefix = false;
    // GetNumberType without libphonenumber's regex engine; null when the country code is
    // shared by several regions (+1, +44, …) or a pattern is beyond DigitPattern.
    std::shared_ptr<const NumberTypes> types;
};

// What ShortNumberInfo knows of a region's short and emergency numbers, enough to tell that a
// number is neither without asking it (its checks go through libphonenumber's regex engine).
struct ShortNumberRules
{
    std::uint32_t lengths = 0; // bit n: a short number may have n digits
    bool anyLength = true;     // no lengths listed
    bool hasEmergency = false;
    std::shared_ptr<const DigitPattern> emergency; // null with hasEmergency: beyond DigitPattern

    // True when IsEmergencyNumber(digits) is surely false (digits as typed, no plus).
    bool neverEmergency(std::string_view digits) const;
    // True when IsValidShortNumberForRegion is surely false for this national number.
    bool neverShort(std::string_view nationalNumber) const;
};

// Rules of a region ("SE"), or of the main region of a country code; nullptr when unknown
// (then the fast path is not taken and Parse decides).
const DialingRules *dialingRulesForRegion(const std::string &region);
const DialingRules *dialingRulesForCountryCode(int countryCode);
const ShortNumberRules *shortNumberRulesForRegion(const std::string &region);

} // namespace phones
