#pragma once

#include "verdict.h"

#include <QList>
#include <QString>

namespace phones {

// What `accessy-invite check FILE [--region SE] [--sheet NAME]` prints and returns.
struct CheckReport
{
    enum ExitCode
    {
        AllUsable = 0,
        SomeNotUsable = 1,
        Unreadable = 2
    };

    QString csv;   // "row,input,name,e164,verdict,note" and one line per entry; empty if unreadable
    QString error; // the sentence for stderr when the file could not be read
    int exitCode = Unreadable;
};

// Reads, checks and reports one list file. Exit code 0 when every entry will be invited
// (Valid or Fixed), 1 when some will not (invalid, refused, not mobile, duplicate), 2 when
// the file cannot be read (or the region is unknown).
CheckReport checkFile(const QString &path, const QString &region = QStringLiteral("SE"),
                      const QString &sheet = {});

// RFC 4180 CSV with a header row; cells an office suite would run as a formula (=, @, or
// + and - followed by more than a phone number's characters) are prefixed with '.
QString checkReportCsv(const QList<PhoneEntry> &entries);

} // namespace phones
