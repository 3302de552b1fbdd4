#include "filecommands.h"

#include "exportpathdialog.h"
#include "importpreviewdialog.h"
#include "invitepanel.h"
#include "namedbutton.h"
#include "resultspanel.h"
#include "undonotice.h"

#include "core/recentfiles.h"
#include "export/exportfile.h"
#include "export/exporttable.h"
#include "models/invitationtablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace ui {

FileCommands::FileCommands(QWidget *window, models::InvitationTableModel *results,
                           InvitePanel *invite, ResultsPanel *resultsPanel)
    : QObject(window)
    , m_window(window)
    , m_results(results)
    , m_invite(invite)
    , m_resultsPanel(resultsPanel)
{
    connect(invite, &InvitePanel::importCleared, this, [this](int count) {
        auto *mainWindow = qobject_cast<QMainWindow *>(m_window);
        showUndoNotice(mainWindow ? mainWindow->statusBar() : nullptr,
                       tr("Imported list of %n number(s) cleared. Undo, or press Ctrl+Z in the "
                          "empty numbers field.",
                          nullptr, count),
                       [this] { m_invite->undoClearImport(); });
    });
}

void FileCommands::askReplaceOrAdd(const QList<phones::PhoneEntry> &entries)
{
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Numbers already listed"),
        tr("The list already holds %n number(s). Replace them with the imported ones, or add "
           "the imported ones after them?",
           nullptr, m_invite->checkedModel()->rowCount()),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("importReplaceOrAdd"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *replace = addNamedButton(box, tr("&Replace"), QMessageBox::DestructiveRole,
                                          QStringLiteral("replace"));
    QPushButton *add =
        addNamedButton(box, tr("&Add"), QMessageBox::AcceptRole, QStringLiteral("add"));
    box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    box->setDefaultButton(add);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, entries, replace, add](QAbstractButton *b) {
                if (b == replace || b == add)
                    useImported(entries, b == add);
                else
                    Q_EMIT message(tr("Nothing was imported."), 4000);
            });
    box->open();
}

void FileCommands::useImported(const QList<phones::PhoneEntry> &entries, bool add)
{
    if (add)
        m_invite->addImportedEntries(entries);
    else
        m_invite->setImportedEntries(entries);
    Q_EMIT message(tr("%n number(s) imported.", nullptr, int(entries.size())), 6000);
}

void FileCommands::setRecentMenu(QMenu *menu)
{
    m_recentMenu = menu;
    updateRecentMenu();
}

void FileCommands::importFile()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import phone list"), core::RecentFiles::importFolder(),
        tr("Phone lists (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)"));
    if (!path.isEmpty())
        openImportPreview(path);
}

void FileCommands::openImportPreview(const QString &path, const QString &pastedText)
{
    auto *dialog = new ImportPreviewDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDefaultRegion(m_region);
    connect(dialog, &ImportPreviewDialog::readFailed, this, [this](const QString &text) {
        QMessageBox::warning(m_window, tr("Could not import"), text);
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        const QList<phones::PhoneEntry> entries = dialog->acceptedEntries();
        if (!path.isEmpty()) {
            core::RecentFiles::rememberImport(path);
            updateRecentMenu();
        }
        if (m_invite->hasNumbers())
            askReplaceOrAdd(entries); // never drop what was typed without asking
        else
            useImported(entries, false);
    });
    if (path.isEmpty())
        dialog->readClipboard(pastedText);
    else
        dialog->readFile(path);
    dialog->open();
}

void FileCommands::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = core::RecentFiles::importedFiles();
    for (const QString &path : recent) {
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this, [this, path] { openImportPreview(path); })
            ->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void FileCommands::exportRows()
{
    QList<int> rows = m_resultsPanel->selectedSourceRows();
    if (rows.size() < 2) // one selected row is a cursor, not a choice
        rows = m_resultsPanel->visibleSourceRows();
    if (rows.isEmpty()) {
        Q_EMIT message(tr("Nothing to export yet."), 4000);
        return;
    }
    QList<models::InvitationRow> chosen;
    for (int r : rows)
        chosen << m_results->row(r);
    const QString name = tr("invitations-%1.xlsx").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = askExportPath(m_window, tr("Export invitations"), name);
    if (path.isEmpty())
        return;
    if (const auto error = exporting::exportInvitations(chosen, path)) {
        QMessageBox::warning(m_window, tr("Not exported"), *error);
        return;
    }
    Q_EMIT message(tr("%n invitation(s) exported to %1.", nullptr, int(chosen.size())).arg(path),
                   8000);
}

void FileCommands::copyRowsForSpreadsheet()
{
    const QList<int> rows = m_resultsPanel->selectedSourceRows();
    if (rows.isEmpty())
        return;
    QList<models::InvitationRow> chosen;
    for (int r : rows)
        chosen << m_results->row(r);
    QApplication::clipboard()->setText(exporting::invitationsForSpreadsheet(chosen));
    Q_EMIT message(tr("Copied %n row(s).", nullptr, int(rows.size())), 4000);
}

} // namespace ui
