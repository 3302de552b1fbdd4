#pragma once

#include "export/exporttable.h"

#include <QString>

#include <optional>

namespace exporting {

enum class ExportFormat
{
    Csv,
    Xlsx
};

// .xlsx is a workbook; anything else is written as CSV.
ExportFormat exportFormatForPath(const QString &path);

// Name filters for a save dialog, the workbook first: "Excel workbook (*.xlsx);;CSV (*.csv)".
QString exportFileFilter();

// Writes the table atomically (a half-written file never replaces an old one). The CSV uses
// the list separator Excel expects in the current locale. Returns why it failed, naming the
// file, or nullopt on success.
std::optional<QString> writeExportFile(const ExportTable &table, const QString &path,
                                       ExportFormat format);

// The path a save dialog gave, with the chosen type's suffix when the admin typed none.
QString withExportSuffix(const QString &path, const QString &chosenFilter);
// Writes the invitations in the format the path's suffix names; why not, or nullopt.
std::optional<QString> exportInvitations(const QList<invitations::InvitationRow> &rows,
                                         const QString &path);

} // namespace exporting
