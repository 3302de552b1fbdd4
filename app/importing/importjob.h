#pragma once

#include "importing/phonelistimporter.h"

#include <QFutureWatcher>
#include <QObject>

namespace importing {

// Runs the import pipeline (importList, checkRows) off the UI thread, so the window stays
// responsive for any file size. Cancel abandons the work in progress: its result is never
// delivered.
class ImportJob final : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    void setDefaultRegion(const QString &region) { m_region = region; }
    void setLimits(const ReadLimits &limits) { m_limits = limits; }

    // Reads the file, detects its columns and checks every row.
    void readFile(const QString &path, const QString &sheet = {});
    // The same for text pasted from a spreadsheet.
    void readClipboard(const QString &text);
    // Checks the rows of an earlier result again with other columns.
    void rechoose(const ImportResult &previous, const ColumnChoice &columns);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void finished(const importing::ImportResult &result);

private:
    void run(std::function<ImportResult()> work);
    ImportOptions options() const;

    QFutureWatcher<ImportResult> m_watcher;
    quint64 m_generation = 0;
    QString m_region = QStringLiteral("SE");
    ReadLimits m_limits;
};

} // namespace importing
