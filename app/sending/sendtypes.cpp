#include "sending/sendtypes.h"

#include <QCoreApplication>

#include <algorithm>

namespace sending {

namespace {
// The context of this file's texts in the catalogues (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(sending::RecoverySummary)
};
} // namespace

QString outcomeKindKey(OutcomeKind kind)
{
    switch (kind) {
    case OutcomeKind::Invited:
        return QStringLiteral("invited");
    case OutcomeKind::Failed:
        return QStringLiteral("failed");
    case OutcomeKind::AlreadyInvited:
        return QStringLiteral("pending");
    case OutcomeKind::Cancelled:
        return QStringLiteral("cancelled");
    case OutcomeKind::Unconfirmed:
        return QStringLiteral("unconfirmed");
    case OutcomeKind::Member:
        return QStringLiteral("member");
    case OutcomeKind::AddedToGroups:
        return QStringLiteral("added-to-groups");
    }
    return {};
}

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::New:
        return QStringLiteral("new");
    case Verdict::Member:
        return QStringLiteral("member");
    case Verdict::AddToGroups:
        return QStringLiteral("add-to-groups");
    case Verdict::Accepted:
        return QStringLiteral("accepted");
    case Verdict::Pending:
        return QStringLiteral("pending");
    case Verdict::Remind:
        return QStringLiteral("remind");
    case Verdict::InviteAgain:
        return QStringLiteral("invite-again");
    case Verdict::Deleted:
        return QStringLiteral("deleted");
    case Verdict::Duplicate:
        return QStringLiteral("duplicate");
    }
    return {};
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
    switch (state) {
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::Finished:
        return QStringLiteral("finished");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    case JobState::Interrupted:
        return QStringLiteral("interrupted");
    }
    return {};
}

std::optional<JobState> jobStateFromKey(const QString &key)
{
    for (JobState s :
         {JobState::Running, JobState::Finished, JobState::Cancelled, JobState::Interrupted}) {
        if (jobStateKey(s) == key)
            return s;
    }
    return std::nullopt;
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
