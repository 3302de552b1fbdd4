#pragma once

#include "accessy/accessgroup.h"
#include "accessy/pagewalker.h"

namespace accessy {

class AccessySession;

// Reads every access group of the organization, page by page (page size 250), one page after
// the other. An empty page before totalItems are read is an error; a changed total starts the
// walk over (PageWalker).
class AccessGroupWalker final : public PageWalker
{
    Q_OBJECT
public:
    explicit AccessGroupWalker(AccessySession *session, QObject *parent = nullptr);

    void setPageSize(int pageSize) { m_pageSize = pageSize; }

Q_SIGNALS:
    void finished(const QList<accessy::AccessGroup> &groups);

private:
    void readFromStart() override;
    void fetch(int pageNumber);
    void onPage(quint64 generation, int pageNumber, const Result<AccessGroupPage> &page);

    AccessySession *m_session;
    int m_pageSize = kAccessGroupPageSize;
    QList<AccessGroup> m_groups;
};

} // namespace accessy
