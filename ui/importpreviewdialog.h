#pragma once

#include "importing/importjob.h"
#include "models/phoneentrymodel.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ui {

// Shows an imported list before anything is used: every row with its original text, name,
// international number, verdict and note; the columns can be chosen again; problems can be
// copied or saved for fixing; one button takes the valid rows. Reading runs off the UI thread.
class ImportPreviewDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportPreviewDialog(QWidget *parent = nullptr);

    void setDefaultRegion(const QString &region) { m_job.setDefaultRegion(region); }
    void readFile(const QString &path);
    void readClipboard(const QString &text);

    const importing::ImportResult &importResult() const { return m_result; }
    // The rows the admin takes: valid and repaired numbers, in list order.
    QList<phones::PhoneEntry> acceptedEntries() const;

    models::PhoneEntryModel *entriesModel() { return &m_entries; }

Q_SIGNALS:
    // The file could not be read at all; the dialog closes itself.
    void readFailed(const QString &message);

private:
    void setBusy(bool busy, const QString &what = {});
    void showResult(const importing::ImportResult &result);
    void fillColumnChoosers();
    void rechoose();
    void copyProblems();
    void saveProblems();

    importing::ImportJob m_job;
    importing::ImportResult m_result;
    models::PhoneEntryModel m_entries;
    QSortFilterProxyModel *m_problemsOnly;
    bool m_filling = false;

    QFormLayout *m_choices = nullptr;
    QLabel *m_source;
    QComboBox *m_sheet;
    QComboBox *m_phoneColumn;
    QComboBox *m_nameColumn;
    QCheckBox *m_hasHeader;
    QLabel *m_counts;
    QCheckBox *m_showProblems;
    QTableView *m_view;
    QProgressBar *m_busy;
    QLabel *m_busyText;
    QPushButton *m_copyProblems;
    QPushButton *m_saveProblems;
    QPushButton *m_import;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
