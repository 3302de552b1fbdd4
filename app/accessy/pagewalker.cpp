#include "accessy/pagewalker.h"

#include "accessy/logging.h"

#include <QCoreApplication>

namespace accessy {

PageWalker::PageWalker(const char *list, const char *keptChanging, QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_keptChanging(keptChanging)
{
}

void PageWalker::start()
{
    beginWalk();
    m_pagesRead = 0;
    m_running = true;
    startOver();
    m_restarts = 0; // the first read is no restart
}

void PageWalker::cancel()
{
    end();
}

void PageWalker::end()
{
    ++m_generation;
    m_running = false;
}

void PageWalker::startOver()
{
    ++m_generation;
    ++m_restarts;
    m_total = -1;
    readFromStart();
}

bool PageWalker::listChanged(qint64 total, const QString &operation)
{
    if (m_total < 0 || total == m_total)
        return false;
    if (m_restarts >= kMaxRestarts) {
        fail(ApiError::badAnswer(operation, QCoreApplication::translate(metaObject()->className(),
                                                                        m_keptChanging, nullptr,
                                                                        m_restarts + 1)));
        return true;
    }
    qCInfo(lcApi) << m_list << "total changed from" << m_total << "to" << total
                  << "- starting over";
    startOver();
    return true;
}

void PageWalker::fail(const ApiError &error)
{
    end();
    qCInfo(lcApi) << m_list << "not read:" << error.detail << error.httpStatus;
    Q_EMIT failed(error);
}

} // namespace accessy
