#include "models/sendnumbersmodel.h"

#include "export/exporttable.h"
#include "invitations/invitationstatus.h"
#include "models/modelexport.h"

#include <QLocale>

namespace models {

using history::NumberState;
using invitations::InvitationStatus;

SendNumbersModel::SendNumbersModel(QObject *parent)
    : RowTableModel(ColumnCount,
                    {QT_TR_NOOP("Number"), QT_TR_NOOP("Name"), QT_TR_NOOP("In this send"),
                     QT_TR_NOOP("Status now"), QT_TR_NOOP("Status seen"),
                     QT_TR_NOOP("Invitation ID"), QT_TR_NOOP("Reason")},
                    parent)
{
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

QVariant SendNumbersModel::cellData(const history::JobNumberStatus &n, int column, int role) const
{
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

} // namespace models
