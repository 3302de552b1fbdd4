#include "verdict.h"

#include <QCoreApplication>
#include <QStringList>

namespace phones {

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::Fixed:
        return QStringLiteral("fixed");
    case Verdict::NotMobile:
        return QStringLiteral("not-mobile");
    case Verdict::Duplicate:
        return QStringLiteral("duplicate");
    case Verdict::Invalid:
        return QStringLiteral("invalid");
    case Verdict::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QCoreApplication::translate("PhoneVerdict", "Valid");
    case Verdict::Fixed:
        return QCoreApplication::translate("PhoneVerdict", "Fixed");
    case Verdict::NotMobile:
        return QCoreApplication::translate("PhoneVerdict", "Not mobile");
    case Verdict::Duplicate:
        return QCoreApplication::translate("PhoneVerdict", "Duplicate");
    case Verdict::Invalid:
        return QCoreApplication::translate("PhoneVerdict", "Invalid");
    case Verdict::Refused:
        return QCoreApplication::translate("PhoneVerdict", "Refused");
    }
    return {};
}

bool isSendable(Verdict verdict)
{
    return verdict == Verdict::Valid || verdict == Verdict::Fixed;
}

int VerdictCounts::count(Verdict verdict) const
{
    switch (verdict) {
    case Verdict::Valid:
        return valid;
    case Verdict::Fixed:
        return fixed;
    case Verdict::NotMobile:
        return notMobile;
    case Verdict::Duplicate:
        return duplicate;
    case Verdict::Invalid:
        return invalid;
    case Verdict::Refused:
        return refused;
    }
    return 0;
}

QString verdictSummary(const VerdictCounts &c)
{
    // The parts after the total and "to invite", in verdict order; QT_TRANSLATE_N_NOOP lets lupdate
    // find each text with its plural forms.
    struct Part
    {
        int VerdictCounts::*count;
        const char *text;
    };
    static constexpr Part Parts[] = {
        {&VerdictCounts::fixed, QT_TRANSLATE_N_NOOP("PhoneVerdict", "%n repaired")},
        {&VerdictCounts::notMobile, QT_TRANSLATE_N_NOOP("PhoneVerdict", "%n not mobile")},
        {&VerdictCounts::duplicate, QT_TRANSLATE_N_NOOP("PhoneVerdict", "%n duplicate(s)")},
        {&VerdictCounts::invalid, QT_TRANSLATE_N_NOOP("PhoneVerdict", "%n invalid")},
        {&VerdictCounts::refused, QT_TRANSLATE_N_NOOP("PhoneVerdict", "%n refused")},
    };
    QStringList parts{
        QCoreApplication::translate("PhoneVerdict", "%n row(s)", nullptr, c.total()),
        QCoreApplication::translate("PhoneVerdict", "%n to invite", nullptr, c.sendable())};
    for (const Part &part : Parts) {
        if (const int n = c.*part.count)
            parts << QCoreApplication::translate("PhoneVerdict", part.text, nullptr, n);
    }
    return parts.join(QStringLiteral(" · "));
}

VerdictCounts countVerdicts(const QList<PhoneEntry> &entries)
{
    VerdictCounts counts;
    for (const PhoneEntry &entry : entries) {
        switch (entry.verdict) {
        case Verdict::Valid:
            ++counts.valid;
            break;
        case Verdict::Fixed:
            ++counts.fixed;
            break;
        case Verdict::NotMobile:
            ++counts.notMobile;
            break;
        case Verdict::Duplicate:
            ++counts.duplicate;
            break;
        case Verdict::Invalid:
            ++counts.invalid;
            break;
        case Verdict::Refused:
            ++counts.refused;
            break;
        }
    }
    return counts;
}

} // namespace phones
