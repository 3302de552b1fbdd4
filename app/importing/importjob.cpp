#include "importing/importjob.h"

#include "phones/phonelistchecker.h"
#include "phones/phonelistreader.h"
#include "phones/phonenormalizer.h"
#include "phones/tableentries.h"
#include "phones/xlsxreader.h"

#include <QCoreApplication>
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

ImportResult ImportJob::checkTable(ImportResult result, const QString &region,
                                   std::optional<phones::ColumnChoice> columns)
{
    const phones::PhoneListChecker checker(region);
    result.columns = columns ? *columns : phones::detectColumns(result.table, checker.normalizer());
    if (result.columns.phoneColumn < 0) {
        result.entries.clear();
        result.error = phones::ReadError{
            result.file,
            QCoreApplication::translate("ImportJob",
                                        "No column of %1 looks like phone numbers. Check that "
                                        "the list holds a column of numbers.")
                .arg(result.file.isEmpty() ? QCoreApplication::translate("ImportJob", "the list")
                                           : QFileInfo(result.file).fileName())};
        return result;
    }
    result.error.reset();
    result.entries = checker.checkEntries(phones::entriesFromTable(result.table, result.columns));
    return result;
}

ImportResult ImportJob::runFile(const QString &path, const QString &sheet, const QString &region,
                                const phones::ReadLimits &limits)
{
    ImportResult result;
    result.file = path;
    phones::TableResult read = phones::readPhoneListFile(path, sheet, limits);
    if (!read.ok()) {
        result.error = read.error;
        return result;
    }
    result.table = std::move(read.table);
    result.sheet = sheet;
    if (result.table.format == QLatin1String("xlsx")) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            std::optional<phones::ReadError> ignored; // the sheet was read: names will come
            result.sheets = phones::XlsxReader(limits).sheetNames(file.readAll(), path, &ignored);
        }
    }
    return checkTable(std::move(result), region);
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
    const QString region = m_region;
    const phones::ReadLimits limits = m_limits;
    run([=] { return runFile(path, sheet, region, limits); });
}

void ImportJob::readClipboard(const QString &text)
{
    const QString region = m_region;
    const phones::ReadLimits limits = m_limits;
    run([=] {
        ImportResult result;
        phones::TableResult read = phones::readClipboardText(text, limits);
        if (!read.ok()) {
            result.error = read.error;
            return result;
        }
        result.table = std::move(read.table);
        return checkTable(std::move(result), region);
    });
}

void ImportJob::rechoose(const ImportResult &previous, const phones::ColumnChoice &columns)
{
    const QString region = m_region;
    run([=] { return checkTable(previous, region, columns); });
}

void ImportJob::cancel()
{
    ++m_generation; // whatever is running now is never delivered
}

} // namespace importing
