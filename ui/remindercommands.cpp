#include "remindercommands.h"

#include "accessgroupspicker.h"
#include "invitepanel.h"
#include "namedbutton.h"
#include "resultspanel.h"
#include "resultsview.h"

#include "core/application.h"
#include "history/historystore.h"
#include "invitations/invitationstatus.h"
#include "models/invitationfiltermodel.h"
#include "models/invitationtablemodel.h"
#include "sending/reminders.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QItemSelection>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace ui {

namespace {
const QString kDaysKey = QStringLiteral("reminders/pendingDays");
}

ReminderCommands::ReminderCommands(core::Application *app, InvitePanel *invite,
                                   ResultsPanel *results, QWidget *window)
    : QObject(window)
    , m_app(app)
    , m_invite(invite)
    , m_results(results)
    , m_window(window)
    , m_selectPending(new QAction(this))
    , m_remind(new QAction(tr("Re&mind selected…"), this))
{
    m_selectPending->setObjectName(QStringLiteral("selectPendingLonger"));
    m_selectPending->setToolTip(
        tr("Select the invitations that have waited this long without an answer"));
    connect(m_selectPending, &QAction::triggered, this, &ReminderCommands::askAndSelectPending);
    m_remind->setObjectName(QStringLiteral("remindSelected"));
    m_remind->setToolTip(tr("Send the selected pending invitations a reminder: a second SMS"));
    connect(m_remind, &QAction::triggered, this, &ReminderCommands::remindSelected);
    updateSelectText();
}

int ReminderCommands::pendingDays()
{
    return qBound(0, QSettings().value(kDaysKey, kDefaultPendingDays).toInt(), 365);
}

void ReminderCommands::setPendingDays(int days)
{
    QSettings().setValue(kDaysKey, qBound(0, days, 365));
}

void ReminderCommands::updateSelectText()
{
    m_selectPending->setText(tr("&Pending longer than %n day(s)…", nullptr, pendingDays()));
}

int ReminderCommands::selectPendingLongerThan(int days)
{
    ResultsView *view = m_results->view();
    models::InvitationFilterModel *filter = m_results->filterModel();
    auto *table = qobject_cast<models::InvitationTableModel *>(filter->sourceModel());
    if (!table || !view->selectionModel())
        return 0;
    const QDateTime cutoff = sending::reminders::cutoff(days);
    QItemSelection selection;
    QModelIndex first;
    for (int r = 0; r < filter->rowCount(); ++r) {
        const invitations::InvitationRow &row =
            table->row(filter->mapToSource(filter->index(r, 0)).row());
        if (!sending::reminders::isDue(row.status, row.createdAt, cutoff))
            continue;
        const QModelIndex index = view->model()->index(r, 0);
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    view->selectionModel()->select(selection,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const int count = int(view->selectionModel()->selectedRows().size());
    if (first.isValid()) {
        view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        view->scrollTo(first);
        view->setFocus(Qt::OtherFocusReason);
        Q_EMIT message(tr("Selected %n invitation(s) pending longer than %1 day(s). Edit › "
                          "Remind selected sends them a reminder.",
                          nullptr, count)
                           .arg(days),
                       8000);
    } else {
        Q_EMIT message(
            tr("No invitation shown has been pending longer than %n day(s).", nullptr, days), 6000);
    }
    return count;
}

void ReminderCommands::askAndSelectPending()
{
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("pendingDaysDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Pending longer than"));
    auto *form = new QFormLayout(dialog);
    auto *days = new QSpinBox(dialog);
    days->setObjectName(QStringLiteral("pendingDays"));
    days->setRange(0, 365);
    days->setValue(pendingDays());
    days->setAccessibleName(tr("Days pending"));
    auto *label = new QLabel(tr("Select invitations pending longer than this many &days:"), dialog);
    label->setBuddy(days);
    form->addRow(label, days);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *select = buttons->addButton(tr("&Select"), QDialogButtonBox::AcceptRole);
    select->setObjectName(QStringLiteral("selectPending"));
    select->setDefault(true);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, days] {
        setPendingDays(days->value()); // remembered with the app's settings
        updateSelectText();
        selectPendingLongerThan(days->value());
    });
    dialog->open();
    days->setFocus();
    days->selectAll();
}

void ReminderCommands::remindSelected()
{
    sending::SendController *sender = m_app->sender();
    if (m_asking)
        return;
    if (sender->isRunning() || sender->isPreviewing()) {
        Q_EMIT message(tr("A send is running: remind when it has finished."), 6000);
        return;
    }
    auto *table =
        qobject_cast<models::InvitationTableModel *>(m_results->filterModel()->sourceModel());
    QList<accessy::Invitation> picked;
    QList<sending::SendItem> items;
    QStringList lines;
    const QLocale locale;
    for (int source : m_results->selectedSourceRows()) {
        const invitations::InvitationRow &row = table->row(source);
        if (row.status != invitations::ApiStatus::pending || row.msisdn.isEmpty())
            continue; // accepted, failed, members…: a reminder is for pending invitations only
        bool listed = false;
        for (const sending::SendItem &item : std::as_const(items))
            listed = listed || item.msisdn == row.msisdn;
        if (listed)
            continue;
        accessy::Invitation inv;
        inv.id = row.invitationId;
        inv.recipientMsisdn = row.msisdn;
        inv.status = row.status;
        inv.createdAt = row.createdAt;
        picked << inv;
        items << sending::SendItem{-1, row.msisdn, row.name, row.input};
        lines << tr("%1 — invited on %2, still pending")
                     .arg(row.msisdn,
                          row.createdAt.isValid()
                              ? locale.toString(row.createdAt.toLocalTime(), QLocale::ShortFormat)
                              : tr("an unknown date"));
    }
    if (items.isEmpty()) {
        Q_EMIT message(tr("Select pending invitations first (View › Pending longer than %n "
                          "day(s)).",
                          nullptr, pendingDays()),
                       8000);
        return;
    }
    // The same text and groups `accessy-invite remind` would choose; else what the window holds.
    history::HistoryStore *store = sender->history();
    QString text = sending::reminders::sharedMessage(store, picked);
    if (text.isEmpty())
        text = m_invite->message();
    std::optional<QStringList> groups =
        store->isOpen() ? sending::reminders::recordedGroups(*store, picked) : std::nullopt;
    if (!groups || groups->isEmpty())
        groups = m_invite->groupsPicker()->checkedIds();
    if (text.trimmed().isEmpty()) {
        Q_EMIT message(tr("Write the reminder's message first."), 6000);
        m_invite->focusNumbers();
        return;
    }

    const int n = int(items.size());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Send reminders"), QString(),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("remindConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setText(tr("Send %n person(s) a SECOND SMS?", nullptr, n));
    box->setInformativeText(
        tr("Each of them was already texted an invitation that is still pending. A reminder "
           "is a new invitation: they get another SMS with this message:\n\n%1")
            .arg(text));
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    QPushButton *send = addNamedButton(box, tr("Send %n reminder(s)", nullptr, n),
                                       QMessageBox::AcceptRole, QStringLiteral("confirmRemind"));
    box->setDefaultButton(QMessageBox::Cancel); // a second SMS is never one Enter away
    m_asking = true;
    const QStringList groupIds = *groups;
    connect(box, &QMessageBox::finished, this, [this, box, send, items, text, groupIds] {
        m_asking = false;
        if (box->clickedButton() != send) {
            Q_EMIT message(tr("No reminder was sent."), 4000);
            return;
        }
        if (m_app->sender()->startReminder(items, text, groupIds))
            Q_EMIT message(tr("Sending %n reminder(s)…", nullptr, int(items.size())), 0);
    });
    box->open();
}

} // namespace ui
