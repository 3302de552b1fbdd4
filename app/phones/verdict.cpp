#include "verdict.h"

#include "common/enumkeys.h"

#include <QCoreApplication>
#include <QStringList>

namespace phones {

namespace {

// Stable keys: the check report's CSV and the settings.
constexpr common::EnumKey<Verdict> VerdictKeys[] = {
    {Verdict::Valid, "valid"},          {Verdict::Fixed, "fixed"},
    {Verdict::NotMobile, "not-mobile"}, {Verdict::Duplicate, "duplicate"},
    {Verdict::Invalid, "invalid"},      {Verdict::Refused, "refused"}};

// Each verdict's table label and the VerdictCounts member that counts it.
struct VerdictFacts
{
    Verdict verdict;
    const char *label;
    int VerdictCounts::*count;
};
constexpr VerdictFacts Facts[] = {
    {Verdict::Valid, QT_TRANSLATE_NOOP("PhoneVerdict", "Valid"), &VerdictCounts::valid},
    {Verdict::Fixed, QT_TRANSLATE_NOOP("PhoneVerdict", "Fixed"), &VerdictCounts::fixed},
    {Verdict::NotMobile, QT_TRANSLATE_NOOP("PhoneVerdict", "Not mobile"),
     &VerdictCounts::notMobile},
    {Verdict::Duplicate, QT_TRANSLATE_NOOP("PhoneVerdict", "Duplicate"), &VerdictCounts::duplicate},
    {Verdict::Invalid, QT_TRANSLATE_NOOP("PhoneVerdict", "Invalid"), &VerdictCounts::invalid},
    {Verdict::Refused, QT_TRANSLATE_NOOP("PhoneVerdict", "Refused"), &VerdictCounts::refused},
};

const VerdictFacts *factsOf(Verdict verdict)
{
    for (const VerdictFacts &facts : Facts) {
        if (facts.verdict == verdict)
            return &facts;
    }
    return nullptr;
}

} // namespace

QString verdictKey(Verdict verdict)
{
    return common::keyOf(VerdictKeys, verdict);
}

QString verdictLabel(Verdict verdict)
{
    const VerdictFacts *facts = factsOf(verdict);
    return facts ? QCoreApplication::translate("PhoneVerdict", facts->label) : QString();
}

bool isSendable(Verdict verdict)
{
    return verdict == Verdict::Valid || verdict == Verdict::Fixed;
}

int VerdictCounts::count(Verdict verdict) const
{
    const VerdictFacts *facts = factsOf(verdict);
    return facts ? this->*facts->count : 0;
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
        if (const VerdictFacts *facts = factsOf(entry.verdict))
            ++(counts.*facts->count);
    }
    return counts;
}

} // namespace phones
