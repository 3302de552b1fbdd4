#include "models/invitationfiltermodel.h"

#include "models/invitationtablemodel.h"

namespace models {

InvitationFilterModel::InvitationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InvitationTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void InvitationFilterModel::setStatusFilter(const QStringList &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidateRowsFilter();
}

void InvitationFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
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
