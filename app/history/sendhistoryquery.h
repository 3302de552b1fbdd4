#pragma once

#include "history/historytypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace history {

class HistoryStore;

// One past send as the history window and `accessy-invite history` show it.
struct SendSummary
{
    JobRecord job;
    int numbers = 0;     // every number of the send
    QList<int> counts;   // per outcome, in the order of SendHistoryQuery::outcomes()
    QStringList msisdns; // the send's numbers, for the search

    int count(NumberState state) const;
};

// The one reading of past sends for the window and the command line, so both print the same
// data: the jobs, how many numbers ended in each outcome, and each number's current status.
// Reads only; two queries for the whole history, whatever its size.
class SendHistoryQuery final
{
public:
    explicit SendHistoryQuery(const HistoryStore &store);

    // The outcomes counted, in the order the window's columns and the command's CSV show them.
    static const QList<NumberState> &outcomes();

    // Sends started at or after `since` (invalid: every send), oldest first.
    QList<SendSummary> sends(const QDateTime &since = {}) const;
    // The send's numbers, in order, with their invitation's status as last learnt.
    QList<JobNumberStatus> numbers(qint64 jobId) const;

    // True when `search` (case-insensitive) is found in the send's organization, file name,
    // message, sender or access groups; or, when it reads as a number, in one of its numbers
    // as typed in any form: "070-123 45", "70123 45" and "+4670123" all find +467012345….
    static bool matches(const SendSummary &send, const QString &search);

private:
    const HistoryStore &m_store;
};

} // namespace history
