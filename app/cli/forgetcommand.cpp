#include "cli/commandline.h"
#include "cli/commands.h"

#include "core/draftstore.h"
#include "history/historystore.h"
#include "phones/phonenormalizer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace cli {

namespace {

class ForgetCommand
{
    Q_DECLARE_TR_FUNCTIONS(cli::ForgetCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace

// accessy-invite forget [--region CC] NUMBER…: removes every record of these people from the
// local send history, and every trace of it from the data folder's files.
// Exit 0: records were removed; 1: none were found; 2: bad usage or the history failed.
int runForgetCommand(const QStringList &arguments)
{
    return ForgetCommand::run(arguments);
}

int ForgetCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine line(
        QStringLiteral("forget"),
        tr("Removes every record of these phone numbers from the local send history (jobs, "
           "batches, invitations, and any text quoting them) and wipes them from the files of "
           "the data folder. Invitations already sent in Accessy are not affected."),
        tr("Exit status: 0 records were removed; 1 none were found; 2 bad usage or the "
           "history could not be changed.\n"));
    line.addPositionalArgument(QStringLiteral("NUMBER"),
                               tr("A phone number, as E.164 or written nationally."),
                               QStringLiteral("NUMBER…"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("Country of numbers written without a country code."),
                                    QStringLiteral("CC"), QStringLiteral("SE"));
    line.addOption(region, tr("--region needs a two-letter country code such as SE"));
    if (const std::optional<int> done = line.parse(arguments))
        return *done;
    const QCommandLineParser &parser = line.parser();
    if (parser.positionalArguments().isEmpty())
        return line.fail(tr("Name at least one phone number to forget."));
    const QString regionCode = parser.value(region).trimmed().toUpper();
    if (!phones::PhoneNormalizer::isRegionSupported(regionCode)) {
        err << tr("Unknown country code \"%1\" for --region (use e.g. SE).").arg(regionCode)
            << '\n';
        return 2;
    }
    // Every number is checked before anything is removed: a typo never half-forgets a list.
    const phones::PhoneNormalizer normalizer(regionCode);
    QStringList msisdns;
    for (const QString &input : parser.positionalArguments()) {
        const phones::PhoneEntry entry = normalizer.check(input);
        if (entry.e164.isEmpty()) {
            err << tr("\"%1\" is not a phone number (%2). Nothing was removed.")
                       .arg(input, entry.note)
                << '\n';
            return 2;
        }
        msisdns << entry.e164;
    }
    msisdns.removeDuplicates();

    const QString path = history::HistoryStore::defaultPath();
    int removed = 0;
    if (QFileInfo::exists(path)) { // never create an empty history just to find nothing in it
        history::HistoryStore store;
        QString error;
        if (!store.open(path, &error)) {
            err << error << '\n';
            return 2;
        }
        removed = store.forget(msisdns);
        if (removed < 0) {
            err << tr("The send history could not be changed: %1. Nothing was removed.")
                       .arg(store.lastError())
                << '\n';
            return 2;
        }
    }
    // The window's draft (numbers typed or imported but not sent yet) forgets them too.
    removed += core::DraftStore().forget(msisdns, regionCode);
    if (removed == 0) {
        out << tr("No record of %1 was found in the send history (%2).")
                   .arg(msisdns.join(QStringLiteral(", ")), path)
            << '\n';
        return 1;
    }
    out << tr("Removed %n record(s) of %1 from the send history (%2). Invitations in Accessy "
              "are not affected.",
              nullptr, removed)
               .arg(msisdns.join(QStringLiteral(", ")), path)
        << '\n';
    return 0;
}

} // namespace cli
