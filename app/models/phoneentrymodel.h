#pragma once

#include "models/rowtablemodel.h"
#include "phones/verdict.h"

namespace models {

// The checked numbers before sending: what the admin entered and what each entry becomes.
class PhoneEntryModel final : public RowTableModel<phones::PhoneEntry>
{
    Q_OBJECT
public:
    enum Column
    {
        RowColumn,
        InputColumn,
        NameColumn,
        NumberColumn,
        VerdictColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        VerdictRole = Qt::UserRole + 1
    };

    explicit PhoneEntryModel(QObject *parent = nullptr);

    void setEntries(const QList<phones::PhoneEntry> &entries);
    const QList<phones::PhoneEntry> &entries() const { return m_rows; }
    const phones::VerdictCounts &counts() const { return m_counts; }
    QList<phones::PhoneEntry> sendableEntries() const;

private:
    QVariant cellData(const phones::PhoneEntry &e, int column, int role) const override;

    phones::VerdictCounts m_counts;
};

} // namespace models
