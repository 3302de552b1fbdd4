#pragma once

#include "history/historytypes.h"
#include "models/rowtablemodel.h"

namespace models {

// The numbers of one past send with what became of each (its outcome in that send) and the
// status its invitation has now, as the app last learnt it.
class SendNumbersModel final : public RowTableModel<history::JobNumberStatus>
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        NameColumn,
        OutcomeColumn,
        CurrentStatusColumn,
        SeenColumn,
        InvitationIdColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
    };

    explicit SendNumbersModel(QObject *parent = nullptr);

    void setNumbers(const QList<history::JobNumberStatus> &numbers) { resetRows(numbers); }
    const history::JobNumberStatus &number(int row) const { return m_rows.at(row); }

    // "Invited", "Member", "Already pending", … for a number's outcome in its send.
    static QString outcomeText(history::NumberState state);
    // The invitation's status now ("Accepted", "No longer on Accessy's list", …); for a number
    // without an invitation, what it is (a member), else empty.
    static QString currentStatusText(const history::JobNumberStatus &number);

private:
    QVariant cellData(const history::JobNumberStatus &n, int column, int role) const override;
};

} // namespace models
