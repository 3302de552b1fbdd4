#pragma once

#include <QSortFilterProxyModel>
#include <QTimer>

#include <vector>

namespace models {

// Sorting, a status filter and a search over number, name and invitation id for the results
// table. The source model stays the single owner of the rows.
//
// Status changes arrive by the thousand: re-sorting or re-filtering the whole table for each
// one (Qt's dynamic sort/filter) costs O(rows) per change and froze a 100,000-row table for
// seconds. So rows keep their place while statuses change (they are sorted again when the
// admin sorts or the list is refreshed), and the filter is re-applied at most every 250 ms.
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
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    // Sorts again by the current column (after a refresh of the whole list).
    void resort();
    // Text columns are sorted by keys made once per row (case folded), not by comparing
    // QVariants of two rows' texts ~2 million times for 100,000 rows.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void scheduleRefilter();

    QTimer m_refilter;
    std::vector<QString> m_sortKeys; // by source row, only while sort() runs
    QStringList m_statuses;
    QString m_search;
};

} // namespace models
