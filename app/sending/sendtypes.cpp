#include "sending/sendtypes.h"

#include "common/enumkeys.h"

#include <QCoreApplication>

#include <algorithm>

namespace sending {

namespace {
// The context of this file's texts in the catalogues (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(sending::RecoverySummary)
};

// The send command's CSV status column.
constexpr common::EnumKey<OutcomeKind> OutcomeKindKeys[] = {
    {OutcomeKind::Invited, "invited"},
    {OutcomeKind::Failed, "failed"},
    {OutcomeKind::AlreadyInvited, "pending"},
    {OutcomeKind::Cancelled, "cancelled"},
    {OutcomeKind::Unconfirmed, "unconfirmed"},
    {OutcomeKind::Member, "member"},
    {OutcomeKind::AddedToGroups, "added-to-groups"}};

constexpr common::EnumKey<Verdict> VerdictKeys[] = {{Verdict::New, "new"},
                                                    {Verdict::Member, "member"},
                                                    {Verdict::AddToGroups, "add-to-groups"},
                                                    {Verdict::Accepted, "accepted"},
                                                    {Verdict::Pending, "pending"},
                                                    {Verdict::Remind, "remind"},
                                                    {Verdict::InviteAgain, "invite-again"},
                                                    {Verdict::Deleted, "deleted"},
                                                    {Verdict::Duplicate, "duplicate"}};

// The jobs table's state column of the history.
constexpr common::EnumKey<JobState> JobStateKeys[] = {{JobState::Running, "running"},
                                                      {JobState::Finished, "finished"},
                                                      {JobState::Cancelled, "cancelled"},
                                                      {JobState::Interrupted, "interrupted"}};
} // namespace

QString outcomeKindKey(OutcomeKind kind)
{
    return common::keyOf(OutcomeKindKeys, kind);
}

QString verdictKey(Verdict verdict)
{
    return common::keyOf(VerdictKeys, verdict);
}

bool verdictSends(Verdict verdict)
{
    return verdict == Verdict::New || verdict == Verdict::Remind ||
           verdict == Verdict::InviteAgain || verdict == Verdict::Deleted;
}

int SendPlan::count(Verdict verdict) const
{
    return int(std::count_if(verdicts.cbegin(), verdicts.cend(),
                             [verdict](const NumberVerdict &v) { return v.verdict == verdict; }));
}

QString jobStateKey(JobState state)
{
    return common::keyOf(JobStateKeys, state);
}

std::optional<JobState> jobStateFromKey(const QString &key)
{
    return common::enumOf(JobStateKeys, key);
}

QStringList RecoverySummary::lines() const
{
    QStringList result;
    if (!listError.isEmpty()) {
        result << Text::tr(
                      "An earlier send was interrupted, and the server's invitation list could "
                      "not be read to check it: %1 Nothing was sent.")
                      .arg(listError);
        return result;
    }
    if (batchesChecked > 0) {
        // One sentence, in parts: each count has its own plural form.
        result << Text::tr("An earlier send was interrupted. %n unanswered request(s) were "
                           "checked against the server's list:",
                           nullptr, batchesChecked) +
                      QLatin1Char(' ') +
                      Text::tr("%n number(s) had been invited (recorded with their invitation "
                               "ids),",
                               nullptr, numbersFoundInvited) +
                      QLatin1Char(' ') +
                      Text::tr("%n had not been invited.", nullptr, numbersNotCreated);
    }
    if (numbersStillUnknown > 0)
        result << Text::tr(
            "%n number(s) could not be checked yet; they are checked again next time.", nullptr,
            numbersStillUnknown);
    if (!interruptedJobIds.isEmpty() && batchesChecked == 0)
        result << Text::tr("%n earlier send(s) did not finish.", nullptr,
                           int(interruptedJobIds.size()));
    return result;
}

} // namespace sending
