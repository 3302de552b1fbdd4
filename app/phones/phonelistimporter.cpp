#include "phonelistimporter.h"

#include "phonelistchecker.h"
#include "phonelistreader.h"
#include "phoneslogging.h"
#include "readerrors.h"
#include "tableentries.h"
#include "vcardreader.h"

#include <QCoreApplication>

namespace phones {
namespace {

ImportResult failed(const ReadError &error)
{
    qCInfo(lcPhones) << "not imported:" << error.message;
    ImportResult result;
    result.error = error;
    return result;
}

} // namespace

ImportResult importTable(const RowTable &table, const QString &file, const ImportOptions &options)
{
    ImportResult result;
    result.format = table.format;
    result.detail = table.detail;
    const PhoneListChecker checker(options.region);
    if (table.format == u"vcard")
        result.columns = {false, VCardReader::PhoneColumn, {VCardReader::NameColumn}};
    else
        result.columns = detectColumns(table, checker.normalizer());
    if (result.columns.hasHeader && !table.rows.isEmpty())
        result.header = table.rows.first();
    if (result.columns.phoneColumn < 0) {
        result.error = ReadError{
            file, file.isEmpty() ? QCoreApplication::translate(
                                       "PhoneListReader", "The pasted text holds no phone numbers.")
                                 : QCoreApplication::translate(
                                       "PhoneListReader", "No column of %1 holds phone numbers.")
                                       .arg(readerrors::displayName(file))};
        return result;
    }
    QList<PhoneEntry> entries = entriesFromTable(table, result.columns);
    if (entries.isEmpty()) {
        result.error = ReadError{
            file, QCoreApplication::translate("PhoneListReader",
                                              "%1 has a header row but no phone numbers below it.")
                      .arg(readerrors::displayName(file))};
        return result;
    }
    result.entries = checker.checkEntries(std::move(entries));
    const VerdictCounts counts = countVerdicts(result.entries);
    qCInfo(lcPhones) << "imported" << table.format << table.detail << "rows" << table.rows.size()
                     << "phone column" << result.columns.phoneColumn << "sendable"
                     << counts.sendable() << "of" << counts.total();
    return result;
}

ImportResult importPhoneFile(const QString &path, const ImportOptions &options)
{
    const TableResult read = readPhoneListFile(path, options.sheet, options.limits);
    if (!read.ok())
        return failed(*read.error);
    return importTable(read.table, path, options);
}

ImportResult importClipboardText(QStringView text, const ImportOptions &options)
{
    const TableResult read = readClipboardText(text, options.limits);
    if (!read.ok())
        return failed(*read.error);
    return importTable(read.table, QString(), options);
}

} // namespace phones
