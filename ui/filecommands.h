#pragma once

#include "phones/verdict.h"

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace models {
class InvitationTableModel;
}

namespace ui {

class InvitePanel;
class ResultsPanel;

// The window's file commands: import a phone list (a file, a recent one, a dropped one or
// pasted cells) through the import preview, export the invitations, copy rows for a
// spreadsheet. The dialogs are shown here; what is remembered and written lives in app/.
class FileCommands final : public QObject
{
    Q_OBJECT
public:
    FileCommands(QWidget *window, models::InvitationTableModel *results, InvitePanel *invite,
                 ResultsPanel *resultsPanel);

    void setDefaultRegion(const QString &region) { m_region = region; }
    // Fills File > Import recent from the remembered files.
    void setRecentMenu(QMenu *menu);

    void importFile();
    // A file when `path` is set, otherwise the pasted spreadsheet cells.
    void openImportPreview(const QString &path, const QString &pastedText = {});
    void exportRows();
    void copyRowsForSpreadsheet();

Q_SIGNALS:
    // For the status bar.
    void message(const QString &text, int timeoutMs);

private:
    void updateRecentMenu();
    // Numbers are listed already: replace them, add the imported ones after them, or cancel.
    void askReplaceOrAdd(const QList<phones::PhoneEntry> &entries);
    void useImported(const QList<phones::PhoneEntry> &entries, bool add);

    QWidget *m_window;
    models::InvitationTableModel *m_results;
    InvitePanel *m_invite;
    ResultsPanel *m_resultsPanel;
    QMenu *m_recentMenu = nullptr;
    QString m_region = QStringLiteral("SE");
};

} // namespace ui
