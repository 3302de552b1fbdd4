#include "accessy/accessgroupwalker.h"

#include "accessy/accessysession.h"
#include "accessy/logging.h"

#include <QSet>

namespace accessy {

AccessGroupWalker::AccessGroupWalker(AccessySession *session, QObject *parent)
    : PageWalker("access groups",
                 QT_TRANSLATE_N_NOOP("accessy::AccessGroupWalker",
                                     "the list of access groups kept changing while it was read "
                                     "(%n attempt(s)); try again later"),
                 parent)
    , m_session(session)
{
}

void AccessGroupWalker::readFromStart()
{
    m_groups.clear();
    fetch(0);
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
    if (!isCurrent(generation))
        return;
    if (!page.ok())
        return fail(page.error());
    ++m_pagesRead;
    const AccessGroupPage &p = page.value();
    const QString operation = tr("read the access groups");
    if (listChanged(p.totalItems, operation))
        return; // groups were added or removed while we read
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
    end();
    Q_EMIT finished(unique);
}

} // namespace accessy
