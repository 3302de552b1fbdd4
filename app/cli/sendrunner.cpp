#include "cli/sendrunner.h"

#include "cli/awaitresult.h"
#include "cli/environmentcredentials.h"
#include "cli/sendlockwait.h"
#include "common/unixsignals.h"
#include "history/historystore.h"
#include "sending/invitationlistreader.h"
#include "sending/sendjob.h"
#include "sending/sendlock.h"
#include "sending/sendplanner.h"
#include "sending/sendpolicy.h"

#include <QFileInfo>
#include <QTextStream>

#include <unistd.h>

namespace cli {

namespace {

const QString kInvited = QStringLiteral("invited");
const QString kAlreadyInvited = QStringLiteral("pending");
const QString kWouldSend = QStringLiteral("would-send");

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

SendRunner::SendRunner(const SendArguments &arguments, const accessy::Credentials &credentials,
                       QObject *parent)
    : QObject(parent)
    , m_arguments(arguments)
    , m_credentials(credentials)
    , m_session(&m_client)
{
    accessy::ApiClientSettings settings;
    settings.baseUrl = arguments.apiUrl;
    settings.transferTimeoutMs = arguments.timeoutMs;
    // The invitation list is read whole when reconciling; large organizations have long lists.
    settings.maxReplyBytes = 256LL * 1024 * 1024;
    m_client.setSettings(settings);
    m_session.setCredentials(credentials);
    m_progressOnTerminal = ::isatty(STDERR_FILENO) == 1;
}

void SendRunner::note(const QString &text) const
{
    err() << text << '\n';
    err().flush();
}

int SendRunner::run(const QList<phones::PhoneEntry> &entries)
{
    m_entries = entries;
    m_lines.clear();
    int sendable = 0;
    for (const phones::PhoneEntry &e : entries) {
        ReportLine line;
        line.msisdn = e.e164.isEmpty() ? e.input.trimmed() : e.e164;
        if (phones::isSendable(e.verdict)) {
            ++sendable;
        } else {
            line.status = phones::verdictKey(e.verdict);
            line.error = e.note;
        }
        m_lines << line;
    }
    if (m_arguments.dryRun && !m_credentials.isComplete())
        return dryRun(nullptr); // a check of the list only
    if (!m_credentials.isComplete()) {
        note(missingCredentialsMessage(QStringLiteral("accessy-invite send")));
        return 2;
    }
    if (!signIn())
        return 2;
    history::HistoryStore store;
    QString error;
    if (!store.open(history::HistoryStore::defaultPath(), &error)) {
        note(tr("accessy-invite send: %1").arg(error));
        return 2;
    }
    if (m_arguments.dryRun)
        return dryRun(&store);
    if (sendable > 0 && !confirm(sendable, store))
        return 2;
    return send(store);
}

std::optional<accessy::Result<sending::OrganizationSnapshot>> SendRunner::readOrganization()
{
    sending::InvitationListReader lists(&m_session);
    sending::OrganizationReader reader(&m_session, &lists);
    return awaitResult<accessy::Result<sending::OrganizationSnapshot>>(
        [&reader](auto done) { reader.read(done); });
}

bool SendRunner::signIn()
{
    const auto answer = awaitResult<accessy::Result<accessy::Membership>>(
        [this](auto done) { m_session.signIn(this, done); });
    if (!answer->ok()) {
        note(tr("accessy-invite send: %1").arg(answer->error().userMessage()));
        return false;
    }
    return true;
}

int SendRunner::dryRun(history::HistoryStore *store)
{
    QList<sending::SendItem> items;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (phones::isSendable(m_entries.at(i).verdict))
            items << sending::SendItem{i, m_entries.at(i).e164, m_entries.at(i).name,
                                       m_entries.at(i).input};
    }
    sending::OrganizationSnapshot organization;
    if (store) {
        // Reading is harmless: show which numbers are members or invited already.
        const auto answer = readOrganization();
        if (!answer->ok()) {
            note(tr("accessy-invite send: %1").arg(answer->error().userMessage()));
            return 2;
        }
        organization = answer->value();
    }
    sending::planner::Rules rules;
    rules.inviteAgain = m_arguments.inviteAgain;
    rules.groupsChosen = !m_arguments.groupIds.isEmpty();
    const sending::SendPlan plan =
        sending::planner::preview(items, organization, store, m_session.organizationId(), rules);
    for (const sending::SendItem &item : plan.toSend)
        m_lines[item.key].status = kWouldSend;
    for (const sending::AlreadyInvited &a : plan.alreadyInvited) {
        m_lines[a.item.key].status = kAlreadyInvited;
        m_lines[a.item.key].invitationId = a.invitation.id;
        m_lines[a.item.key].error = sending::planner::alreadyInvitedReason(a.invitation);
    }
    for (const QList<sending::NumberVerdict> &members : {plan.members, plan.toAddToGroups}) {
        for (const sending::NumberVerdict &m : members) {
            m_lines[m.item.key].status = m.verdict == sending::Verdict::AddToGroups
                                             ? QStringLiteral("would-add-to-groups")
                                             : QStringLiteral("member");
            m_lines[m.item.key].error = sending::planner::verdictReason(m);
        }
    }
    for (const QString &line : sending::planner::summaryLines(plan))
        note(line);
    note(tr("Dry run: %n invitation(s) would be sent, %1 left out as already invited; nothing "
            "was sent.",
            nullptr, int(plan.toSend.size()))
             .arg(plan.alreadyInvited.size()));
    return finish(true);
}

bool SendRunner::confirm(int count, history::HistoryStore &store)
{
    if (m_arguments.yes)
        return true;
    if (m_arguments.numbersFile == QLatin1String("-") || ::isatty(STDIN_FILENO) != 1) {
        note(tr("accessy-invite send: standard input is not a terminal, so nobody can be asked; "
                "add --yes to send."));
        return false;
    }
    // What will really be sent: numbers with a pending invitation are left out. Reading the
    // list also tells the organization's name (it comes back inside invitations).
    QList<sending::SendItem> items;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (phones::isSendable(m_entries.at(i).verdict))
            items << sending::SendItem{i, m_entries.at(i).e164, {}, {}};
    }
    const auto answer = readOrganization();
    int leftOut = 0;
    if (answer->ok()) {
        // Members (and accepted ones) are never texted: left out of the count too.
        sending::planner::Rules rules;
        rules.inviteAgain = m_arguments.inviteAgain;
        rules.groupsChosen = !m_arguments.groupIds.isEmpty();
        const sending::SendPlan plan = sending::planner::preview(items, answer->value(), &store,
                                                                 m_session.organizationId(), rules);
        leftOut = int(plan.alreadyInvited.size() + plan.members.size() + plan.toAddToGroups.size());
    }
    const QString organization = m_session.organizationName().isEmpty()
                                     ? tr("organization %1").arg(m_session.organizationId())
                                     : m_session.organizationName();
    err() << tr("Send %n invitation(s) to %1 with the message \"%2\"?", nullptr, count - leftOut)
                 .arg(organization, m_arguments.message);
    if (m_reminder)
        err() << ' ' << tr("These are reminders: each person gets a second SMS.");
    if (leftOut > 0)
        err() << ' '
              << tr("%n number(s) are members or already have a pending invitation and are left "
                    "out.",
                    nullptr, leftOut);
    const int invalid = int(m_entries.size()) - count;
    if (invalid > 0)
        err() << ' '
              << tr("%n row(s) are not valid mobile numbers and are left out.", nullptr, invalid);
    err() << " [y/N] ";
    err().flush();
    QTextStream in(stdin);
    const QString reply = in.readLine().trimmed().toLower();
    // The prompt is the same in every language; a Swedish admin answers j or ja.
    static const QStringList yes{QStringLiteral("y"), QStringLiteral("yes"), QStringLiteral("j"),
                                 QStringLiteral("ja")};
    if (yes.contains(reply))
        return true;
    note(tr("Nothing was sent."));
    return false;
}

int SendRunner::send(history::HistoryStore &store)
{
    QList<sending::SendItem> items;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (phones::isSendable(m_entries.at(i).verdict))
            items << sending::SendItem{i, m_entries.at(i).e164, m_entries.at(i).name,
                                       m_entries.at(i).input};
    }
    // One send per organization at a time, the window's included. Taken before looking for an
    // interrupted job: while another process sends, its job is live, not interrupted.
    sending::SendLock ownLock(QFileInfo(store.path()).absolutePath(), m_session.organizationId());
    sending::SendLock &lock = m_heldLock ? *m_heldLock : ownLock;
    const QString organization = m_session.organizationName().isEmpty()
                                     ? m_session.organizationId()
                                     : m_session.organizationName();
    if (!lock.isLocked() && !takeSendLock(lock, organization, m_arguments.noWait,
                                          QStringLiteral("accessy-invite send")))
        return 2;
    // The same command again after a crash or kill finishes that send instead of starting
    // another one: its numbers already invited are reported, not sent again.
    qint64 continueJobId = 0;
    for (const history::JobRecord &job : store.unfinishedJobs(m_session.organizationId())) {
        // Reminders are new invitations by intent: never the rest of an interrupted send.
        if (!m_reminder && job.message == m_arguments.message &&
            job.groupIds == m_arguments.groupIds) {
            continueJobId = job.id;
            note(tr("Finishing the interrupted send #%1 of %2.")
                     .arg(job.id)
                     .arg(job.createdAt.toLocalTime().toString(Qt::ISODate)));
        } else {
            note(tr("Send #%1 of %2 (message \"%3\") did not finish; run its command again to "
                    "finish it.")
                     .arg(job.id)
                     .arg(job.createdAt.toLocalTime().toString(Qt::ISODate), job.message));
        }
    }
    sending::SendOptions options;
    options.batchSize = m_arguments.batchSize;
    options.maxInFlight = m_arguments.parallel;
    options.inviteAgain = m_arguments.inviteAgain;
    options.graceMs = qint64(m_arguments.graceSeconds) * 1000;
    const qint64 graceMs =
        sending::policy::effectiveGraceMs(options.graceMs, m_arguments.timeoutMs);
    if (graceMs != options.graceMs)
        note(tr("The grace period is %1 s: never shorter than twice the time-out (%2 ms).")
                 .arg(QString::number(double(graceMs) / 1000, 'g', 6))
                 .arg(m_arguments.timeoutMs));
    sending::SendJob job(&m_session, &store, options);
    job.useHeldLock(&lock);
    job.setReminder(m_reminder);
    job.setSource(!m_source.isEmpty() ? m_source
                  : m_arguments.numbersFile == QLatin1String("-")
                      ? m_arguments.numbersFile
                      : QFileInfo(m_arguments.numbersFile).fileName());
    // While numbers wait for their grace: a line when their count changes, else every 10 s.
    connect(&job, &sending::SendJob::unconfirmed, this,
            [this, lastNumbers = 0](int numbers, int secondsLeft) mutable {
                if (numbers > 0 && (numbers != lastNumbers || secondsLeft % 10 == 0)) {
                    note((m_progressOnTerminal ? QStringLiteral("\n") : QString()) +
                         tr("waiting %1 s to be sure the server did not already text %n "
                            "number(s)",
                            nullptr, numbers)
                             .arg(secondsLeft));
                }
                lastNumbers = numbers;
            });
    connect(&job, &sending::SendJob::recovered, this,
            [this](const sending::RecoverySummary &summary) {
                for (const QString &line : summary.lines())
                    note(line);
            });
    connect(&job, &sending::SendJob::outcome, this, [this](const sending::SendOutcome &o) {
        if (o.key < 0 || o.key >= m_lines.size())
            return;
        ReportLine &line = m_lines[o.key];
        line.status = sending::outcomeKindKey(o.kind);
        line.invitationId = o.invitation.id;
        line.error = o.error;
    });
    connect(&job, &sending::SendJob::progress, this, [this](int sent, int failed, int remaining) {
        if (!m_progressOnTerminal)
            return;
        err() << '\r'
              << tr("Sent %1, not sent %2, remaining %3   ").arg(sent).arg(failed).arg(remaining);
        err().flush();
    });
    // Ctrl+C or SIGTERM: no new batches; those in flight finish and are recorded.
    common::UnixSignals signals_;
    connect(&signals_, &common::UnixSignals::terminationRequested, &job, [this, &job] {
        note(tr("\nStopping: waiting for the requests in flight."));
        job.cancel();
    });
    awaitResult<bool>([&](auto done) {
        connect(&job, &sending::SendJob::finished, this, [done] { done(true); });
        job.start(
            sending::SendRequest{items, m_arguments.message, m_arguments.groupIds, continueJobId});
        if (!job.isRunning())
            done(true);
    });
    if (m_progressOnTerminal)
        note({});
    return finish(false);
}

int SendRunner::finish(bool dryRun)
{
    // A repeated number shares the fate of its first appearance.
    QHash<QString, int> first;
    for (int i = 0; i < m_lines.size(); ++i) {
        const QString &e164 = m_entries.at(i).e164;
        if (m_entries.at(i).verdict != phones::Verdict::Duplicate) {
            first.insert(e164, i);
        } else if (const auto it = first.constFind(e164); it != first.cend()) {
            m_lines[i].invitationId = m_lines.at(*it).invitationId;
        }
    }
    bool everyOne = true;
    QTextStream out(stdout);
    out << reportHeader() << '\n';
    for (int i = 0; i < m_lines.size(); ++i) {
        const ReportLine &line = m_lines.at(i);
        out << reportLine(line) << '\n';
        QString status = line.status;
        if (status == QLatin1String("duplicate") && first.contains(m_entries.at(i).e164))
            status = m_lines.at(first.value(m_entries.at(i).e164)).status;
        // A member is as good as invited: never texted, and given the groups when asked.
        const bool ok =
            status == kInvited || status == kAlreadyInvited || status == QLatin1String("member") ||
            status == QLatin1String("added-to-groups") ||
            (dryRun && (status == kWouldSend || status == QLatin1String("would-add-to-groups")));
        everyOne = everyOne && ok;
    }
    out.flush();
    return everyOne ? 0 : 1;
}

} // namespace cli
