#pragma once

#include "phones/verdict.h"

#include <QAbstractTableModel>

namespace models {

// The checked numbers before sending: what the admin entered and what each entry becomes.
class PhoneEntryModel final : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setEntries(const QList<phones::PhoneEntry> &entries);
    const QList<phones::PhoneEntry> &entries() const { return m_entries; }
    const phones::VerdictCounts &counts() const { return m_counts; }
    QList<phones::PhoneEntry> sendableEntries() const;

private:
    QList<phones::PhoneEntry> m_entries;
    phones::VerdictCounts m_counts;
};

} // namespace models
