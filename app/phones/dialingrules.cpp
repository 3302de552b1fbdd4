#include "dialingrules.h"

#include "numbertypes.h"
#include "phoneslogging.h"

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <list>
#include <map>

// libphonenumber's compiled-in metadata (metadata.h is not installed, the functions are
// exported): a serialised PhoneMetadataCollection.
namespace i18n::phonenumbers {
int metadata_size();
const void *metadata_get();
int short_metadata_size();
const void *short_metadata_get();
} // namespace i18n::phonenumbers

namespace phones {
namespace {

bool isDigits(const std::string &text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct RuleTables
{
    std::map<std::string, DialingRules> byRegion;
    std::map<int, DialingRules> byCountryCode; // the main region's rules
    std::map<std::string, ShortNumberRules> shortByRegion;
};

void loadShortNumbers(RuleTables &tables)
{
    using namespace i18n::phonenumbers;
    PhoneMetadataCollection collection;
    if (!collection.ParseFromArray(short_metadata_get(), short_metadata_size()))
        return; // no rules: every invalid number's reason comes from Parse
    for (int i = 0; i < collection.metadata_size(); ++i) {
        const PhoneMetadata &metadata = collection.metadata(i);
        ShortNumberRules rules;
        rules.anyLength = metadata.general_desc().possible_length_size() == 0;
        for (const int length : metadata.general_desc().possible_length()) {
            if (length >= 0 && length < 32)
                rules.lengths |= 1u << length;
        }
        // An empty pattern never matches, as in libphonenumber.
        rules.hasEmergency =
            metadata.has_emergency() && !metadata.emergency().national_number_pattern().empty();
        if (rules.hasEmergency)
            rules.emergency = DigitPattern::compile(metadata.emergency().national_number_pattern());
        tables.shortByRegion.emplace(metadata.id(), std::move(rules));
    }
}

RuleTables load()
{
    using namespace i18n::phonenumbers;
    RuleTables tables;
    PhoneMetadataCollection collection;
    if (!collection.ParseFromArray(metadata_get(), metadata_size())) {
        qCWarning(lcPhones) << "libphonenumber metadata unreadable: fast path disabled";
        return tables;
    }
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    for (int i = 0; i < collection.metadata_size(); ++i) {
        const PhoneMetadata &metadata = collection.metadata(i);
        DialingRules rules;
        rules.countryCode = metadata.country_code();
        rules.nationalPrefixForParsing = metadata.national_prefix_for_parsing();
        rules.literalNationalPrefix = !metadata.has_national_prefix_transform_rule() &&
                                      isDigits(rules.nationalPrefixForParsing);
        rules.internationalPrefix = metadata.international_prefix();
        rules.literalInternationalPrefix =
            !rules.internationalPrefix.empty() && isDigits(rules.internationalPrefix);
        std::string mainRegion;
        util.GetRegionCodeForCountryCode(rules.countryCode, &mainRegion);
        std::list<std::string> regionsOfCode;
        util.GetRegionCodesForCountryCallingCode(rules.countryCode, &regionsOfCode);
        if (regionsOfCode.size() == 1)
            rules.types = NumberTypes::fromMetadata(metadata);
        if (metadata.id() == mainRegion)
            tables.byCountryCode.emplace(rules.countryCode, rules);
        if (metadata.id() != "001")
            tables.byRegion.emplace(metadata.id(), rules);
    }
    loadShortNumbers(tables);
    return tables;
}

const RuleTables &tables()
{
    static const RuleTables loaded = load(); // thread-safe initialisation, read-only after
    return loaded;
}

} // namespace

bool ShortNumberRules::neverEmergency(std::string_view digits) const
{
    // An empty pattern never matches; a pattern DigitPattern cannot read decides nothing.
    return !hasEmergency || (emergency && digits.size() <= 30 && !emergency->fullMatch(digits));
}

bool ShortNumberRules::neverShort(std::string_view nationalNumber) const
{
    return !anyLength &&
           (nationalNumber.size() >= 32 || !(lengths & (1u << nationalNumber.size())));
}

const ShortNumberRules *shortNumberRulesForRegion(const std::string &region)
{
    const auto &byRegion = tables().shortByRegion;
    const auto it = byRegion.find(region);
    return it == byRegion.end() ? nullptr : &it->second;
}

const DialingRules *dialingRulesForRegion(const std::string &region)
{
    const auto &byRegion = tables().byRegion;
    const auto it = byRegion.find(region);
    return it == byRegion.end() ? nullptr : &it->second;
}

const DialingRules *dialingRulesForCountryCode(int countryCode)
{
    const auto &byCode = tables().byCountryCode;
    const auto it = byCode.find(countryCode);
    return it == byCode.end() ? nullptr : &it->second;
}

} // namespace phones
