#include "models/invitationfiltermodel.h"

#include "models/invitationtablemodel.h"

namespace models {
namespace {

// The text a text column shows (its SortRole), read from the row without a QVariant.
QString shownText(const InvitationTableModel &source, int row, int column)
{
    const InvitationRow &r = source.row(row);
    switch (column) {
    case InvitationTableModel::NumberColumn:
        return r.msisdn.isEmpty() ? r.input : r.msisdn;
    case InvitationTableModel::NameColumn:
        return r.name;
    case InvitationTableModel::InvitationIdColumn:
        return r.invitationId;
    case InvitationTableModel::ErrorColumn:
        return r.error;
    default:
        return source.data(source.index(row, column), InvitationTableModel::SortRole).toString();
    }
}

} // namespace

InvitationFilterModel::InvitationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InvitationTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(false);
    m_refilter.setSingleShot(true);
    m_refilter.setInterval(250);
    connect(&m_refilter, &QTimer::timeout, this, [this] { invalidateRowsFilter(); });
}

void InvitationFilterModel::setSourceModel(QAbstractItemModel *source)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(source);
    if (source) {
        connect(source, &QAbstractItemModel::dataChanged, this,
                &InvitationFilterModel::scheduleRefilter);
    }
}

void InvitationFilterModel::scheduleRefilter()
{
    // Only a filter can make a changed row appear or disappear; a throttle, not a debounce.
    if ((!m_statuses.isEmpty() || !m_search.isEmpty()) && !m_refilter.isActive())
        m_refilter.start();
}

void InvitationFilterModel::resort()
{
    if (sortColumn() >= 0)
        sort(sortColumn(), sortOrder());
}

void InvitationFilterModel::sort(int column, Qt::SortOrder order)
{
    const auto *source = qobject_cast<const InvitationTableModel *>(sourceModel());
    if (source && sortRole() == InvitationTableModel::SortRole &&
        column != InvitationTableModel::StatusColumn &&
        column != InvitationTableModel::CreatedColumn) {
        // The same order as QString::compare(…, Qt::CaseInsensitive) on the shown text.
        const int rows = source->rowCount();
        m_sortKeys.reserve(size_t(rows));
        for (int r = 0; r < rows; ++r)
            m_sortKeys.push_back(shownText(*source, r, column).toCaseFolded());
    }
    QSortFilterProxyModel::sort(column, order);
    m_sortKeys = {};
}

bool InvitationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_sortKeys.empty() && size_t(left.row()) < m_sortKeys.size() &&
        size_t(right.row()) < m_sortKeys.size())
        return m_sortKeys[size_t(left.row())] < m_sortKeys[size_t(right.row())];
    const auto *source = qobject_cast<const InvitationTableModel *>(sourceModel());
    if (!source)
        return QSortFilterProxyModel::lessThan(left, right);
    const InvitationRow &a = source->row(left.row());
    const InvitationRow &b = source->row(right.row());
    switch (left.column()) {
    case InvitationTableModel::StatusColumn: {
        const int ra = invitations::InvitationStatus::sortRank(a.status);
        const int rb = invitations::InvitationStatus::sortRank(b.status);
        return ra != rb ? ra < rb : a.status < b.status;
    }
    case InvitationTableModel::CreatedColumn:
        return a.createdAt < b.createdAt;
    default:
        // Plain comparison: numbers and ids need no locale rules, and it is much faster.
        return QString::compare(left.data(sortRole()).toString(), right.data(sortRole()).toString(),
                                Qt::CaseInsensitive) < 0;
    }
}

void InvitationFilterModel::setStatusFilter(const QStringList &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    m_refilter.stop();
    invalidateRowsFilter();
}

void InvitationFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    m_refilter.stop();
    invalidateRowsFilter();
}

bool InvitationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    const auto *source = qobject_cast<const InvitationTableModel *>(sourceModel());
    if (!source)
        return true;
    const InvitationRow &row = source->row(sourceRow);
    if (!m_statuses.isEmpty() && !m_statuses.contains(row.status))
        return false;
    if (m_search.isEmpty())
        return true;
    // Numbers are searched without their formatting: "070 123" finds +4670123….
    QString digits;
    for (QChar c : m_search) {
        if (c.isDigit())
            digits += c;
    }
    const auto has = [this](const QString &field) {
        return field.contains(m_search, Qt::CaseInsensitive);
    };
    if (has(row.msisdn) || has(row.input) || has(row.name) || has(row.invitationId))
        return true;
    if (digits.size() >= 3) {
        const QString national = digits.startsWith(QLatin1Char('0')) ? digits.mid(1) : digits;
        return row.msisdn.contains(national);
    }
    return false;
}

} // namespace models
