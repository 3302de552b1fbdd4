#include "export/exportfile.h"

#include "export/delimitedtext.h"
#include "export/xlsxwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>

namespace exporting {
namespace {

Q_LOGGING_CATEGORY(lcExport, "accessy.export")

} // namespace

ExportFormat exportFormatForPath(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? ExportFormat::Xlsx
                                                                      : ExportFormat::Csv;
}

QString exportFileFilter()
{
    return QCoreApplication::translate("exporting", "Excel workbook (*.xlsx)") +
           QLatin1String(";;") +
           QCoreApplication::translate("exporting", "CSV, comma-separated values (*.csv)");
}

std::optional<QString> writeExportFile(const ExportTable &table, const QString &path,
                                       ExportFormat format)
{
    const QString shown = QDir::toNativeSeparators(path);
    QByteArray bytes;
    if (format == ExportFormat::Xlsx) {
        XlsxResult xlsx = toXlsx(table, QCoreApplication::translate("exporting", "Invitations"));
        if (!xlsx.ok())
            return QCoreApplication::translate("exporting", "Could not export to %1: %2")
                .arg(shown, xlsx.error);
        bytes = std::move(xlsx.bytes);
    } else {
        bytes = toCsv(table, csvDelimiterFor(QLocale()));
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("exporting", "Could not create %1: %2")
            .arg(shown, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("exporting", "Could not write %1: %2")
            .arg(shown, file.errorString());
    qCInfo(lcExport) << "exported" << table.rows.size() << "rows," << bytes.size() << "bytes";
    return std::nullopt;
}

QString withExportSuffix(const QString &path, const QString &chosenFilter)
{
    if (!QFileInfo(path).suffix().isEmpty())
        return path;
    return path + (chosenFilter.contains(QLatin1String("csv"), Qt::CaseInsensitive)
                       ? QStringLiteral(".csv")
                       : QStringLiteral(".xlsx"));
}

std::optional<QString> exportInvitations(const QList<invitations::InvitationRow> &rows,
                                         const QString &path)
{
    return writeExportFile(invitationTable(rows), path, exportFormatForPath(path));
}

} // namespace exporting
