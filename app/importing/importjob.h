#pragma once

#include "importing/importresult.h"

#include <QFutureWatcher>
#include <QObject>

namespace importing {

// Reads and checks a list off the UI thread, so the window stays responsive for any file
// size. Cancel abandons the work in progress: its result is never delivered.
class ImportJob final : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    void setDefaultRegion(const QString &region) { m_region = region; }
    void setLimits(const phones::ReadLimits &limits) { m_limits = limits; }

    // Reads the file, detects its columns and checks every row.
    void readFile(const QString &path, const QString &sheet = {});
    // The same for text pasted from a spreadsheet.
    void readClipboard(const QString &text);
    // Checks the rows of an earlier result again with other columns.
    void rechoose(const ImportResult &previous, const phones::ColumnChoice &columns);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

    // The whole pipeline on the calling thread (readFile runs it on a worker; tests call it).
    static ImportResult runFile(const QString &path, const QString &sheet, const QString &region,
                                const phones::ReadLimits &limits);
    static ImportResult checkTable(ImportResult result, const QString &region,
                                   std::optional<phones::ColumnChoice> columns = std::nullopt);

Q_SIGNALS:
    void finished(const importing::ImportResult &result);

private:
    void run(std::function<ImportResult()> work);

    QFutureWatcher<ImportResult> m_watcher;
    quint64 m_generation = 0;
    QString m_region = QStringLiteral("SE");
    phones::ReadLimits m_limits;
};

} // namespace importing
