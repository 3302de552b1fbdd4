#include "accessy/memberwalker.h"

#include "accessy/logging.h"
#include "accessy/memberapi.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <cmath>

namespace accessy {

MemberWalker::MemberWalker(MemberApi *api, QObject *parent)
    : PageWalker("member list",
                 QT_TRANSLATE_N_NOOP("accessy::MemberWalker",
                                     "the member list kept changing while it was read "
                                     "(%n attempt(s)); try again later"),
                 parent)
    , m_api(api)
{
}

void MemberWalker::beginWalk()
{
    m_rateLimited = 0;
    m_maxInFlightSeen = 0;
}

void MemberWalker::readFromStart()
{
    m_pages.clear();
    m_read = 0;
    m_pageSize = m_requestedPageSize;
    m_nextPage = 1;
    m_inFlight = 0;
    // The first page alone: it tells the total, and so how many pages may go at once.
    fetch(0);
}

int MemberWalker::pageCount() const
{
    return int((m_total + m_pageSize - 1) / m_pageSize);
}

void MemberWalker::fetch(int pageNumber)
{
    ++m_inFlight;
    m_maxInFlightSeen = qMax(m_maxInFlightSeen, m_inFlight);
    const quint64 generation = m_generation;
    m_api->fetchMemberPage(pageNumber, m_pageSize, this,
                           [this, generation, pageNumber](const Result<MemberPage> &page) {
                               onPage(generation, pageNumber, page);
                           });
}

void MemberWalker::pump()
{
    while (m_inFlight < kMaxInFlight && m_nextPage < pageCount())
        fetch(m_nextPage++);
}

void MemberWalker::onPage(quint64 generation, int pageNumber, const Result<MemberPage> &page)
{
    if (!isCurrent(generation))
        return;
    --m_inFlight;
    const QString operation = tr("read the member list");
    if (!page.ok()) {
        const ApiError &e = page.error();
        if (e.kind == ApiError::Kind::Http && e.httpStatus == 429 &&
            ++m_rateLimited <= kMaxRateLimited) {
            // Honour Retry-After; without one, 0.3 s × 1.5 per try with jitter (API.md §7).
            const int base = int(300 * std::pow(1.5, m_rateLimited - 1));
            const int delay =
                e.retryAfterSeconds >= 0
                    ? qMin(e.retryAfterSeconds * 1000, kMaxRetryAfterMs)
                    : base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1));
            qCInfo(lcApi) << "member page" << pageNumber << "rate limited; again in" << delay
                          << "ms";
            ++m_inFlight; // still this walk's page
            QTimer::singleShot(delay, this, [this, generation, pageNumber] {
                if (!isCurrent(generation))
                    return;
                --m_inFlight;
                fetch(pageNumber);
            });
            return;
        }
        return fail(e);
    }
    ++m_pagesRead;
    const MemberPage &p = page.value();
    if (listChanged(p.totalItems, operation))
        return; // members joined or left while we read
    if (m_total < 0) {
        m_total = p.totalItems;
        // A server that caps the page size says so: count the pages with its size.
        if (p.pageSize > 0 && p.pageSize < m_pageSize)
            m_pageSize = p.pageSize;
    }
    if (p.items.isEmpty() && pageNumber < pageCount())
        return fail(ApiError::badAnswer(
            operation, tr("page %1 of the member list was empty although the server announced "
                          "%2 members")
                           .arg(pageNumber)
                           .arg(m_total)));
    m_read += p.items.size();
    m_pages.insert(pageNumber, p.items);
    Q_EMIT progress(int(qMin(m_read, m_total)), m_total);
    pump();
    if (m_inFlight == 0 && m_nextPage >= pageCount())
        finish();
}

void MemberWalker::finish()
{
    if (m_read < m_total)
        return fail(
            ApiError::badAnswer(tr("read the member list"),
                                tr("the server announced %1 members but its pages held only %2")
                                    .arg(m_total)
                                    .arg(m_read)));
    QList<Member> members;
    members.reserve(m_read);
    QSet<QString> seen; // a member moved across a page boundary would appear twice
    m_skippedApplications = m_skippedWithoutNumber = 0;
    for (const QList<Member> &items : std::as_const(m_pages)) {
        for (const Member &m : items) {
            if (seen.contains(m.userId))
                continue;
            seen.insert(m.userId);
            if (m.application)
                ++m_skippedApplications;
            else if (m.msisdn.isEmpty())
                ++m_skippedWithoutNumber;
            else
                members << m;
        }
    }
    end();
    m_pages.clear();
    Q_EMIT finished(members);
}

} // namespace accessy
