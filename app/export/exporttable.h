#pragma once

#include "invitations/invitationrow.h"

#include <QList>
#include <QStringList>

namespace exporting {

// A plain grid of text cells: what every export format writes. Rows may be shorter than the
// header; missing cells are empty.
struct ExportTable
{
    QStringList header;
    QList<QStringList> rows;
};

// The columns of an invitation export, in order.
enum InvitationColumn
{
    InputColumn, // the row as the admin typed or imported it
    NameColumn,
    NumberColumn, // E.164
    InvitationIdColumn,
    StatusColumn, // as the results table shows it (translated)
    TimeColumn,   // ISO 8601 local time with its UTC offset
    ErrorColumn,
    InvitationColumnCount
};

QStringList invitationHeader();
QStringList invitationCells(const invitations::InvitationRow &row);
ExportTable invitationTable(const QList<invitations::InvitationRow> &rows);
// The header and the rows as tab-separated cells that paste into a spreadsheet.
QString invitationsForSpreadsheet(const QList<invitations::InvitationRow> &rows);

// 2026-11-26T10:30:05+01:00; empty for an invalid time.
QString isoTime(const QDateTime &time);

} // namespace exporting
