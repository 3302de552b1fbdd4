#include "cli/commandline.h"
#include "cli/commands.h"

#include "cli/sendreport.h"
#include "common/delimitedtext.h"
#include "history/historystore.h"
#include "history/sendhistoryquery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace cli {

namespace {

// The context of this file's texts in the catalogues (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(cli::HistoryCommand)
};

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(Qt::ISODate) : QString();
}

// "2026-11-01" (local midnight) or an ISO date and time; invalid when neither.
QDateTime parseSince(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date.startOfDay();
    return QDateTime::fromString(text, Qt::ISODate);
}

QStringList jobFields(const history::SendSummary &send)
{
    const history::JobRecord &job = send.job;
    const auto count = [&send](history::NumberState state) {
        return QString::number(send.count(state));
    };
    // The columns of earlier versions first, in their order (scripts read them by position);
    // the members' own outcomes (schema 4) after them.
    return {QString::number(job.id),
            when(job.createdAt),
            job.organizationId,
            job.sender,
            job.source,
            job.message,
            job.groupIds.join(QLatin1Char(' ')),
            job.reminder ? QStringLiteral("yes") : QStringLiteral("no"),
            job.state,
            QString::number(send.numbers),
            count(history::NumberState::Invited),
            count(history::NumberState::AlreadyInvited),
            count(history::NumberState::Failed),
            count(history::NumberState::Cancelled),
            count(history::NumberState::Unconfirmed),
            count(history::NumberState::Pending),
            count(history::NumberState::Member),
            count(history::NumberState::AddedToGroups)};
}

} // namespace

// accessy-invite history [--since DATE] [--numbers]: every past send of this machine as CSV,
// from the local history (no sign-in, nothing is sent). Exit 0, or 2 for bad usage or a
// history that cannot be read.
int runHistoryCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine line(
        QStringLiteral("history"),
        Text::tr(
            "Prints every send kept in the local history as CSV, oldest first: when, the "
            "organization, who sent (the client id, or \"pasted token\"), the file the numbers "
            "came from, the message, the access groups, whether it was a reminder, and how many "
            "numbers ended in each outcome (already_invited: left out as still pending; member: "
            "left out as a member; added_to_groups: a member given the access groups). With "
            "--numbers, one line per number instead, with "
            "the status its invitation had when the app last saw it (GONE: no longer on the "
            "server's list). Reads only the history; signs in nowhere."),
        Text::tr("Exit status: 0, or 2 for bad usage or an unreadable history.\n"));
    const QCommandLineOption since(
        QStringLiteral("since"),
        Text::tr("Only sends started on or after DATE (2026-11-01, local "
                 "time, or an ISO date and time)."),
        QStringLiteral("DATE"));
    const QCommandLineOption numbers(QStringLiteral("numbers"),
                                     Text::tr("One line per number of each send, with its current "
                                              "status."));
    line.addOption(since, Text::tr("--since needs a date such as 2026-11-01"));
    line.addOption(numbers);
    if (const std::optional<int> done = line.parse(arguments))
        return *done;
    const QCommandLineParser &parser = line.parser();
    QDateTime from;
    if (parser.isSet(since)) {
        from = parseSince(parser.value(since).trimmed());
        if (!from.isValid()) {
            return line.fail(Text::tr("--since needs a date such as 2026-11-01 (or an ISO date and "
                                      "time), not \"%1\".")
                                 .arg(parser.value(since)));
        }
    }
    const bool perNumber = parser.isSet(numbers);
    out << (perNumber ? QStringLiteral("job,when,msisdn,name,outcome,invitation_id,status,"
                                       "status_seen_at,reason")
                      : QStringLiteral("job,when,organization,sender,source,message,groups,"
                                       "reminder,state,numbers,invited,already_invited,failed,"
                                       "cancelled,unconfirmed,pending,member,added_to_groups"))
        << '\n';
    const QString path = history::HistoryStore::defaultPath();
    if (!QFile::exists(path))
        return 0; // nothing sent from this machine yet: an empty list, and no file created
    history::HistoryStore store;
    QString error;
    if (!store.open(path, &error)) {
        err << "accessy-invite history: " << error << '\n';
        return 2;
    }
    const history::SendHistoryQuery query(store); // the same reading as the window's
    for (const history::SendSummary &send : query.sends(from)) {
        if (!perNumber) {
            out << common::delimited::line(jobFields(send)) << '\n';
            continue;
        }
        const history::JobRecord &job = send.job;
        for (const history::JobNumberStatus &n : query.numbers(job.id)) {
            out << common::delimited::line({QString::number(job.id), when(job.createdAt),
                                            n.number.msisdn, n.number.name,
                                            history::numberStateKey(n.number.state),
                                            n.number.invitationId, n.currentStatus,
                                            when(n.statusSeenAt), n.number.reason})
                << '\n';
        }
    }
    return 0;
}

} // namespace cli
