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
};

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
    return tables;
}

const RuleTables &tables()
{
    static const RuleTables loaded = load(); // thread-safe initialisation, read-only after
    return loaded;
}

} // namespace

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
