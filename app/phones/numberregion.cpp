#include "numberregion.h"

#include "i18n/translations.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

namespace phones {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

QString regionOfNumber(const QString &e164)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    std::string region;
    util.GetRegionCodeForNumber(number, &region);
    return region == "ZZ" ? QString() : QString::fromStdString(region);
}

int callingCodeOfRegion(const QString &region)
{
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region.toStdString());
}

QString regionName(const QString &region)
{
    return i18n::countryName(region);
}

void noteForeignNumbers(QList<PhoneEntry> &entries, const QString &defaultRegion)
{
    const int home = callingCodeOfRegion(defaultRegion);
    const QString homePrefix = home > 0 ? QStringLiteral("+%1").arg(home) : QString();
    for (PhoneEntry &e : entries) {
        if (!isSendable(e.verdict) || !e.note.isEmpty() || e.e164.isEmpty() ||
            (!homePrefix.isEmpty() && e.e164.startsWith(homePrefix)))
            continue;
        const QString region = regionOfNumber(e.e164);
        if (region.isEmpty() || region == defaultRegion)
            continue;
        e.note = QCoreApplication::translate("PhoneVerdict",
                                             "Number from %1: check the country code if that "
                                             "is unexpected")
                     .arg(regionName(region));
    }
}

} // namespace phones
