#include "resultsview.h"

#include "models/invitationtablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

namespace ui {

ResultsView::ResultsView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setSortingEnabled(false);
    setWordWrap(false);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->setVisible(false);
    setTabKeyNavigation(false); // Tab leaves the table instead of walking its cells forever
    setAccessibleName(tr("Invitations"));
    setAccessibleDescription(
        tr("One row per number: its invitation ID and status. Ctrl+C copies the selected IDs."));
}

QStringList ResultsView::selectedInvitationIds() const
{
    if (!selectionModel())
        return {};
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &index : rows) {
        const QString id = index.data(models::InvitationTableModel::InvitationIdRole).toString();
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

void ResultsView::copyIds(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    Q_EMIT copied(int(ids.size()));
}

void ResultsView::copySelectedIds()
{
    const QStringList ids = selectedInvitationIds();
    if (ids.isEmpty() && (!selectionModel() || !selectionModel()->hasSelection()))
        Q_EMIT copyWithoutSelection();
    else
        copyIds(ids);
}

void ResultsView::copyAllIds()
{
    QStringList ids;
    for (int row = 0; model() && row < model()->rowCount(); ++row) {
        const QString id =
            model()->index(row, 0).data(models::InvitationTableModel::InvitationIdRole).toString();
        if (!id.isEmpty())
            ids << id;
    }
    copyIds(ids);
}

void ResultsView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelectedIds();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void ResultsView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyOne =
        menu.addAction(tr("Copy invitation ID"), this, &ResultsView::copySelectedIds);
    copyOne->setShortcut(QKeySequence::Copy);
    copyOne->setEnabled(!selectedInvitationIds().isEmpty());
    QAction *copyAll =
        menu.addAction(tr("Copy all invitation IDs"), this, &ResultsView::copyAllIds);
    copyAll->setEnabled(model() && model()->rowCount() > 0);
    if (!m_contextActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_contextActions);
    }
    menu.exec(event->globalPos());
}

} // namespace ui
