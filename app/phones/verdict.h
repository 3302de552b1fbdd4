#pragma once

#include <QList>
#include <QString>

namespace phones {

// What the import does with one entry of a list. Only Valid and Fixed are sent.
enum class Verdict
{
    Valid,
    Fixed,
    NotMobile,
    Duplicate,
    Invalid,
    Refused
};

// Stable machine key ("valid", "fixed", "not-mobile", "duplicate", "invalid", "refused"):
// used in the check report's CSV and in settings, never translated.
QString verdictKey(Verdict verdict);
// Short translated label for a table column ("Valid", "Not mobile", ...).
QString verdictLabel(Verdict verdict);
// True for the verdicts whose entries receive an invitation.
bool isSendable(Verdict verdict);

// One entry of a list as the admin gave it, and what we made of it.
struct PhoneEntry
{
    int row = 0;   // 1-based position the admin recognises (line, spreadsheet row, card)
    QString input; // the original text, untouched
    QString name;  // from a name column or a vCard FN, may be empty
    QString e164;  // "+46701234567" when a number was recognised (also for NotMobile/Duplicate)
    Verdict verdict = Verdict::Invalid;
    QString note; // translated sentence: the reason, the repair, or the earlier row

    friend bool operator==(const PhoneEntry &, const PhoneEntry &) = default;
};

struct VerdictCounts
{
    int valid = 0;
    int fixed = 0;
    int notMobile = 0;
    int duplicate = 0;
    int invalid = 0;
    int refused = 0;

    int total() const { return valid + fixed + notMobile + duplicate + invalid + refused; }
    int sendable() const { return valid + fixed; }
    int count(Verdict verdict) const;
    friend bool operator==(const VerdictCounts &, const VerdictCounts &) = default;
};

VerdictCounts countVerdicts(const QList<PhoneEntry> &entries);

// The one line every view shows for a checked list, in one wording and one order:
// "15 rows · 9 to invite · 2 repaired · 1 not mobile · 1 duplicate · 1 invalid · 1 refused"
// (the parts after "to invite" only when not zero; real plural forms).
QString verdictSummary(const VerdictCounts &counts);

} // namespace phones
