#include "models/phoneentrymodel.h"

#include <QColor>
#include <QCoreApplication>

namespace models {

PhoneEntryModel::PhoneEntryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int PhoneEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PhoneEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhoneEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const phones::PhoneEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RowColumn:
            return e.row;
        case InputColumn:
            return e.input;
        case NameColumn:
            return e.name;
        case NumberColumn:
            return e.e164;
        case VerdictColumn:
            return phones::verdictLabel(e.verdict);
        case NoteColumn:
            return e.note;
        }
    } else if (role == Qt::ToolTipRole && !e.note.isEmpty()) {
        return e.note;
    } else if (role == Qt::ForegroundRole && index.column() == VerdictColumn) {
        switch (e.verdict) {
        case phones::Verdict::Invalid:
        case phones::Verdict::Refused:
            return QColor(0xD5, 0x5E, 0x00);
        case phones::Verdict::NotMobile:
        case phones::Verdict::Duplicate:
            return QColor(0x8A, 0x6D, 0x00);
        case phones::Verdict::Valid:
        case phones::Verdict::Fixed:
            return QColor(0x00, 0x72, 0xB2);
        }
    } else if (role == VerdictRole) {
        return int(e.verdict);
    }
    return {};
}

QVariant PhoneEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case InputColumn:
        return tr("Entered");
    case NameColumn:
        return tr("Name");
    case NumberColumn:
        return tr("Number");
    case VerdictColumn:
        return tr("Check");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

void PhoneEntryModel::setEntries(const QList<phones::PhoneEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_counts = phones::countVerdicts(m_entries);
    endResetModel();
}

QList<phones::PhoneEntry> PhoneEntryModel::sendableEntries() const
{
    QList<phones::PhoneEntry> result;
    for (const phones::PhoneEntry &e : m_entries) {
        if (phones::isSendable(e.verdict))
            result << e;
    }
    return result;
}

} // namespace models
