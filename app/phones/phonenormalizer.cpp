#include "phonenormalizer.h"

#include <QCoreApplication>
#include <QLocale>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <phonenumbers/shortnumberinfo.h>

#include <array>
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
    const QLocale::Territory territory = QLocale::codeToTerritory(QString::fromStdString(region));
    if (territory == QLocale::AnyTerritory)
        return QStringLiteral("+%1").arg(countryCode);
    return QLocale::territoryToString(territory);
}

QString notMobileNote(PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberUtil::FIXED_LINE:
        return QCoreApplication::translate("PhoneVerdict", "Landline: it cannot receive the SMS");
    case PhoneNumberUtil::TOLL_FREE:
        return QCoreApplication::translate("PhoneVerdict",
                                           "Toll-free number: it cannot receive the SMS");
    case PhoneNumberUtil::PREMIUM_RATE:
        return QCoreApplication::translate("PhoneVerdict",
                                           "Premium-rate number: it cannot receive the SMS");
    case PhoneNumberUtil::SHARED_COST:
        return QCoreApplication::translate("PhoneVerdict",
                                           "Shared-cost number: it cannot receive the SMS");
    case PhoneNumberUtil::VOIP:
        return QCoreApplication::translate(
            "PhoneVerdict", "Internet telephony (VoIP) number: it cannot receive the SMS");
    case PhoneNumberUtil::PERSONAL_NUMBER:
        return QCoreApplication::translate("PhoneVerdict",
                                           "Personal forwarding number: it cannot receive the SMS");
    case PhoneNumberUtil::PAGER:
        return QCoreApplication::translate("PhoneVerdict",
                                           "Pager number: it cannot receive the SMS");
    case PhoneNumberUtil::UAN:
        return QCoreApplication::translate("PhoneVerdict",
                                           "Company switchboard number: it cannot receive the SMS");
    case PhoneNumberUtil::VOICEMAIL:
        return QCoreApplication::translate("PhoneVerdict",
                                           "Voicemail access number: it cannot receive the SMS");
    default:
        return QCoreApplication::translate("PhoneVerdict",
                                           "Not a mobile number: it cannot receive the SMS");
    }
}

NumberCheck invalid(const QString &note)
{
    return {QString(), Verdict::Invalid, note};
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
        return invalid(
            QCoreApplication::translate("PhoneVerdict", "Too long to be a phone number"));
    }
    return {};
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

NumberCheck PhoneNormalizer::check(const CleanNumber &number) const
{
    return checkWithParse(number);
}

NumberCheck PhoneNormalizer::checkWithParse(const CleanNumber &number) const
{
    if (number.problem != CleanNumber::Problem::None)
        return problemCheck(number.problem);

    const std::string text(number.text().constData(), size_t(number.text().size()));
    PhoneNumber parsed;
    const PhoneNumberUtil::ErrorType error = util().ParseAndKeepRawInput(text, m_region, &parsed);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
        if (!number.plus && isListedServiceNumber(number.digits))
            return {QString(), Verdict::Refused,
                    QCoreApplication::translate("PhoneVerdict",
                                                "Emergency or service number: never invited")};
        switch (error) {
        case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
            return invalid(
                number.plus || m_countryCode != 0
                    ? QCoreApplication::translate("PhoneVerdict", "Unknown country code")
                    : QCoreApplication::translate(
                          "PhoneVerdict", "No country code, and no default country to assume"));
        case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
        case PhoneNumberUtil::TOO_SHORT_NSN:
            return invalid(
                QCoreApplication::translate("PhoneVerdict", "Too short to be a phone number"));
        case PhoneNumberUtil::TOO_LONG_NSN:
            return invalid(
                QCoreApplication::translate("PhoneVerdict", "Too long to be a phone number"));
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
                              shortNumbers().IsValidShortNumberForRegion(parsed, m_region)))) {
            return {QString(), Verdict::Refused,
                    QCoreApplication::translate("PhoneVerdict",
                                                "Emergency or service number: never invited")};
        }
        switch (util().IsPossibleNumberWithReason(parsed)) {
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            return invalid(QCoreApplication::translate("PhoneVerdict", "Unknown country code"));
        case PhoneNumberUtil::TOO_SHORT:
            return invalid(
                QCoreApplication::translate("PhoneVerdict", "Too short to be a phone number"));
        case PhoneNumberUtil::TOO_LONG:
            return invalid(
                QCoreApplication::translate("PhoneVerdict", "Too long to be a phone number"));
        case PhoneNumberUtil::INVALID_LENGTH:
            return invalid(QCoreApplication::translate("PhoneVerdict",
                                                       "Wrong number of digits for a number in %1")
                               .arg(countryName(parsed.country_code())));
        default:
            return invalid(QCoreApplication::translate("PhoneVerdict", "Not a valid number for %1")
                               .arg(countryName(parsed.country_code())));
        }
    }

    std::string e164;
    util().Format(parsed, PhoneNumberUtil::E164, &e164);
    NumberCheck result{QString::fromStdString(e164), Verdict::Valid, QString()};
    if (type != PhoneNumberUtil::MOBILE && type != PhoneNumberUtil::FIXED_LINE_OR_MOBILE) {
        result.verdict = Verdict::NotMobile;
        result.note = notMobileNote(type);
        return result;
    }

    // Repairs: the number is only valid because something lost on the way was put back.
    QStringList repairs;
    if (number.droppedDecimals)
        repairs << QCoreApplication::translate("PhoneVerdict", "Decimals (.0) removed.");
    if (number.fromScientific)
        repairs << QCoreApplication::translate("PhoneVerdict",
                                               "Converted back from Excel's scientific notation.");
    if (parsed.country_code_source() == PhoneNumber::FROM_NUMBER_WITHOUT_PLUS_SIGN) {
        repairs << QCoreApplication::translate("PhoneVerdict", "Plus sign restored.");
    } else if (parsed.country_code_source() == PhoneNumber::FROM_DEFAULT_COUNTRY &&
               m_zeroTrunkPrefix && !number.digits.startsWith('0')) {
        repairs << QCoreApplication::translate("PhoneVerdict", "Leading zero restored.");
    }
    if (!repairs.isEmpty()) {
        result.verdict = Verdict::Fixed;
        result.note = repairs.join(u' ');
    }
    return result;
}

} // namespace phones
