#include "models/sendhistorymodel.h"

#include "export/exporttable.h"
#include "models/modelexport.h"
#include "models/sendnumbersmodel.h"

#include <QLocale>

namespace models {

using history::NumberState;
using history::SendHistoryQuery;

namespace {

QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

} // namespace

SendHistoryModel::SendHistoryModel(QObject *parent)
    : RowTableModel(ColumnCount, columnTitles(), parent)
{
    Q_ASSERT(MessageColumn - FirstOutcomeColumn == SendHistoryQuery::outcomes().size());
}

QList<const char *> SendHistoryModel::columnTitles()
{
    QList<const char *> titles = {QT_TR_NOOP("When"), QT_TR_NOOP("File"), QT_TR_NOOP("Numbers")};
    titles.resize(MessageColumn, nullptr); // the outcome columns: headerData() names them
    titles << QT_TR_NOOP("Message") << QT_TR_NOOP("Organization") << QT_TR_NOOP("Sent by")
           << QT_TR_NOOP("Access groups") << QT_TR_NOOP("State");
    return titles;
}

int SendHistoryModel::outcomeColumn(NumberState state)
{
    return FirstOutcomeColumn + int(SendHistoryQuery::outcomes().indexOf(state));
}

QString SendHistoryModel::outcomeHeader(NumberState state)
{
    // A column counts many numbers: "Members" in the plural; every other outcome reads as on a
    // number's row.
    if (state == NumberState::Member)
        return tr("Members");
    return SendNumbersModel::outcomeText(state);
}

QString SendHistoryModel::outcomeExplanation(NumberState state)
{
    switch (state) {
    case NumberState::Invited:
        return tr("Numbers that were sent an invitation by SMS.");
    case NumberState::Member:
        return tr("Numbers left out because they are already members of the organization (or "
                  "had accepted an invitation): no SMS.");
    case NumberState::AddedToGroups:
        return tr("Members who were added to the chosen access groups instead of texted.");
    case NumberState::AlreadyInvited:
        return tr("Numbers left out because an invitation to them was still pending.");
    case NumberState::Failed:
        return tr("Numbers that could not be invited; the send's numbers say why.");
    case NumberState::Cancelled:
        return tr("Numbers not sent because the send was cancelled.");
    case NumberState::Unconfirmed:
        return tr("Numbers sent without an answer; the next send checks whether they arrived.");
    case NumberState::Pending:
        return tr("Numbers the send had not reached when it stopped (closed or interrupted).");
    }
    return {};
}

QString SendHistoryModel::stateText(const QString &state)
{
    if (state == QLatin1String("finished"))
        return tr("Finished");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (state == QLatin1String("interrupted"))
        return tr("Interrupted");
    if (state == QLatin1String("running"))
        return tr("Not finished");
    return state;
}

void SendHistoryModel::setOrganizationNames(const QHash<QString, QString> &names)
{
    m_organizationNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, OrganizationColumn), index(rowCount() - 1, OrganizationColumn));
}

QString SendHistoryModel::organizationText(const QString &organizationId) const
{
    const QString name = m_organizationNames.value(organizationId);
    return name.isEmpty() ? organizationId : name;
}

QVariant SendHistoryModel::display(const history::SendSummary &send, int column) const
{
    const history::JobRecord &job = send.job;
    switch (column) {
    case WhenColumn:
        return localTime(job.createdAt);
    case OrganizationColumn:
        return organizationText(job.organizationId);
    case SenderColumn:
        return job.sender == QLatin1String("pasted token") ? tr("pasted token") : job.sender;
    case SourceColumn:
        return job.source;
    case MessageColumn:
        return job.message.simplified(); // one line; the tooltip and the export hold it all
    case GroupsColumn:
        return job.groupIds.join(QLatin1String(", "));
    case StateColumn:
        return job.reminder ? tr("%1 (reminder)").arg(stateText(job.state)) : stateText(job.state);
    case NumbersColumn:
        return send.numbers;
    default:
        break;
    }
    const qsizetype outcome = column - FirstOutcomeColumn;
    if (column >= FirstOutcomeColumn && column < MessageColumn)
        return send.count(SendHistoryQuery::outcomes().at(outcome));
    return {};
}

QVariant SendHistoryModel::cellData(const history::SendSummary &send, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(send, column);
    case Qt::ToolTipRole:
        if (column == MessageColumn)
            return send.job.message;
        if (column == OrganizationColumn)
            return send.job.organizationId;
        if (column == WhenColumn)
            return send.job.finishedAt.isValid()
                       ? tr("Started %1, ended %2")
                             .arg(localTime(send.job.createdAt), localTime(send.job.finishedAt))
                       : QVariant();
        if (!isCountColumn(column)) // a long file name or group list is elided in the view
            return display(send, column);
        return {};
    case Qt::TextAlignmentRole:
        return isCountColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        if (column == WhenColumn)
            return send.job.createdAt;
        if (isCountColumn(column))
            return display(send, column);
        return display(send, column).toString().toCaseFolded();
    case JobIdRole:
        return send.job.id;
    case ExportTextRole:
        if (column == WhenColumn)
            return exporting::isoTime(send.job.createdAt);
        if (column == MessageColumn)
            return send.job.message;
        return {};
    default:
        return {};
    }
}

QVariant SendHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool isOutcome = section >= FirstOutcomeColumn && section < MessageColumn;
    if (orientation != Qt::Horizontal || !isOutcome)
        return RowTableModel::headerData(section, orientation, role);
    const NumberState outcome = SendHistoryQuery::outcomes().at(section - FirstOutcomeColumn);
    if (role == Qt::ToolTipRole)
        return outcomeExplanation(outcome);
    return role == Qt::DisplayRole ? QVariant(outcomeHeader(outcome)) : QVariant();
}

SendHistoryFilterModel::SendHistoryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SendHistoryModel::SortRole);
}

void SendHistoryFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateFilter();
}

void SendHistoryFilterModel::setSince(const QDateTime &since)
{
    if (since == m_since)
        return;
    m_since = since;
    invalidateFilter();
}

bool SendHistoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const SendHistoryModel *>(sourceModel());
    if (!model)
        return true;
    const history::SendSummary &send = model->send(sourceRow);
    if (m_since.isValid() && send.job.createdAt < m_since)
        return false;
    return history::SendHistoryQuery::matches(send, m_search) ||
           model->organizationText(send.job.organizationId)
               .contains(m_search.trimmed(), Qt::CaseInsensitive);
}

} // namespace models
