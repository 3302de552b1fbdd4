#include "cli/commands.h"

#include "importing/checkreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CheckCommand", text);
}
} // namespace

// accessy-invite check FILE [--region SE] [--sheet NAME]: validates a phone list for scripts.
int runCheckCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks a phone list (CSV, TSV, TXT, XLSX or vCard; - reads standard input) and "
           "prints one CSV line per row: row,input,name,e164,verdict,note.\n"
           "Exit code 0: every row will be invited; 1: some will not; 2: the file cannot be "
           "read."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The list to check, or - for stdin."));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("Country of numbers written without a country code."),
                                    QStringLiteral("CC"), QStringLiteral("SE"));
    const QCommandLineOption sheet(QStringLiteral("sheet"), tr("The worksheet of an XLSX file."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOptions({region, sheet, help});
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("accessy-invite check"));
    if (!parser.parse(argv)) {
        err << parser.errorText() << '\n' << parser.helpText();
        return 2;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << tr("Name exactly one file to check.") << '\n' << parser.helpText();
        return 2;
    }
    importing::ImportOptions options;
    options.region = parser.value(region).toUpper();
    options.sheet = parser.value(sheet);
    const importing::Result<importing::CheckReport> report = importing::checkList(
        importing::ImportSource::fromArgument(parser.positionalArguments().first()), options);
    if (!report.ok()) {
        err << report.error().message << '\n';
        return importing::CheckReport::Unreadable;
    }
    out << report.value().csv;
    return report.value().exitCode;
}

} // namespace cli
