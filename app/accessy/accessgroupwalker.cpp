#include "accessy/accessgroupwalker.h"

#include "accessy/accessysession.h"
#include "accessy/logging.h"

#include <QSet>

namespace accessy {

AccessGroupWalker::AccessGroupWalker(AccessySession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void AccessGroupWalker::start()
{
    ++m_generation;
    m_groups.clear();
    m_total = -1;
    m_restarts = 0;
    m_pagesRead = 0;
    m_running = true;
    fetch(0);
}

void AccessGroupWalker::cancel()
{
    ++m_generation;
    m_running = false;
}

void AccessGroupWalker::restart()
{
    ++m_generation;
    ++m_restarts;
    m_groups.clear();
    m_total = -1;
    fetch(0);
}

void AccessGroupWalker::fail(const ApiError &error)
{
    ++m_generation;
    m_running = false;
    qCInfo(lcApi) << "access groups not read:" << error.detail;
    Q_EMIT failed(error);
}

void AccessGroupWalker::fetch(int pageNumber)
{
    const quint64 generation = m_generation;
    m_session->fetchAccessGroupPage(
        pageNumber, m_pageSize, this,
        [this, generation, pageNumber](const auto &page) { onPage(generation, pageNumber, page); });
}

void AccessGroupWalker::onPage(quint64 generation, int pageNumber,
                               const Result<AccessGroupPage> &page)
{
    if (generation != m_generation || !m_running)
        return;
    if (!page.ok())
        return fail(page.error());
    ++m_pagesRead;
    const AccessGroupPage &p = page.value();
    const QString operation = tr("read the access groups");
    if (m_total >= 0 && p.totalItems != m_total) {
        // Groups were added or removed while we read: the pages shifted, start again.
        if (m_restarts >= kMaxRestarts)
            return fail(ApiError::badAnswer(
                operation, tr("the list of access groups kept changing while it was read "
                              "(%n attempt(s)); try again later",
                              nullptr, m_restarts + 1)));
        qCInfo(lcApi) << "access group total changed from" << m_total << "to" << p.totalItems
                      << "- starting over";
        return restart();
    }
    m_total = p.totalItems;
    if (p.items.isEmpty() && m_groups.size() < m_total)
        return fail(ApiError::badAnswer(
            operation, tr("page %1 was empty although the server announced %2 groups and only %3 "
                          "were read")
                           .arg(pageNumber)
                           .arg(m_total)
                           .arg(m_groups.size())));
    m_groups += p.items;
    Q_EMIT progress(int(m_groups.size()), m_total);
    if (m_groups.size() < m_total)
        return fetch(pageNumber + 1);

    // A group moved across a page boundary between two reads would appear twice.
    QList<AccessGroup> unique;
    QSet<QString> seen;
    for (const AccessGroup &g : std::as_const(m_groups)) {
        if (!seen.contains(g.id)) {
            seen.insert(g.id);
            unique << g;
        }
    }
    m_running = false;
    ++m_generation;
    Q_EMIT finished(unique);
}

} // namespace accessy
