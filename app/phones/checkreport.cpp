#include "checkreport.h"

#include "phonelistimporter.h"
#include "phonenormalizer.h"

#include <QCoreApplication>

namespace phones {
namespace {

bool looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    if (first == u'=' || first == u'@' || first == u'\t' || first == u'\r')
        return true;
    if (first != u'+' && first != u'-')
        return false;
    for (const QChar c : cell) {
        if (!c.isDigit() && !c.isSpace() && !QStringView(u"+-()./").contains(c))
            return true;
    }
    return false;
}

QString csvCell(const QString &value)
{
    QString cell = looksLikeFormula(value) ? u'\'' + value : value;
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') ||
        cell.contains(u'\r') || cell.startsWith(u' ') || cell.endsWith(u' ')) {
        cell.replace(u'"', QStringLiteral("\"\""));
        cell = u'"' + cell + u'"';
    }
    return cell;
}

} // namespace

QString checkReportCsv(const QList<PhoneEntry> &entries)
{
    QString csv = QStringLiteral("row,input,name,e164,verdict,note\n");
    for (const PhoneEntry &entry : entries) {
        csv += QString::number(entry.row) + u',' + csvCell(entry.input) + u',' +
               csvCell(entry.name) + u',' + entry.e164 + u',' + verdictKey(entry.verdict) + u',' +
               csvCell(entry.note) + u'\n';
    }
    return csv;
}

CheckReport checkFile(const QString &path, const QString &region, const QString &sheet)
{
    CheckReport report;
    if (!PhoneNormalizer::isRegionSupported(region)) {
        report.error = QCoreApplication::translate("PhoneListReader",
                                                   "“%1” is not a country code libphonenumber "
                                                   "knows (use two letters, such as SE).")
                           .arg(region);
        return report;
    }
    ImportOptions options;
    options.region = region;
    options.sheet = sheet;
    const ImportResult imported = importPhoneFile(path, options);
    if (!imported.ok()) {
        report.error = imported.error->message;
        return report;
    }
    report.csv = checkReportCsv(imported.entries);
    const VerdictCounts counts = countVerdicts(imported.entries);
    report.exitCode =
        counts.sendable() == counts.total() ? CheckReport::AllUsable : CheckReport::SomeNotUsable;
    return report;
}

} // namespace phones
