#include "models/sendnumbersmodel.h"

#include "export/exporttable.h"
#include "invitations/invitationstatus.h"
#include "models/modelexport.h"

#include <QLocale>

namespace models {

using history::NumberState;
using invitations::InvitationStatus;

SendNumbersModel::SendNumbersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int SendNumbersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_numbers.size());
}

int SendNumbersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void SendNumbersModel::setNumbers(const QList<history::JobNumberStatus> &numbers)
{
    beginResetModel();
    m_numbers = numbers;
    endResetModel();
}

QString SendNumbersModel::outcomeText(NumberState state)
{
    switch (state) {
    case NumberState::Invited:
        return tr("Invited");
    case NumberState::Member:
        return tr("Member");
    case NumberState::AddedToGroups:
        return tr("Added to groups");
    case NumberState::AlreadyInvited:
        return tr("Already pending");
    case NumberState::Failed:
        return tr("Not sent");
    case NumberState::Cancelled:
        return tr("Cancelled");
    case NumberState::Unconfirmed:
        return tr("Unconfirmed");
    case NumberState::Pending:
        return tr("Not sent yet");
    }
    return {};
}

QString SendNumbersModel::currentStatusText(const history::JobNumberStatus &number)
{
    if (number.currentStatus == QLatin1String(history::kGoneStatus))
        return tr("No longer on Accessy's list");
    if (!number.currentStatus.isEmpty())
        return InvitationStatus::text(number.currentStatus);
    switch (number.number.state) {
    case NumberState::Member:
        return InvitationStatus::text(invitations::LocalStatus::member());
    case NumberState::AddedToGroups:
        return InvitationStatus::text(invitations::LocalStatus::addedToGroups());
    default:
        return {};
    }
}

QVariant SendNumbersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_numbers.size())
        return {};
    const history::JobNumberStatus &n = m_numbers.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case NumberColumn:
            return n.number.msisdn;
        case NameColumn:
            return n.number.name;
        case OutcomeColumn:
            return outcomeText(n.number.state);
        case CurrentStatusColumn:
            return currentStatusText(n);
        case SeenColumn:
            if (role == SortRole)
                return n.statusSeenAt;
            return n.statusSeenAt.isValid()
                       ? QLocale().toString(n.statusSeenAt.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case InvitationIdColumn:
            return n.number.invitationId;
        case ReasonColumn:
            return n.number.reason;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == ReasonColumn && !n.number.reason.isEmpty())
            return n.number.reason;
        if (column == InvitationIdColumn && !n.number.invitationId.isEmpty())
            return n.number.invitationId;
        if (column == CurrentStatusColumn)
            return InvitationStatus::explanation(n.currentStatus);
        if (column == NumberColumn && !n.number.input.isEmpty() &&
            n.number.input != n.number.msisdn)
            return tr("As listed: %1").arg(n.number.input);
        return {};
    }
    if (role == ExportTextRole && column == SeenColumn)
        return exporting::isoTime(n.statusSeenAt);
    return {};
}

QVariant SendNumbersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case NameColumn:
        return tr("Name");
    case OutcomeColumn:
        return tr("In this send");
    case CurrentStatusColumn:
        return tr("Status now");
    case SeenColumn:
        return tr("Status seen");
    case InvitationIdColumn:
        return tr("Invitation ID");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace models
