#include "models/invitationtablemodel.h"

#include "invitations/invitationstatus.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace models {

namespace {
// Colours chosen to stay apart for the common colour-vision deficiencies; the text always
// names the status too, so colour is never the only signal.
QColor statusColor(const QString &status)
{
    if (status == invitations::ApiStatus::accepted)
        return QColor(0x00, 0x72, 0xB2); // blue
    if (status == invitations::ApiStatus::pending)
        return QColor(0x5D, 0x5D, 0x5D);
    if (status == LocalStatus::failed() || status == invitations::ApiStatus::deleted)
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    return {};
}
} // namespace

InvitationTableModel::InvitationTableModel(QObject *parent)
    : RowTableModel(ColumnCount,
                    {QT_TR_NOOP("Number"), QT_TR_NOOP("Name"), QT_TR_NOOP("Status"),
                     QT_TR_NOOP("Invitation ID"), QT_TR_NOOP("Created"), QT_TR_NOOP("Problem")},
                    parent)
{
}

QString InvitationTableModel::statusText(const QString &status)
{
    return invitations::InvitationStatus::text(status);
}

QString InvitationTableModel::createdText(const QDateTime &createdAt, const QDate &today)
{
    if (!createdAt.isValid())
        return {};
    const QDateTime local = createdAt.toLocalTime();
    const QLocale locale;
    if (local.date() != today)
        return locale.toString(local.date(), QLocale::ShortFormat);
    // Some locales' short time has seconds ("22:58:00"): minutes are enough in a table.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    return locale.toString(local.time(), locale.timeFormat(QLocale::ShortFormat).remove(seconds));
}

QVariant InvitationTableModel::cellData(const InvitationRow &r, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return r.msisdn.isEmpty() ? r.input : r.msisdn;
        case NameColumn:
            return r.name;
        case StatusColumn:
            return statusText(r.status);
        case InvitationIdColumn:
            return r.invitationId;
        case CreatedColumn:
            return createdText(r.createdAt, QDate::currentDate());
        case ErrorColumn:
            return r.error;
        }
        break;
    case Qt::ToolTipRole:
        if (column == StatusColumn) {
            // What the status means, then what went wrong, if anything.
            const QString meaning = invitations::InvitationStatus::explanation(r.status);
            const QString text = r.error.isEmpty() || meaning.isEmpty()
                                     ? meaning + r.error
                                     : meaning + QLatin1Char('\n') + r.error;
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        if (column == ErrorColumn)
            return r.error.isEmpty() ? QVariant() : QVariant(r.error);
        // Narrow columns elide: the whole value is a hover away.
        if (column == InvitationIdColumn && !r.invitationId.isEmpty())
            return r.invitationId;
        if (column == CreatedColumn && r.createdAt.isValid())
            return QLocale().toString(r.createdAt.toLocalTime(), QLocale::LongFormat);
        // The whole number first: on a narrow window the column may elide it.
        if (column == NumberColumn && !r.msisdn.isEmpty())
            return r.input == r.msisdn || r.input.isEmpty()
                       ? r.msisdn
                       : tr("%1 (entered as: %2)").arg(r.msisdn, r.input);
        break;
    case Qt::ForegroundRole:
        if (column == StatusColumn) {
            const QColor c = statusColor(r.status);
            return c.isValid() ? QVariant(c) : QVariant();
        }
        break;
    case SortRole:
        if (column == CreatedColumn)
            return r.createdAt;
        return cellData(r, column, Qt::DisplayRole);
    case InvitationIdRole:
        return r.invitationId;
    case StatusRole:
        return r.status;
    default:
        break;
    }
    return {};
}

int InvitationTableModel::appendRows(const QList<InvitationRow> &rows)
{
    const int first = int(m_rows.size());
    if (rows.isEmpty())
        return first;
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (const InvitationRow &r : rows) {
        if (!r.invitationId.isEmpty())
            m_rowById.insert(r.invitationId, int(m_rows.size()));
        m_rows.append(r);
        countStatus(r.status, +1);
    }
    endInsertRows();
    Q_EMIT statusCountsChanged();
    return first;
}

void InvitationTableModel::updateRow(int row, const InvitationRow &value)
{
    if (row < 0 || row >= m_rows.size())
        return;
    InvitationRow &r = m_rows[row];
    if (r.invitationId != value.invitationId) {
        m_rowById.remove(r.invitationId);
        if (!value.invitationId.isEmpty())
            m_rowById.insert(value.invitationId, row);
    }
    const bool statusChanged = r.status != value.status;
    if (statusChanged) {
        countStatus(r.status, -1);
        countStatus(value.status, +1);
    }
    r = value;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (statusChanged)
        Q_EMIT statusCountsChanged();
}

bool InvitationTableModel::updateStatusById(const QString &invitationId, const QString &status)
{
    const int row = rowForInvitationId(invitationId);
    if (row < 0)
        return false;
    if (m_rows[row].status != status) {
        countStatus(m_rows[row].status, -1);
        countStatus(status, +1);
        m_rows[row].status = status;
        Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
        Q_EMIT statusCountsChanged();
    }
    return true;
}

void InvitationTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_statusCounts.clear();
    endResetModel();
    Q_EMIT statusCountsChanged();
}

int InvitationTableModel::removeRowsWithMsisdn(const QString &msisdn)
{
    int removed = 0;
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).msisdn != msisdn)
            continue;
        beginRemoveRows({}, row, row);
        countStatus(m_rows.at(row).status, -1);
        m_rows.removeAt(row);
        endRemoveRows();
        ++removed;
    }
    if (removed > 0) {
        m_rowById.clear(); // the rows after the removed ones moved up
        for (int row = 0; row < m_rows.size(); ++row) {
            if (!m_rows.at(row).invitationId.isEmpty())
                m_rowById.insert(m_rows.at(row).invitationId, row);
        }
        Q_EMIT statusCountsChanged();
    }
    return removed;
}

void InvitationTableModel::countStatus(const QString &status, int delta)
{
    int &count = m_statusCounts[status];
    count += delta;
    if (count <= 0)
        m_statusCounts.remove(status);
}

QStringList InvitationTableModel::invitationIds(const QList<int> &rows) const
{
    QStringList ids;
    for (int row : rows) {
        if (row >= 0 && row < m_rows.size() && !m_rows.at(row).invitationId.isEmpty())
            ids << m_rows.at(row).invitationId;
    }
    return ids;
}

QStringList InvitationTableModel::allInvitationIds() const
{
    QStringList ids;
    for (const InvitationRow &r : m_rows) {
        if (!r.invitationId.isEmpty())
            ids << r.invitationId;
    }
    return ids;
}

} // namespace models
