#pragma once

#include "accessy/member.h"
#include "accessy/pagewalker.h"

#include <QHash>
#include <QMap>

namespace accessy {

class MemberApi;

// Reads the organization's member list, page by page (250 a page, up to four pages in flight
// once the first page told the total). Rules of API.md §5/§6: an empty page before totalItems
// are read is an error; a totalItems that changes mid-walk means start again (PageWalker, at
// most kMaxRestarts times); a 401 gets a new token (MemberApi); a 429 waits (Retry-After, else a
// jittered back-off) and asks for the same page again. Items that are API credentials
// (application) or have no number (a reset account) are left out of the result.
class MemberWalker final : public PageWalker
{
    Q_OBJECT
public:
    explicit MemberWalker(MemberApi *api, QObject *parent = nullptr);

    static constexpr int kMaxInFlight = 4;
    static constexpr int kMaxRateLimited = 8; // 429s per walk
    static constexpr int kMaxRetryAfterMs = 120000;

    void setPageSize(int pageSize) { m_requestedPageSize = qMax(1, pageSize); }
    int rateLimitedWaits() const { return m_rateLimited; }
    int maxPagesInFlightSeen() const { return m_maxInFlightSeen; }
    int skippedApplications() const { return m_skippedApplications; }
    int skippedWithoutNumber() const { return m_skippedWithoutNumber; }

Q_SIGNALS:
    // The persons (application items and items without a number left out), each user once.
    void finished(const QList<accessy::Member> &members);

private:
    void beginWalk() override;
    void readFromStart() override;
    void fetch(int pageNumber);
    void onPage(quint64 generation, int pageNumber, const Result<MemberPage> &page);
    void pump();
    void finish();
    int pageCount() const;

    MemberApi *m_api;
    int m_requestedPageSize = kMemberPageSize;
    int m_pageSize = kMemberPageSize; // as the server answered it (it may cap it)
    QMap<int, QList<Member>> m_pages;
    qint64 m_read = 0;
    int m_nextPage = 0;
    int m_inFlight = 0;
    int m_rateLimited = 0;
    int m_maxInFlightSeen = 0;
    int m_skippedApplications = 0;
    int m_skippedWithoutNumber = 0;
};

} // namespace accessy
