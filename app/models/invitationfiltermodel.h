#pragma once

#include <QSortFilterProxyModel>

namespace models {

// Sorting, a status filter and a search over number, name and invitation id for the results
// table. The source model stays the single owner of the rows.
class InvitationFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InvitationFilterModel(QObject *parent = nullptr);

    // Empty shows every status; otherwise only rows whose status (the API's value) is listed.
    void setStatusFilter(const QStringList &statuses);
    QStringList statusFilter() const { return m_statuses; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_statuses;
    QString m_search;
};

} // namespace models
