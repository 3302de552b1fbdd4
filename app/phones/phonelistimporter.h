#pragma once

#include "columndetector.h"
#include "readresult.h"
#include "verdict.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace phones {

struct ImportOptions
{
    QString region = QStringLiteral("SE"); // default region for national numbers
    QString sheet;                         // XLSX worksheet by name; empty: the first
    ReadLimits limits;
};

// A list file or pasted text, read, its columns chosen, every entry checked.
struct ImportResult
{
    QList<PhoneEntry> entries;
    ColumnChoice columns;
    QStringList header; // the header row's cells, when there is one
    QString format;     // "csv", "xlsx", "vcard", "clipboard"
    QString detail;     // encoding and delimiter, sheet name, card count
    std::optional<ReadError> error;
    bool ok() const { return !error.has_value(); }
};

ImportResult importPhoneFile(const QString &path, const ImportOptions &options = {});
ImportResult importClipboardText(QStringView text, const ImportOptions &options = {});
// The part after reading: columns, entries, checks. `file` names the source in messages.
ImportResult importTable(const RowTable &table, const QString &file,
                         const ImportOptions &options = {});

} // namespace phones
