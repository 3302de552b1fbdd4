#pragma once

#include "numbercleaner.h"
#include "verdict.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace i18n::phonenumbers {
class PhoneNumber;
}

namespace phones {

struct DialingRules;
struct ShortNumberRules;

// What one number is, regardless of its place in a list (Duplicate is decided by the list).
struct NumberCheck
{
    QString e164;
    Verdict verdict = Verdict::Invalid;
    QString note;
    friend bool operator==(const NumberCheck &, const NumberCheck &) = default;
};

// The notes of numbers that are valid only after a repair ("Plus sign restored."),
// translated once per combination of repairs instead of once per number. One instance per
// thread and per run of checks: the language cannot change during one.
class RepairNotes final
{
public:
    enum Repair : unsigned
    {
        DecimalsRemoved = 1,
        FromScientific = 2,
        PlusRestored = 4,
        ZeroRestored = 8,
    };
    // The note for these repairs (a combination of Repair bits, not 0).
    const QString &note(unsigned repairs);
    static QString translate(unsigned repairs);

private:
    std::array<std::optional<QString>, 16> m_notes;
};

// Turns one typed number into E.164 and a verdict with libphonenumber, national numbers being
// read as numbers of the default region. Immutable after construction: one instance may be used
// from many threads at once (libphonenumber's PhoneNumberUtil and ShortNumberInfo are only read).
class PhoneNormalizer final
{
public:
    explicit PhoneNormalizer(const QString &defaultRegion = QStringLiteral("SE"));

    // Upper-case ISO 3166 code as given; numbers without a country code are invalid when
    // libphonenumber does not know the region (see isRegionSupported).
    QString defaultRegion() const { return m_regionCode; }
    static bool isRegionSupported(const QString &region);

    // The whole check for one entry as typed or pasted; row and name are left for the caller.
    PhoneEntry check(QStringView input) const;
    NumberCheck check(const CleanNumber &number) const;
    // The same, with the repair notes of earlier numbers in this thread reused.
    NumberCheck check(const CleanNumber &number, RepairNotes &notes) const;

    // The same answer computed through libphonenumber's Parse only, never the fast path:
    // the reference the differential test holds check() to.
    NumberCheck checkWithParse(const CleanNumber &number) const;
    // Whether check() answers this number without Parse (for tests and measurements).
    bool answersWithoutParse(const CleanNumber &number) const;

    // ISO codes of every region libphonenumber knows, sorted.
    static QStringList supportedRegions();

private:
    // The fast path: for the common shapes (+CC…, 00CC…, 0…, bare national digits) builds the
    // number Parse would build, without Parse. False when Parse could do anything else with
    // the digits (strip a prefix, keep a leading zero, guess a country code).
    // `unstripped`: the national digits before a national prefix was taken off, or empty.
    bool buildDirectly(const CleanNumber &number, i18n::phonenumbers::PhoneNumber *out,
                       std::string_view *unstripped) const;
    bool buildLostPlus(std::string_view digits, i18n::phonenumbers::PhoneNumber *out,
                       std::string_view *unstripped) const;
    // The whole answer without Parse, when the fast path can be sure of it.
    std::optional<NumberCheck> checkWithoutParse(const CleanNumber &number,
                                                 RepairNotes *notes = nullptr) const;
    NumberCheck checkWithParse(const CleanNumber &number, RepairNotes *notes) const;
    // Why a number the fast path built has no type, when Parse would surely build the same
    // number and the short-number checks surely fail.
    std::optional<NumberCheck> invalidReason(const CleanNumber &number,
                                             const i18n::phonenumbers::PhoneNumber &direct,
                                             std::string_view unstripped) const;
    NumberCheck validNumber(const i18n::phonenumbers::PhoneNumber &parsed, int type,
                            const CleanNumber &number, RepairNotes *notes) const;

    QString m_regionCode;
    std::string m_region;
    int m_countryCode = 0;
    std::string m_countryCodeDigits; // "46"
    bool m_zeroTrunkPrefix = false;  // national numbers are written with a leading 0
    const DialingRules *m_rules = nullptr;
    const ShortNumberRules *m_shortRules = nullptr;
};

} // namespace phones
