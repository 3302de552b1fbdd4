#include "lastsendcommands.h"

#include "invitepanel.h"
#include "resultspanel.h"
#include "resultsview.h"
#include "sendflow.h"

#include "models/invitationfiltermodel.h"
#include "models/invitationtablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QItemSelection>
#include <QItemSelectionModel>

namespace ui {

using models::InvitationTableModel;

LastSendCommands::LastSendCommands(SendFlow *flow, InvitePanel *invite, ResultsPanel *results,
                                   QObject *parent)
    : QObject(parent)
    , m_flow(flow)
    , m_invite(invite)
    , m_results(results)
{
    connect(flow, &SendFlow::sendEnded, this, &LastSendCommands::onSendEnded);
    connect(results->view(), &ResultsView::copyWithoutSelection, this,
            &LastSendCommands::copyLastSend);
}

void LastSendCommands::onSendEnded(const QStringList &createdIds, int notDone)
{
    if (notDone == 0)
        m_invite->clearNumbers(); // all sent: the list is done (the rows keep the numbers)
    if (createdIds.isEmpty())
        return;
    selectRows(createdIds);
    QWidget *focus = QApplication::focusWidget();
    if (!focus || focus == m_invite || m_invite->isAncestorOf(focus))
        m_results->view()->setFocus(Qt::OtherFocusReason);
}

void LastSendCommands::selectRows(const QStringList &ids)
{
    ResultsView *view = m_results->view();
    InvitationTableModel *model =
        qobject_cast<InvitationTableModel *>(m_results->filterModel()->sourceModel());
    if (!model || !view->selectionModel())
        return;
    QItemSelection selection;
    QModelIndex first;
    for (const QString &id : ids) {
        const int row = model->rowForInvitationId(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_results->filterModel()->mapFromSource(model->index(row, 0));
        if (!index.isValid())
            continue; // hidden by the search or the status filter
        selection.select(index, index);
        if (!first.isValid() || index.row() < first.row())
            first = index;
    }
    view->selectionModel()->select(selection,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        view->scrollTo(first);
    }
}

void LastSendCommands::copyLastSend()
{
    const QStringList ids = m_flow->lastSentIds();
    if (ids.isEmpty()) {
        Q_EMIT message(tr("Nothing to copy: select rows first."), 4000);
        return;
    }
    QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    Q_EMIT message(tr("No row was selected: copied the %n invitation ID(s) of the last send.",
                      nullptr, int(ids.size())),
                   6000);
}

void LastSendCommands::inviteSelectedAgain()
{
    QStringList numbers;
    ResultsView *view = m_results->view();
    for (const QModelIndex &index : view->selectionModel()->selectedRows()) {
        const QString number =
            index.siblingAtColumn(InvitationTableModel::NumberColumn).data().toString();
        if (!number.isEmpty() && !numbers.contains(number))
            numbers << number;
    }
    if (numbers.isEmpty())
        return;
    m_invite->replaceNumbers(numbers); // exactly these: the confirmation counts no others
    m_invite->focusNumbers();
    Q_EMIT message(tr("The list to invite now holds the %n selected number(s). Press Send when "
                      "ready.",
                      nullptr, int(numbers.size())),
                   6000);
}

} // namespace ui
