#include "history/sendhistoryquery.h"

#include "history/historystore.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace history {

namespace {

// The digits of a search that reads as a phone number (digits, blanks, + - ( ) . only, at
// least three digits), without a national leading 0; empty otherwise.
QString numberDigits(const QString &search)
{
    QString digits;
    for (const QChar c : search) {
        if (c.isDigit())
            digits += c;
        else if (!c.isSpace() && !QStringLiteral("+-().").contains(c))
            return {};
    }
    if (digits.size() < 3)
        return {};
    if (digits.startsWith(QLatin1String("00"))) // 0046…: the international prefix
        return digits.mid(2);
    return digits.startsWith(QLatin1Char('0')) ? digits.mid(1) : digits;
}

} // namespace

int SendSummary::count(NumberState state) const
{
    const qsizetype i = SendHistoryQuery::outcomes().indexOf(state);
    return i >= 0 && i < counts.size() ? counts.at(i) : 0;
}

SendHistoryQuery::SendHistoryQuery(const HistoryStore &store)
    : m_store(store)
{
}

const QList<NumberState> &SendHistoryQuery::outcomes()
{
    static const QList<NumberState> order{NumberState::Invited,       NumberState::Member,
                                          NumberState::AddedToGroups, NumberState::AlreadyInvited,
                                          NumberState::Failed,        NumberState::Cancelled,
                                          NumberState::Unconfirmed,   NumberState::Pending};
    return order;
}

QList<SendSummary> SendHistoryQuery::sends(const QDateTime &since) const
{
    QList<SendSummary> result;
    QHash<qint64, qsizetype> index;
    for (const JobRecord &job : m_store.jobs()) { // newest first
        if (since.isValid() && job.createdAt < since)
            continue;
        SendSummary send;
        send.job = job;
        send.counts = QList<int>(outcomes().size(), 0);
        result << send;
    }
    std::reverse(result.begin(), result.end());
    for (qsizetype i = 0; i < result.size(); ++i)
        index.insert(result.at(i).job.id, i);
    if (result.isEmpty())
        return result;
    // Every number of every send in one pass: counts and the numbers to search in.
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT job_id, state, msisdn FROM job_numbers ORDER BY job_id, "
                               "position")))
        return result;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        SendSummary &send = result[*it];
        ++send.numbers;
        const qsizetype outcome = outcomes().indexOf(numberStateFromKey(q.value(1).toString()));
        if (outcome >= 0)
            ++send.counts[outcome];
        send.msisdns << q.value(2).toString();
    }
    return result;
}

QList<JobNumberStatus> SendHistoryQuery::numbers(qint64 jobId) const
{
    return m_store.jobNumberStatuses(jobId);
}

bool SendHistoryQuery::matches(const SendSummary &send, const QString &search)
{
    const QString needle = search.trimmed();
    if (needle.isEmpty())
        return true;
    const JobRecord &job = send.job;
    for (const QString *field : {&job.organizationId, &job.source, &job.message, &job.sender}) {
        if (field->contains(needle, Qt::CaseInsensitive))
            return true;
    }
    for (const QString &group : job.groupIds) {
        if (group.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    const QString digits = numberDigits(needle);
    if (digits.isEmpty())
        return false;
    return std::any_of(send.msisdns.cbegin(), send.msisdns.cend(),
                       [&digits](const QString &msisdn) { return msisdn.contains(digits); });
}

} // namespace history
