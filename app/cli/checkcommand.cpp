#include "cli/commands.h"

#include "cli/commandline.h"

#include "phones/checkreport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
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
    CommandLine line(
        QStringLiteral("check"),
        tr("Checks a phone list (CSV, TSV, TXT, XLSX or vCard; - reads standard input) and "
           "prints one CSV line per row: row,input,name,e164,verdict,note.\n"
           "Exit code 0: every row will be invited; 1: some will not; 2: the file cannot be "
           "read."));
    line.addPositionalArgument(QStringLiteral("FILE"), tr("The list to check, or - for stdin."));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("Country of numbers written without a country code."),
                                    QStringLiteral("CC"), QStringLiteral("SE"));
    const QCommandLineOption sheet(QStringLiteral("sheet"), tr("The worksheet of an XLSX file."),
                                   QStringLiteral("NAME"));
    line.addOption(region);
    line.addOption(sheet);
    if (const std::optional<int> done = line.parse(arguments))
        return *done;
    const QCommandLineParser &parser = line.parser();
    if (parser.positionalArguments().size() != 1)
        return line.fail(tr("Name exactly one file to check."));
    QString path = parser.positionalArguments().first();
    QTemporaryDir stdinDir;
    if (path == QLatin1String("-")) {
        // The readers sniff the format from the bytes, so stdin goes through a file named
        // "stdin" that the messages can name.
        QFile input;
        if (!stdinDir.isValid() || !input.open(stdin, QIODevice::ReadOnly)) {
            err << tr("Could not read standard input.") << '\n';
            return 2;
        }
        path = stdinDir.filePath(QStringLiteral("stdin"));
        QFile copy(path);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(input.readAll()) < 0) {
            err << tr("Could not read standard input.") << '\n';
            return 2;
        }
    }
    const phones::CheckReport report =
        phones::checkFile(path, parser.value(region).toUpper(), parser.value(sheet));
    if (!report.error.isEmpty())
        err << report.error << '\n';
    out << report.csv;
    return report.exitCode;
}

} // namespace cli
