#pragma once

#include "importing/phonelistimporter.h"

#include <QIODevice>
#include <QList>
#include <QString>

namespace importing {

// What `accessy-invite check FILE [--region SE] [--sheet NAME]` prints and returns.
struct CheckReport
{
    enum ExitCode
    {
        AllUsable = 0,
        SomeNotUsable = 1,
        Unreadable = 2
    };

    QString csv; // "row,input,name,e164,verdict,note" and one line per entry
    int exitCode = AllUsable;
};

// Reads, checks and reports one list through the import pipeline. Exit code 0 when every entry
// will be invited (Valid or Fixed), 1 when some will not (invalid, refused, not mobile,
// duplicate); the error (exit code 2, Unreadable) when the list cannot be read or used, or the
// region is unknown.
Result<CheckReport> checkList(const ImportSource &source, const ImportOptions &options = {});

// The same report written to `out` (UTF-8) block by block as the rows are judged, so a
// million rows are never held as entries or lines all at once; the exit code, or the error
// (nothing written then).
Result<int> writeCheckReport(const ImportSource &source, const ImportOptions &options,
                             QIODevice &out);

// CSV through the one writer, with a header row; formula-like cells are defused.
QString checkReportCsv(const QList<phones::PhoneEntry> &entries);

} // namespace importing
