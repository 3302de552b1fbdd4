#include "models/sendresultsfollower.h"

#include "models/invitationtablemodel.h"
#include "sending/sendcontroller.h"

namespace models {

SendResultsFollower::SendResultsFollower(sending::SendController *sender,
                                         InvitationTableModel *table, QObject *parent)
    : QObject(parent)
    , m_table(table)
{
    using sending::SendController;
    connect(sender, &SendController::itemsQueued, this, &SendResultsFollower::appendItems);
    connect(sender, &SendController::itemsRequeued, this,
            [this](const QList<int> &keys) { setStatus(keys, LocalStatus::queued()); });
    connect(sender, &SendController::itemsSending, this,
            [this](const QList<int> &keys) { setStatus(keys, LocalStatus::sending()); });
    connect(sender, &SendController::itemOutcome, this, &SendResultsFollower::applyOutcome);
    // The table may be emptied; the keys of its old rows then point nowhere.
    connect(table, &QAbstractItemModel::modelReset, this, [this] { m_rowByKey.clear(); });
}

void SendResultsFollower::appendItems(const QList<sending::SendItem> &items)
{
    if (!m_table)
        return;
    QList<InvitationRow> rows;
    rows.reserve(items.size());
    for (const sending::SendItem &item : items) {
        InvitationRow row;
        row.input = item.input;
        row.name = item.name;
        row.msisdn = item.msisdn;
        row.status = LocalStatus::queued();
        rows << row;
    }
    const int first = m_table->appendRows(rows);
    for (int i = 0; i < items.size(); ++i)
        m_rowByKey.insert(items.at(i).key, first + i);
}

void SendResultsFollower::setStatus(const QList<int> &keys, const QString &status)
{
    if (!m_table)
        return;
    for (int key : keys) {
        const int rowIndex = rowForKey(key);
        if (rowIndex < 0)
            continue;
        InvitationRow row = m_table->row(rowIndex);
        row.status = status;
        if (status == LocalStatus::queued())
            row.error.clear(); // queued again: the old reason no longer holds
        m_table->updateRow(rowIndex, row);
    }
}

void SendResultsFollower::applyOutcome(const sending::SendOutcome &outcome)
{
    const int rowIndex = rowForKey(outcome.key);
    if (!m_table || rowIndex < 0)
        return;
    InvitationRow row = m_table->row(rowIndex);
    if (outcome.invited || outcome.kind == sending::OutcomeKind::AlreadyInvited) {
        row.invitationId = outcome.invitation.id;
        row.status = outcome.invitation.status;
        row.createdAt = outcome.invitation.createdAt;
        row.error = outcome.invited ? QString() : outcome.error;
    } else if (outcome.kind == sending::OutcomeKind::Member ||
               outcome.kind == sending::OutcomeKind::AddedToGroups) {
        // Never texted: a member (the reason says whether the groups were added).
        row.status = outcome.kind == sending::OutcomeKind::Member ? LocalStatus::member()
                                                                  : LocalStatus::addedToGroups();
        row.error = outcome.error;
    } else {
        row.status = LocalStatus::failed();
        row.error = outcome.error;
    }
    m_table->updateRow(rowIndex, row);
}

} // namespace models
