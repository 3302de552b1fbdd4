#pragma once

#include "models/invitationrow.h"
#include "models/rowtablemodel.h"

#include <QHash>

namespace models {

// The results table. Rows are appended as numbers are queued and updated in place — by row
// for a number being sent, by invitation id for status changes — and never reset, so views
// keep their selection and scroll position.
class InvitationTableModel final : public RowTableModel<InvitationRow>
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        NameColumn,
        StatusColumn,
        InvitationIdColumn,
        CreatedColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role
    {
        InvitationIdRole = Qt::UserRole + 1,
        StatusRole,
        SortRole
    };

    explicit InvitationTableModel(QObject *parent = nullptr);

    const InvitationRow &row(int row) const { return m_rows.at(row); }
    const QList<InvitationRow> &rows() const { return m_rows; }

    // Returns the index of the first appended row.
    int appendRows(const QList<InvitationRow> &rows);
    void updateRow(int row, const InvitationRow &value);
    // Changes the status of the row holding this invitation id; false when no row holds it.
    bool updateStatusById(const QString &invitationId, const QString &status);
    int rowForInvitationId(const QString &invitationId) const
    {
        return m_rowById.value(invitationId, -1);
    }
    void clear();
    // Removes every row of this number (the admin had it forgotten); returns how many.
    int removeRowsWithMsisdn(const QString &msisdn);

    // Invitation ids of the given rows in the given order, skipping rows without one.
    QStringList invitationIds(const QList<int> &rows) const;
    QStringList allInvitationIds() const;

    static QString statusText(const QString &status);
    // The Created column, compact: the time (no seconds) for an invitation created `today`
    // (local), else the short date. The tooltip has the full date and time.
    static QString createdText(const QDateTime &createdAt, const QDate &today);
    // How many rows have each status, kept up to date as rows change (no scan of the table).
    const QHash<QString, int> &statusCounts() const { return m_statusCounts; }

Q_SIGNALS:
    void statusCountsChanged();

private:
    QVariant cellData(const InvitationRow &r, int column, int role) const override;
    void countStatus(const QString &status, int delta);

    QHash<QString, int> m_rowById;
    QHash<QString, int> m_statusCounts;
};

} // namespace models
