#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/commonoptions.h"

#include "accessy/accessysession.h"
#include "accessy/apiclient.h"
#include "accessy/tlspolicy.h"
#include "cli/awaitresult.h"
#include "cli/environmentcredentials.h"
#include "cli/sendarguments.h"
#include "cli/sendlockwait.h"
#include "cli/sendreport.h"
#include "cli/sendrunner.h"
#include "history/historystore.h"
#include "sending/invitationlistreader.h"
#include "sending/reminders.h"
#include "sending/sendjournal.h"
#include "sending/sendlock.h"

#include <QCommandLineParser>

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>
#include <variant>

namespace cli {

namespace {

// The context of this file's texts in the catalogues (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(cli::RemindCommand)
};

const QString kCommand = QStringLiteral("accessy-invite remind");

// "7d", "36h", "0d": the age in milliseconds; -1 when not such an age.
qint64 parseAge(const QString &text)
{
    static const QRegularExpression age(QStringLiteral("^(\\d{1,5})([dh])$"));
    const QRegularExpressionMatch m = age.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return -1;
    const qint64 hours =
        m.captured(1).toLongLong() * (m.captured(2) == QLatin1String("d") ? 24 : 1);
    return hours * 3600 * 1000;
}

struct Options
{
    SendArguments send;
    qint64 olderThanMs = 0;
    QString olderThanText; // as given, for messages
};

std::variant<Options, int> parse(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("remind"),
        Text::tr(
            "Sends a new invitation — a second SMS — to everyone whose invitation is still pending "
            "after the given age, read from the server's invitation list (a number whose newest "
            "invitation is accepted, younger or otherwise settled is left alone). Asks first "
            "unless --yes; prints one CSV line per number like send: "
            "msisdn,invitation_id,status,error. The reminders are recorded in the send history.\n"
            "Without --message, the text of the pending invitations is sent again; without "
            "--group, the access groups the history recorded for them."),
        Text::tr(
            "Credentials: ACCESSY_CLIENT_ID and ACCESSY_CLIENT_SECRET, or ACCESSY_SESSION_TOKEN.\n"
            "Exit status: 0 every reminder was sent (or none was due), 1 some were not, 2 bad "
            "usage, sign-in failure, or another send running with --no-wait.\n"));
    const QCommandLineOption olderThan(
        QStringLiteral("older-than"),
        Text::tr("Remind invitations pending longer than AGE: days or "
                 "hours, such as 7d or 36h."),
        QStringLiteral("AGE"));
    const QCommandLineOption message(QStringLiteral("message"), Text::tr("The reminder's text."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Text::tr("Print who would be reminded; send nothing."));
    const QCommandLineOption yes(QStringList{QStringLiteral("y"), QStringLiteral("yes")},
                                 Text::tr("Send without asking."));
    line.addOption(olderThan, Text::tr("--older-than needs an age such as 7d"));
    line.addOption(message, Text::tr("--message needs the reminder's text"));
    const QCommandLineOption group = addGroupOption(line);
    const QCommandLineOption apiUrl = addApiUrlOption(line);
    const QCommandLineOption timeout = addTimeoutOption(line);
    line.addOption(dryRun);
    line.addOption(yes);
    const QCommandLineOption noWait = addNoWaitOption(line);
    if (const std::optional<int> done = line.parse(arguments))
        return *done;
    const QCommandLineParser &parser = line.parser();
    Options o;
    if (!parser.isSet(olderThan)) {
        return line.fail(
            Text::tr("--older-than AGE is required (such as 7d: pending for more than a week)."));
    }
    o.olderThanText = parser.value(olderThan).trimmed();
    o.olderThanMs = parseAge(o.olderThanText);
    if (o.olderThanMs < 0) {
        return line.fail(
            Text::tr("--older-than needs an age in days or hours, such as 7d or 36h, not \"%1\".")
                .arg(parser.value(olderThan)));
    }
    if (const std::optional<QString> cause = readTimeout(parser, timeout, &o.send.timeoutMs))
        return line.fail(*cause);
    o.send.graceSeconds = qMax(o.send.graceSeconds, 2 * o.send.timeoutMs / 1000 + 1);
    if (parser.isSet(message) && parser.value(message).trimmed().isEmpty()) {
        return line.fail(Text::tr("--message must not be blank"));
    }
    o.send.message = parser.value(message);
    if (const std::optional<QString> cause = readGroups(parser, group, &o.send.groupIds))
        return line.fail(*cause);
    if (const std::optional<QString> cause =
            readApiUrl(parser, apiUrl, qEnvironmentVariable("ACCESSY_API_URL"), &o.send.apiUrl))
        return line.fail(*cause);
    o.send.dryRun = parser.isSet(dryRun);
    o.send.yes = parser.isSet(yes);
    o.send.noWait = parser.isSet(noWait);
    o.send.inviteAgain = true; // they are pending: that is the point
    return o;
}

} // namespace

// accessy-invite remind --older-than 7d [...]: see the help text for the contract.
int runRemindCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    std::variant<Options, int> parsed = parse(arguments);
    if (const int *done = std::get_if<int>(&parsed))
        return *done;
    Options *options = &std::get<Options>(parsed);
    SendArguments &args = options->send;
    const accessy::Credentials credentials = credentialsFromEnvironment();
    if (const QString problem =
            accessy::tls::transportProblem(args.apiUrl, accessy::tls::Channel::Api);
        !problem.isEmpty()) {
        err << kCommand << ": " << problem << '\n';
        return 2;
    }
    if (!credentials.isComplete()) {
        err << missingCredentialsMessage(kCommand) << '\n';
        return 2;
    }
    history::HistoryStore store;
    QString error;
    if (!store.open(history::HistoryStore::defaultPath(), &error)) {
        err << kCommand << ": " << error << '\n';
        return 2;
    }

    accessy::ApiClient client;
    accessy::ApiClientSettings settings;
    settings.baseUrl = args.apiUrl;
    settings.transferTimeoutMs = args.timeoutMs;
    settings.maxReplyBytes = 256LL * 1024 * 1024; // the whole list of a large organization
    client.setSettings(settings);
    accessy::AccessySession session(&client);
    session.setCredentials(credentials);
    const auto signedIn = awaitResult<accessy::Result<accessy::Membership>>(
        [&session](auto done) { session.signIn(&session, done); });
    if (!signedIn->ok()) {
        err << kCommand << ": " << signedIn->error().userMessage() << '\n';
        return 2;
    }
    // Whom to remind is chosen under the organization's send lock: two reminders started
    // together must not both text the same people.
    sending::SendLock lock(QFileInfo(store.path()).absolutePath(), session.organizationId());
    const QString organization = session.organizationName().isEmpty() ? session.organizationId()
                                                                      : session.organizationName();
    if (!args.dryRun && !takeSendLock(lock, organization, args.noWait, kCommand))
        return 2;
    sending::InvitationListReader reader(&session);
    const QDateTime readStartedAt = QDateTime::currentDateTimeUtc();
    const auto list = awaitResult<accessy::Result<QList<accessy::Invitation>>>(
        [&reader](auto done) { reader.read(done); });
    if (!list->ok()) {
        err << kCommand << ": " << list->error().userMessage() << '\n';
        return 2;
    }
    store.learnFromList(session.organizationId(), sending::journal::seenStatuses(list->value()),
                        readStartedAt);
    const QList<accessy::Invitation> picked =
        sending::reminders::pickDue(list->value(), readStartedAt.addMSecs(-options->olderThanMs));
    if (picked.isEmpty()) {
        err << Text::tr("No invitation has been pending longer than %1; nothing to send.")
                   .arg(options->olderThanText)
            << '\n';
        out << reportHeader() << '\n';
        return 0;
    }
    if (args.message.isEmpty()) {
        args.message = sending::reminders::sharedMessage(&store, picked);
        if (args.message.isEmpty()) {
            err << kCommand << ": "
                << Text::tr("the %1 pending invitations do not share one text; give the reminder's "
                            "text with --message.")
                       .arg(picked.size())
                << '\n';
            return 2;
        }
    }
    if (args.groupIds.isEmpty()) {
        const std::optional<QStringList> groups = sending::reminders::recordedGroups(store, picked);
        if (!groups) {
            err << kCommand << ": "
                << Text::tr("the pending invitations were sent with different access groups; name "
                            "the reminder's groups with --group.")
                << '\n';
            return 2;
        }
        args.groupIds = *groups;
    }
    QHash<QString, QString> names;
    for (const history::InvitationRecord &r : store.invitations())
        names.insert(r.msisdn, r.name);
    QList<phones::PhoneEntry> entries;
    for (const accessy::Invitation &inv : picked) {
        phones::PhoneEntry e;
        e.row = int(entries.size()) + 1;
        e.input = e.e164 = inv.recipientMsisdn;
        e.name = names.value(inv.recipientMsisdn);
        e.verdict = phones::Verdict::Valid;
        entries << e;
    }
    err << Text::tr("%n invitation(s) pending since before %1.", nullptr, int(picked.size()))
               .arg(readStartedAt.addMSecs(-options->olderThanMs)
                        .toLocalTime()
                        .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        << '\n';
    err.flush();
    SendRunner runner(args, credentials);
    runner.setReminder(true);
    runner.useHeldLock(&lock);
    return runner.run(entries);
}

} // namespace cli
