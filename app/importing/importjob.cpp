#include "importing/importjob.h"

#include <QThreadPool>
#include <QtConcurrent>

namespace importing {

namespace {
// Not Qt's global pool: the window's painting borrows its threads (see PhoneListChecker).
Q_GLOBAL_STATIC(QThreadPool, importPool)
} // namespace

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this, [this] {
        const quint64 generation = m_watcher.property("generation").toULongLong();
        if (generation != m_generation || m_watcher.isCanceled())
            return; // superseded or cancelled
        Q_EMIT finished(m_watcher.result());
    });
}

ImportJob::~ImportJob()
{
    // The worker only touches its own copies; wait so it never outlives the job.
    m_watcher.waitForFinished();
}

ImportOptions ImportJob::options() const
{
    ImportOptions options;
    options.region = m_region;
    options.limits = m_limits;
    return options;
}

void ImportJob::run(std::function<ImportResult()> work)
{
    ++m_generation;
    QFuture<ImportResult> future = QtConcurrent::run(importPool(), std::move(work));
    m_watcher.setProperty("generation", QVariant::fromValue(m_generation));
    m_watcher.setFuture(future);
}

void ImportJob::readFile(const QString &path, const QString &sheet)
{
    ImportOptions options = this->options();
    options.sheet = sheet;
    run([=] { return importList(ImportSource::file(path), options); });
}

void ImportJob::readClipboard(const QString &text)
{
    const ImportOptions options = this->options();
    run([=] { return importList(ImportSource::pastedText(text), options); });
}

void ImportJob::rechoose(const ImportResult &previous, const ColumnChoice &columns)
{
    ImportOptions options = this->options();
    options.columns = columns;
    run([=] { return checkRows(previous, options); });
}

void ImportJob::cancel()
{
    ++m_generation; // whatever is running now is never delivered
}

} // namespace importing
