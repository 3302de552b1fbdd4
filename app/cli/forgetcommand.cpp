#include "cli/commands.h"

#include "history/historystore.h"
#include "phones/phonenormalizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace cli {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ForgetCommand", text, nullptr, n);
}

} // namespace

// accessy-invite forget [--region CC] NUMBER…: removes every record of these people from the
// local send history, and every trace of it from the data folder's files.
// Exit 0: records were removed; 1: none were found; 2: bad usage or the history failed.
int runForgetCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Removes every record of these phone numbers from the local send history (jobs, "
           "batches, invitations, and any text quoting them) and wipes them from the files of "
           "the data folder. Invitations already sent in Accessy are not affected.\n"
           "Exit code 0: records were removed; 1: none were found; 2: bad usage."));
    parser.addPositionalArgument(QStringLiteral("NUMBER"),
                                 tr("A phone number, as E.164 or written nationally."),
                                 QStringLiteral("NUMBER…"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("Country of numbers written without a country code."),
                                    QStringLiteral("CC"), QStringLiteral("SE"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOptions({region, help});
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("accessy-invite forget"));
    if (!parser.parse(argv)) {
        err << parser.errorText() << '\n' << parser.helpText();
        return 2;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().isEmpty()) {
        err << tr("Name at least one phone number to forget.") << '\n' << parser.helpText();
        return 2;
    }
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
    if (removed == 0) {
        out << tr("No record of %1 was found in the send history (%2).")
                   .arg(msisdns.join(QStringLiteral(", ")), path)
            << '\n';
        return 1;
    }
    out << tr("Removed %n record(s) of %1 from the send history (%2). Invitations in Accessy "
              "are not affected.",
              removed)
               .arg(msisdns.join(QStringLiteral(", ")), path)
        << '\n';
    return 0;
}

} // namespace cli
