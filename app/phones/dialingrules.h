#pragma once

#include <memory>
#include <string>

namespace phones {

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

// Rules of a region ("SE"), or of the main region of a country code; nullptr when unknown
// (then the fast path is not taken and Parse decides).
const DialingRules *dialingRulesForRegion(const std::string &region);
const DialingRules *dialingRulesForCountryCode(int countryCode);

} // namespace phones
