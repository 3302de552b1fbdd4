#pragma once

#include "accessy/accessgroup.h"

#include <QObject>

namespace accessy {

class AccessySession;

// Reads every access group of the organization, page by page (page size 250). An empty page
// before totalItems are read is an error; a totalItems that changes mid-walk means the list
// changed under us: start again, at most kMaxRestarts times.
class AccessGroupWalker final : public QObject
{
    Q_OBJECT
public:
    explicit AccessGroupWalker(AccessySession *session, QObject *parent = nullptr);

    static constexpr int kMaxRestarts = 3;

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    // Starts (or starts over); an earlier walk's late answers are ignored.
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int restarts() const { return m_restarts; }
    int pagesRead() const { return m_pagesRead; }

Q_SIGNALS:
    void progress(int read, qint64 total);
    void finished(const QList<accessy::AccessGroup> &groups);
    void failed(const accessy::ApiError &error);

private:
    void fetch(int pageNumber);
    void onPage(quint64 generation, int pageNumber, const Result<AccessGroupPage> &page);
    void restart();
    void fail(const ApiError &error);

    AccessySession *m_session;
    int m_pageSize = kAccessGroupPageSize;
    QList<AccessGroup> m_groups;
    qint64 m_total = -1;
    int m_restarts = 0;
    int m_pagesRead = 0;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace accessy
