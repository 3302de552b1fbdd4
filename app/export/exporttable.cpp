#include "export/exporttable.h"

#include "export/delimitedtext.h"
#include "invitations/invitationstatus.h"

#include <QCoreApplication>

namespace exporting {

QStringList invitationHeader()
{
    return {
        QCoreApplication::translate("exporting", "Entered as"),
        QCoreApplication::translate("exporting", "Name"),
        QCoreApplication::translate("exporting", "Number"),
        QCoreApplication::translate("exporting", "Invitation ID"),
        QCoreApplication::translate("exporting", "Status"),
        QCoreApplication::translate("exporting", "Time"),
        QCoreApplication::translate("exporting", "Problem"),
    };
}

QString isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QStringList invitationCells(const invitations::InvitationRow &row)
{
    return {row.input,
            row.name,
            row.msisdn,
            row.invitationId,
            row.status.isEmpty() ? QString() : invitations::InvitationStatus::text(row.status),
            isoTime(row.createdAt),
            row.error};
}

ExportTable invitationTable(const QList<invitations::InvitationRow> &rows)
{
    ExportTable table;
    table.header = invitationHeader();
    table.rows.reserve(rows.size());
    for (const invitations::InvitationRow &row : rows)
        table.rows.append(invitationCells(row));
    return table;
}

QString invitationsForSpreadsheet(const QList<invitations::InvitationRow> &rows)
{
    const ExportTable table = invitationTable(rows);
    return toTabSeparated(QList<QStringList>{table.header} + table.rows);
}

} // namespace exporting
