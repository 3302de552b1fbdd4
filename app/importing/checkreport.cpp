#include "importing/checkreport.h"

#include "common/delimitedtext.h"

namespace importing {

QString checkReportCsv(const QList<phones::PhoneEntry> &entries)
{
    QString csv = QStringLiteral("row,input,name,e164,verdict,note\n");
    for (const phones::PhoneEntry &entry : entries) {
        csv +=
            common::delimited::line({QString::number(entry.row), entry.input, entry.name,
                                     entry.e164, phones::verdictKey(entry.verdict), entry.note}) +
            u'\n';
    }
    return csv;
}

Result<CheckReport> checkList(const ImportSource &source, const ImportOptions &options)
{
    const ImportResult imported = importList(source, options);
    if (!imported.ok())
        return *imported.error;
    CheckReport report;
    report.csv = checkReportCsv(imported.entries);
    const phones::VerdictCounts counts = phones::countVerdicts(imported.entries);
    report.exitCode =
        counts.sendable() == counts.total() ? CheckReport::AllUsable : CheckReport::SomeNotUsable;
    return report;
}

} // namespace importing
