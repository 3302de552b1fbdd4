#include "phonenormalizer.h"

#include "dialingrules.h"
#include "numbertypes.h"

#include "i18n/translations.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <phonenumbers/shortnumberinfo.h>

#include <array>
#include <charconv>
#include <set>
#include <string_view>

namespace phones {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;
using i18n::phonenumbers::ShortNumberInfo;

const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

// Built once, thread-safe initialisation; afterwards only const methods are called.
const ShortNumberInfo &shortNumbers()
{
    static const ShortNumberInfo info;
    return info;
}

// Numbers a production client refuses whatever libphonenumber says about them: emergency,
// police, health care and directory services reachable from Sweden.
bool isListedServiceNumber(const QByteArray &digits)
{
    static constexpr std::array<std::string_view, 7> listed{"112",    "911",   "1177", "11313",
                                                            "116000", "11414", "90000"};
    const std::string_view view(digits.constData(), size_t(digits.size()));
    for (const std::string_view service : listed) {
        if (view == service)
            return true;
    }
    return false;
}

QString countryName(int countryCode)
{
    std::string region;
    util().GetRegionCodeForCountryCode(countryCode, &region);
    if (region == "001")
        return QCoreApplication::translate("PhoneVerdict", "an international service");
    if (region.empty() || region == "ZZ")
        return QStringLiteral("+%1").arg(countryCode);
    return i18n::countryName(QString::fromStdString(region));
}

// Why a number of a type other than mobile cannot receive the invitation's SMS.
struct NotMobileNote
{
    PhoneNumberUtil::PhoneNumberType type;
    const char *note;
};
constexpr NotMobileNote NotMobileNotes[] = {
    {PhoneNumberUtil::FIXED_LINE,
     QT_TRANSLATE_NOOP("PhoneVerdict", "Landline: it cannot receive the SMS")},
    {PhoneNumberUtil::TOLL_FREE,
     QT_TRANSLATE_NOOP("PhoneVerdict", "Toll-free number: it cannot receive the SMS")},
    {PhoneNumberUtil::PREMIUM_RATE,
     QT_TRANSLATE_NOOP("PhoneVerdict", "Premium-rate number: it cannot receive the SMS")},
    {PhoneNumberUtil::SHARED_COST,
     QT_TRANSLATE_NOOP("PhoneVerdict", "Shared-cost number: it cannot receive the SMS")},
    {PhoneNumberUtil::VOIP,
     QT_TRANSLATE_NOOP("PhoneVerdict",
                       "Internet telephony (VoIP) number: it cannot receive the SMS")},
    {PhoneNumberUtil::PERSONAL_NUMBER,
     QT_TRANSLATE_NOOP("PhoneVerdict", "Personal forwarding number: it cannot receive the SMS")},
    {PhoneNumberUtil::PAGER,
     QT_TRANSLATE_NOOP("PhoneVerdict", "Pager number: it cannot receive the SMS")},
    {PhoneNumberUtil::UAN,
     QT_TRANSLATE_NOOP("PhoneVerdict", "Company switchboard number: it cannot receive the SMS")},
    {PhoneNumberUtil::VOICEMAIL,
     QT_TRANSLATE_NOOP("PhoneVerdict", "Voicemail access number: it cannot receive the SMS")},
};

QString notMobileNote(PhoneNumberUtil::PhoneNumberType type)
{
    for (const NotMobileNote &entry : NotMobileNotes) {
        if (entry.type == type)
            return QCoreApplication::translate("PhoneVerdict", entry.note);
    }
    return QCoreApplication::translate("PhoneVerdict",
                                       "Not a mobile number: it cannot receive the SMS");
}

NumberCheck invalid(const QString &note)
{
    return {QString(), Verdict::Invalid, note};
}

NumberCheck tooShort()
{
    return invalid(QCoreApplication::translate("PhoneVerdict", "Too short to be a phone number"));
}

NumberCheck tooLong()
{
    return invalid(QCoreApplication::translate("PhoneVerdict", "Too long to be a phone number"));
}

NumberCheck serviceNumber()
{
    return {
        QString(), Verdict::Refused,
        QCoreApplication::translate("PhoneVerdict", "Emergency or service number: never invited")};
}

// The answer for a number of a known country with no type, by how its length fits
// (a PhoneNumberUtil::ValidationResult: from IsPossibleNumberWithReason or NumberTypes).
NumberCheck notPossible(int reason, int countryCode)
{
    switch (reason) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return invalid(QCoreApplication::translate("PhoneVerdict", "Unknown country code"));
    case PhoneNumberUtil::TOO_SHORT:
        return tooShort();
    case PhoneNumberUtil::TOO_LONG:
        return tooLong();
    case PhoneNumberUtil::INVALID_LENGTH:
        return invalid(
            QCoreApplication::translate("PhoneVerdict", "Wrong number of digits for a number in %1")
                .arg(countryName(countryCode)));
    default:
        return invalid(QCoreApplication::translate("PhoneVerdict", "Not a valid number for %1")
                           .arg(countryName(countryCode)));
    }
}

NumberCheck problemCheck(CleanNumber::Problem problem)
{
    switch (problem) {
    case CleanNumber::Problem::None:
        break;
    case CleanNumber::Problem::Empty:
        return invalid(QCoreApplication::translate("PhoneVerdict", "No phone number given"));
    case CleanNumber::Problem::Letters:
        return invalid(
            QCoreApplication::translate("PhoneVerdict", "Contains letters: not a phone number"));
    case CleanNumber::Problem::NotANumber:
        return invalid(QCoreApplication::translate("PhoneVerdict", "Not a phone number"));
    case CleanNumber::Problem::ExcelRounded:
        return invalid(QCoreApplication::translate(
            "PhoneVerdict", "Excel rounded this number and digits were lost: type it again as "
                            "text"));
    case CleanNumber::Problem::TooManyDigits:
        return tooLong();
    }
    return {};
}

// Longest national significant number Parse accepts (kMaxLengthForNsn).
constexpr size_t MaxNationalDigits = 17;

bool startsWith(std::string_view text, const std::string &prefix)
{
    return !prefix.empty() && text.substr(0, prefix.size()) == prefix;
}

// Country code + national number, when Parse would leave the national digits as they are:
// no leading zero (Parse would keep it as an "Italian leading zero") and no national prefix
// left that Parse might strip.
bool buildNational(int countryCode, std::string_view national, const DialingRules &rules,
                   PhoneNumber::CountryCodeSource source, PhoneNumber *out)
{
    if (national.empty() || national.size() > MaxNationalDigits || national.front() == '0' ||
        !rules.literalNationalPrefix || startsWith(national, rules.nationalPrefixForParsing))
        return false;
    uint64_t value = 0;
    const auto [end, error] =
        std::from_chars(national.data(), national.data() + national.size(), value);
    if (error != std::errc() || end != national.data() + national.size())
        return false;
    out->set_country_code(countryCode);
    out->set_national_number(value);
    out->set_country_code_source(source);
    return true;
}

// Parse strips a literal national prefix once ("+46 (0)70…", "070…") when what remains is a
// possible number; the caller only keeps the result when it is valid, and then Parse strips.
std::string_view withoutNationalPrefix(std::string_view national, const DialingRules &rules,
                                       std::string_view *unstripped)
{
    *unstripped = {};
    if (rules.literalNationalPrefix && startsWith(national, rules.nationalPrefixForParsing)) {
        *unstripped = national;
        national.remove_prefix(rules.nationalPrefixForParsing.size());
    }
    return national;
}

// Digits after "+" or after the international prefix: the country code is the first one to
// three digits naming a known code (codes are prefix-free), as in Parse's ExtractCountryCode.
bool buildInternational(std::string_view digits, PhoneNumber::CountryCodeSource source,
                        PhoneNumber *out, std::string_view *unstripped)
{
    if (digits.empty() || digits.front() == '0')
        return false;
    for (size_t length = 1; length <= 3 && length < digits.size(); ++length) {
        int countryCode = 0;
        std::from_chars(digits.data(), digits.data() + length, countryCode);
        std::string region;
        util().GetRegionCodeForCountryCode(countryCode, &region);
        if (region == "ZZ")
            continue;
        const DialingRules *rules = dialingRulesForCountryCode(countryCode);
        return rules &&
               buildNational(countryCode,
                             withoutNationalPrefix(digits.substr(length), *rules, unstripped),
                             *rules, source, out);
    }
    return false;
}

// GetNumberType, through the region's compiled patterns when it has them (≈0.3 µs instead of
// ≈7 µs); the differential test holds both to the same answers.
PhoneNumberUtil::PhoneNumberType numberType(const PhoneNumber &number)
{
    const DialingRules *rules = dialingRulesForCountryCode(number.country_code());
    if (!rules || !rules->types || number.italian_leading_zero())
        return util().GetNumberType(number);
    char digits[24];
    const auto [end, error] =
        std::to_chars(std::begin(digits), std::end(digits), number.national_number());
    if (error != std::errc())
        return util().GetNumberType(number);
    return PhoneNumberUtil::PhoneNumberType(
        rules->types->type(std::string_view(digits, size_t(end - digits))));
}

// Format(number, E164, …) without its string copies: "+", the country code, the national
// significant number (Italian leading zeros first, as GetNationalSignificantNumber writes it).
QString e164Of(const PhoneNumber &number)
{
    const int zeros = number.italian_leading_zero() ? number.number_of_leading_zeros() : 0;
    if (number.national_number() == 0 || zeros < 0 || zeros > 20) {
        std::string e164;
        util().Format(number, PhoneNumberUtil::E164, &e164);
        return QString::fromStdString(e164);
    }
    char buffer[64];
    char *at = buffer;
    *at++ = '+';
    at = std::to_chars(at, buffer + 16, number.country_code()).ptr;
    for (int i = 0; i < zeros; ++i)
        *at++ = '0';
    at = std::to_chars(at, std::end(buffer), number.national_number()).ptr;
    return QString::fromLatin1(buffer, at - buffer);
}

} // namespace

PhoneNormalizer::PhoneNormalizer(const QString &defaultRegion)
    : m_regionCode(defaultRegion.trimmed().toUpper())
    , m_region(m_regionCode.toStdString())
{
    m_countryCode = util().GetCountryCodeForRegion(m_region);
    if (m_countryCode == 0)
        m_region = "ZZ"; // only numbers with a country code can be read
    std::string ndd;
    util().GetNddPrefixForRegion(m_region, true, &ndd);
    m_zeroTrunkPrefix = ndd == "0";
    m_rules = m_countryCode != 0 ? dialingRulesForRegion(m_region) : nullptr;
    m_shortRules = m_countryCode != 0 ? shortNumberRulesForRegion(m_region) : nullptr;
    m_countryCodeDigits = std::to_string(m_countryCode);
}

bool PhoneNormalizer::buildDirectly(const CleanNumber &number, PhoneNumber *out,
                                    std::string_view *unstripped) const
{
    *unstripped = {};
    const std::string_view digits(number.digits.constData(), size_t(number.digits.size()));
    if (number.plus)
        return buildInternational(digits, PhoneNumber::FROM_NUMBER_WITH_PLUS_SIGN, out, unstripped);
    // National shapes need the default region's prefixes as plain digits to be unambiguous.
    if (!m_rules || !m_rules->literalNationalPrefix || !m_rules->literalInternationalPrefix)
        return false;
    if (startsWith(digits, m_rules->internationalPrefix)) {
        return buildInternational(digits.substr(m_rules->internationalPrefix.size()),
                                  PhoneNumber::FROM_NUMBER_WITH_IDD, out, unstripped);
    }
    // Digits that start like the own country code make Parse guess about a lost plus.
    if (startsWith(digits, m_countryCodeDigits))
        return buildLostPlus(digits, out, unstripped);
    return buildNational(m_countryCode, withoutNationalPrefix(digits, *m_rules, unstripped),
                         *m_rules, PhoneNumber::FROM_DEFAULT_COUNTRY, out);
}

// Parse's guess (MaybeExtractCountryCode) for national digits that start with the own country
// code, "46701234567": the country code was typed without its plus when the digits without
// it fit the region's general pattern and the whole do not, or the whole are too long.
// Otherwise the digits are a national number as they stand.
bool PhoneNormalizer::buildLostPlus(std::string_view digits, PhoneNumber *out,
                                    std::string_view *unstripped) const
{
    const NumberTypes *types = m_rules->types.get();
    const std::string_view rest = digits.substr(m_countryCodeDigits.size());
    // A national prefix after the code would be stripped first: left to Parse.
    if (!types || digits.size() > MaxNationalDigits + 3 || rest.empty() || rest.front() == '0' ||
        startsWith(rest, m_rules->nationalPrefixForParsing))
        return false;
    if ((!types->matchesGeneralPattern(digits) && types->matchesGeneralPattern(rest)) ||
        types->tooLong(digits)) {
        return buildNational(m_countryCode, rest, *m_rules,
                             PhoneNumber::FROM_NUMBER_WITHOUT_PLUS_SIGN, out);
    }
    return buildNational(m_countryCode, withoutNationalPrefix(digits, *m_rules, unstripped),
                         *m_rules, PhoneNumber::FROM_DEFAULT_COUNTRY, out);
}

bool PhoneNormalizer::isRegionSupported(const QString &region)
{
    return util().GetCountryCodeForRegion(region.trimmed().toUpper().toStdString()) != 0;
}

PhoneEntry PhoneNormalizer::check(QStringView input) const
{
    const NumberCheck result = check(cleanNumber(input));
    PhoneEntry entry;
    entry.input = input.toString();
    entry.e164 = result.e164;
    entry.verdict = result.verdict;
    entry.note = result.note;
    return entry;
}

bool PhoneNormalizer::answersWithoutParse(const CleanNumber &number) const
{
    return checkWithoutParse(number).has_value();
}

QStringList PhoneNormalizer::supportedRegions()
{
    std::set<std::string> regions;
    util().GetSupportedRegions(&regions);
    QStringList list;
    for (const std::string &region : regions)
        list.append(QString::fromStdString(region));
    return list;
}

NumberCheck PhoneNormalizer::check(const CleanNumber &number) const
{
    RepairNotes notes;
    return check(number, notes);
}

NumberCheck PhoneNormalizer::check(const CleanNumber &number, RepairNotes &notes) const
{
    if (std::optional<NumberCheck> answer = checkWithoutParse(number, &notes))
        return *std::move(answer);
    return checkWithParse(number, &notes);
}

std::optional<NumberCheck> PhoneNormalizer::checkWithoutParse(const CleanNumber &number,
                                                              RepairNotes *notes) const
{
    if (number.problem != CleanNumber::Problem::None)
        return problemCheck(number.problem);
    PhoneNumber direct;
    std::string_view unstripped;
    if (!buildDirectly(number, &direct, &unstripped))
        return std::nullopt;
    const PhoneNumberUtil::PhoneNumberType type = numberType(direct);
    if (type != PhoneNumberUtil::UNKNOWN)
        return validNumber(direct, type, number, notes);
    return invalidReason(number, direct, unstripped);
}

// What checkWithParse answers for a number it finds no type for, step by step: Parse builds
// `direct` (below), it is no service number, and IsPossibleNumberWithReason gives the reason.
std::optional<NumberCheck> PhoneNormalizer::invalidReason(const CleanNumber &number,
                                                          const PhoneNumber &direct,
                                                          std::string_view unstripped) const
{
    const DialingRules *rules = dialingRulesForCountryCode(direct.country_code());
    if (!rules || !rules->types)
        return std::nullopt;
    const NumberTypes &types = *rules->types;
    char buffer[24];
    const auto [end, error] =
        std::to_chars(std::begin(buffer), std::end(buffer), direct.national_number());
    const std::string_view national(buffer, size_t(end - buffer));
    // Very short inputs meet Parse's own length errors first.
    if (error != std::errc() || national.size() < 3)
        return std::nullopt;
    // Parse takes a national prefix off only when the rest is long enough, and not when the
    // general pattern matched with the prefix and does not without it: else it keeps the zero.
    if (!unstripped.empty()) {
        if (types.matchesGeneralPattern(unstripped) && !types.matchesGeneralPattern(national))
            return std::nullopt;
        const int fit = types.lengthFit(national);
        if (fit != PhoneNumberUtil::IS_POSSIBLE && fit != PhoneNumberUtil::TOO_LONG)
            return std::nullopt;
    }
    // Service numbers are dialled without a plus; whether this is one is left to
    // ShortNumberInfo unless the short-number rules rule it out.
    if (!number.plus) {
        const std::string_view digits(number.digits.constData(), size_t(number.digits.size()));
        if (isListedServiceNumber(number.digits) || !m_shortRules ||
            !m_shortRules->neverEmergency(digits) ||
            (direct.country_code() == m_countryCode && !m_shortRules->neverShort(national)))
            return std::nullopt;
    }
    return notPossible(types.lengthFit(national), direct.country_code());
}

NumberCheck PhoneNormalizer::checkWithParse(const CleanNumber &number) const
{
    return checkWithParse(number, nullptr);
}

NumberCheck PhoneNormalizer::checkWithParse(const CleanNumber &number, RepairNotes *notes) const
{
    if (number.problem != CleanNumber::Problem::None)
        return problemCheck(number.problem);

    const std::string text(number.text().constData(), size_t(number.text().size()));
    PhoneNumber parsed;
    const PhoneNumberUtil::ErrorType error = util().ParseAndKeepRawInput(text, m_region, &parsed);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
        if (!number.plus && isListedServiceNumber(number.digits))
            return serviceNumber();
        switch (error) {
        case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
            return invalid(
                number.plus || m_countryCode != 0
                    ? QCoreApplication::translate("PhoneVerdict", "Unknown country code")
                    : QCoreApplication::translate(
                          "PhoneVerdict", "No country code, and no default country to assume"));
        case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
        case PhoneNumberUtil::TOO_SHORT_NSN:
            return tooShort();
        case PhoneNumberUtil::TOO_LONG_NSN:
            return tooLong();
        default:
            return invalid(QCoreApplication::translate("PhoneVerdict", "Not a phone number"));
        }
    }

    const PhoneNumberUtil::PhoneNumberType type = util().GetNumberType(parsed);
    if (type == PhoneNumberUtil::UNKNOWN) {
        // Short numbers are dialled as they are, never with a country code.
        if (!number.plus && (isListedServiceNumber(number.digits) ||
                             shortNumbers().IsEmergencyNumber(text, m_region) ||
                             (parsed.country_code() == m_countryCode &&
                              shortNumbers().IsValidShortNumberForRegion(parsed, m_region))))
            return serviceNumber();
        return notPossible(util().IsPossibleNumberWithReason(parsed), parsed.country_code());
    }

    return validNumber(parsed, type, number, notes);
}

NumberCheck PhoneNormalizer::validNumber(const PhoneNumber &parsed, int numberType,
                                         const CleanNumber &number, RepairNotes *notes) const
{
    const auto type = PhoneNumberUtil::PhoneNumberType(numberType);
    NumberCheck result{e164Of(parsed), Verdict::Valid, QString()};
    if (type != PhoneNumberUtil::MOBILE && type != PhoneNumberUtil::FIXED_LINE_OR_MOBILE) {
        result.verdict = Verdict::NotMobile;
        result.note = notMobileNote(type);
        return result;
    }

    // Repairs: the number is only valid because something lost on the way was put back.
    unsigned repairs = 0;
    if (number.droppedDecimals)
        repairs |= RepairNotes::DecimalsRemoved;
    if (number.fromScientific)
        repairs |= RepairNotes::FromScientific;
    if (parsed.country_code_source() == PhoneNumber::FROM_NUMBER_WITHOUT_PLUS_SIGN) {
        repairs |= RepairNotes::PlusRestored;
    } else if (parsed.country_code_source() == PhoneNumber::FROM_DEFAULT_COUNTRY &&
               m_zeroTrunkPrefix && !number.digits.startsWith('0')) {
        repairs |= RepairNotes::ZeroRestored;
    }
    if (repairs != 0) {
        result.verdict = Verdict::Fixed;
        result.note = notes ? notes->note(repairs) : RepairNotes::translate(repairs);
    }
    return result;
}

const QString &RepairNotes::note(unsigned repairs)
{
    std::optional<QString> &known = m_notes[repairs & 15u];
    if (!known)
        known = translate(repairs);
    return *known;
}

QString RepairNotes::translate(unsigned repairs)
{
    QStringList notes;
    if (repairs & DecimalsRemoved)
        notes << QCoreApplication::translate("PhoneVerdict", "Decimals (.0) removed.");
    if (repairs & FromScientific)
        notes << QCoreApplication::translate("PhoneVerdict",
                                             "Converted back from Excel's scientific notation.");
    if (repairs & PlusRestored)
        notes << QCoreApplication::translate("PhoneVerdict", "Plus sign restored.");
    if (repairs & ZeroRestored)
        notes << QCoreApplication::translate("PhoneVerdict", "Leading zero restored.");
    return notes.join(u' ');
}

} // namespace phones
