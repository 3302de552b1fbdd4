#pragma once

#include "history/sendhistoryquery.h"
#include "models/rowtablemodel.h"

#include <QHash>
#include <QSortFilterProxyModel>

namespace models {

// Past sends, one row each, for File › Send history…: when, organization, who, file, message,
// access groups, how many numbers, and a column per outcome (SendHistoryQuery::outcomes()).
// Reset whole on reload: the history is read when the window opens or is refreshed.
class SendHistoryModel final : public RowTableModel<history::SendSummary>
{
    Q_OBJECT
public:
    // What tells sends apart first (when, which file, how many, what became of them), then
    // the rest.
    enum Column
    {
        WhenColumn,
        SourceColumn,
        NumbersColumn,
        FirstOutcomeColumn, // one per outcome of SendHistoryQuery::outcomes(), in its order
        MessageColumn = FirstOutcomeColumn + 8,
        OrganizationColumn,
        SenderColumn,
        GroupsColumn,
        StateColumn,
        ColumnCount
    };
    static bool isCountColumn(int column)
    {
        return column >= NumbersColumn && column < MessageColumn;
    }
    enum Role
    {
        SortRole = Qt::UserRole + 1, // times as QDateTime, counts as numbers, text folded
        JobIdRole,
    };

    explicit SendHistoryModel(QObject *parent = nullptr);

    // A count column's header names its outcome; its tooltip says what it counts.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setSends(const QList<history::SendSummary> &sends) { resetRows(sends); }
    const history::SendSummary &send(int row) const { return m_rows.at(row); }
    // Organization ids → names the connection settings know; an unknown one shows its id.
    void setOrganizationNames(const QHash<QString, QString> &names);
    QString organizationText(const QString &organizationId) const;

    static int outcomeColumn(history::NumberState state);
    // "Invited", "Members", … for a count column's header; its tooltip says what it counts.
    static QString outcomeHeader(history::NumberState state);
    static QString outcomeExplanation(history::NumberState state);
    // "Finished", "Cancelled", … for a job's state key.
    static QString stateText(const QString &state);

private:
    static QList<const char *> columnTitles();
    QVariant cellData(const history::SendSummary &send, int column, int role) const override;
    QVariant display(const history::SendSummary &send, int column) const;

    QHash<QString, QString> m_organizationNames;
};

// The search (SendHistoryQuery::matches, and the organization's name) and a "since" time.
class SendHistoryFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SendHistoryFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Only sends started at or after this time; invalid = every send.
    void setSince(const QDateTime &since);
    QDateTime since() const { return m_since; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QDateTime m_since;
};

} // namespace models
