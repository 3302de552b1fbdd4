#include "models/phoneentrymodel.h"

#include <QColor>
#include <QCoreApplication>

namespace models {

PhoneEntryModel::PhoneEntryModel(QObject *parent)
    : RowTableModel(ColumnCount,
                    {QT_TR_NOOP("Row"), QT_TR_NOOP("Entered"), QT_TR_NOOP("Name"),
                     QT_TR_NOOP("Number"), QT_TR_NOOP("Check"), QT_TR_NOOP("Note")},
                    parent)
{
}

QVariant PhoneEntryModel::cellData(const phones::PhoneEntry &e, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
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
    } else if (role == Qt::ForegroundRole && column == VerdictColumn) {
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

void PhoneEntryModel::setEntries(const QList<phones::PhoneEntry> &entries)
{
    m_counts = phones::countVerdicts(entries);
    resetRows(entries);
}

QList<phones::PhoneEntry> PhoneEntryModel::sendableEntries() const
{
    QList<phones::PhoneEntry> result;
    for (const phones::PhoneEntry &e : m_rows) {
        if (phones::isSendable(e.verdict))
            result << e;
    }
    return result;
}

} // namespace models
