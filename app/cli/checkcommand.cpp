#include "cli/commands.h"

#include "cli/commandline.h"

#include "importing/checkreport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace cli {

namespace {
// The context of this file's texts in the catalogues (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(cli::CheckCommand)
};
} // namespace

// accessy-invite check FILE [--region SE] [--sheet NAME]: validates a phone list for scripts.
int runCheckCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    CommandLine line(
        QStringLiteral("check"),
        Text::tr("Checks a phone list (CSV, TSV, TXT, XLSX or vCard; - reads standard input) and "
                 "prints one CSV line per row: row,input,name,e164,verdict,note.\n"
                 "Exit code 0: every row will be invited; 1: some will not; 2: the file cannot be "
                 "read."));
    line.addPositionalArgument(QStringLiteral("FILE"),
                               Text::tr("The list to check, or - for stdin."));
    const QCommandLineOption region(QStringLiteral("region"),
                                    Text::tr("Country of numbers written without a country code."),
                                    QStringLiteral("CC"), QStringLiteral("SE"));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   Text::tr("The worksheet of an XLSX file."),
                                   QStringLiteral("NAME"));
    line.addOption(region);
    line.addOption(sheet);
    if (const std::optional<int> done = line.parse(arguments))
        return *done;
    const QCommandLineParser &parser = line.parser();
    if (parser.positionalArguments().size() != 1)
        return line.fail(Text::tr("Name exactly one file to check."));
    importing::ImportOptions options;
    options.region = parser.value(region).toUpper();
    options.sheet = parser.value(sheet);
    // A FIFO nobody writes to yet: say what the command waits for.
    options.waiting = [&err](const QString &note) {
        err << note << '\n';
        err.flush();
    };
    // The report goes out as the rows are judged, never whole in memory.
    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly))
        return importing::CheckReport::Unreadable;
    const importing::Result<int> exitCode = importing::writeCheckReport(
        importing::ImportSource::fromArgument(parser.positionalArguments().first()), options,
        output);
    if (!exitCode.ok()) {
        err << exitCode.error().message << '\n';
        return importing::CheckReport::Unreadable;
    }
    return exitCode.value();
}

} // namespace cli
