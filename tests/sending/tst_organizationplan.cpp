// A send that knows the organization, against the real sandbox: members and accepted numbers
// are never texted (also from a fresh history), a member with groups chosen gets the groups
// and no SMS, pending ones are left out unless older than the reminder age, a deleted
// invitation is invited again once, and the member list walk's faults do not let a member slip.
#include "history/historystore.h"
#include "httpcall.h"
#include "sending/sendjob.h"
#include "sendtestsupport.h"

#include "testtable.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sending;
using sendtest::SandboxControl;

class TestOrganizationPlan : public QObject, sendtest::EngineTestFrame
{
    Q_OBJECT

    HttpResult control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        HttpCaller http;
        return http.call(method, m_sandbox.baseUrl().resolved(QUrl(path)),
                         {{"Content-Type", "application/json"}},
                         method == "GET" || method == "DELETE" ? QByteArray()
                                                               : QJsonDocument(body).toJson());
    }
    // Creates a member who was never invited; answers its user id.
    QString addMember(const QString &msisdn)
    {
        const HttpResult r = control("POST", QStringLiteral("/_sandbox/members"),
                                     {{QStringLiteral("msisdn"), msisdn}});
        return r.json().object().value(QStringLiteral("id")).toString();
    }
    // Every member the sandbox has, as its control API lists them.
    QJsonArray sandboxMembers()
    {
        return control("GET", QStringLiteral("/_sandbox/members"))
            .json()
            .object()
            .value(QStringLiteral("members"))
            .toArray();
    }
    // Removes the member with this user id; true when the sandbox had it.
    bool removeMember(const QString &userId)
    {
        return control("DELETE", QStringLiteral("/_sandbox/members/%1").arg(userId)).status == 200;
    }
    void setStatus(const QString &invitationId, const QString &status)
    {
        QCOMPARE(control("POST",
                         QStringLiteral("/_sandbox/invitations/%1/status").arg(invitationId),
                         {{QStringLiteral("status"), status}})
                     .status,
                 200);
    }
    sendtest::JobRun send(const QStringList &msisdns, history::HistoryStore *store,
                          const SendOptions &options = sendtest::quickOptions(5, 2),
                          const QStringList &groups = {})
    {
        sendtest::Engine engine(m_sandbox.baseUrl());
        SendJob job(&engine.session, store, options);
        return sendtest::runJob(
            job, SendRequest{sendtest::items(msisdns), QStringLiteral("Hi"), groups, 0});
    }
    QStringList groupIds(int n)
    {
        HttpCaller http;
        const QByteArray token = [&] {
            const HttpResult r = http.call(
                "POST", m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/auth/oauth/token"))),
                {{"Content-Type", "application/json"}},
                QJsonDocument(
                    QJsonObject{
                        {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                        {QStringLiteral("client_id"), SandboxProcess::defaultClientId()},
                        {QStringLiteral("client_secret"), SandboxProcess::defaultClientSecret()}})
                    .toJson());
            return r.json().object().value(QStringLiteral("access_token")).toString().toLatin1();
        }();
        const QJsonArray items =
            http.call("GET",
                      m_sandbox.baseUrl().resolved(QUrl(
                          QStringLiteral("/asset/admin/organization/%1/access-permission-group")
                              .arg(QStringLiteral("5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47")))),
                      {{"Authorization", "Bearer " + token}})
                .json()
                .object()
                .value(QStringLiteral("items"))
                .toArray();
        QStringList ids;
        for (int i = 0; i < n && i < items.size(); ++i)
            ids << items.at(i).toObject().value(QStringLiteral("id")).toString();
        return ids;
    }
    void verifyKinds(const sendtest::JobRun &run, const QStringList &msisdns, OutcomeKind kind)
    {
        for (const QString &n : msisdns)
            QVERIFY2(run.byMsisdn.value(n).kind == kind,
                     qPrintable(QStringLiteral("%1: %2 (%3), expected %4")
                                    .arg(n, outcomeKindKey(run.byMsisdn.value(n).kind),
                                         run.byMsisdn.value(n).error, outcomeKindKey(kind))));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(startSandbox(), qPrintable(m_sandbox.errorString())); }
    void init() { QVERIFY(beginTest()); }
    void cleanup() { endTest(); }

    void overlappingList_acceptedAndMembersNeverTexted_data()
    {
        addColumns<bool>("freshHistory");
        QTest::newRow("same history") << false;
        QTest::newRow("fresh HOME, no history") << true;
    }
    void overlappingList_acceptedAndMembersNeverTexted()
    {
        QFETCH(bool, freshHistory);
        const QStringList first = sendtest::numbers(10);
        const sendtest::JobRun sent = send(first, m_history.get());
        QVERIFY(sent.finished);
        verifyKinds(sent, first, OutcomeKind::Invited);
        // Five accept (they become members); someone else joined without an invitation.
        for (int i = 0; i < 5; ++i)
            setStatus(sent.byMsisdn.value(first.at(i)).invitation.id, QStringLiteral("ACCEPTED"));
        const QString joined = QStringLiteral("+46709990001");
        QVERIFY(!addMember(joined).isEmpty());

        // 0-4 accepted, 5-9 pending, 10-14 new, and the member who joined another way.
        const QStringList overlapping = sendtest::numbers(15) + QStringList{joined};
        QTemporaryDir otherHome;
        history::HistoryStore fresh;
        QVERIFY(fresh.open(otherHome.filePath(QStringLiteral("history.sqlite"))));
        const sendtest::JobRun again = send(overlapping, freshHistory ? &fresh : m_history.get());
        QVERIFY(again.finished);
        verifyKinds(again, first.mid(0, 5) + QStringList{joined}, OutcomeKind::Member);
        verifyKinds(again, first.mid(5, 5), OutcomeKind::AlreadyInvited);
        verifyKinds(again, sendtest::numbers(5, 10), OutcomeKind::Invited);
        QCOMPARE(again.plans.size(), 1);
        const SendPlan &plan = again.plans.first();
        QCOMPARE(plan.count(Verdict::Member), 6);
        QCOMPARE(plan.count(Verdict::Pending), 5);
        QCOMPARE(plan.count(Verdict::New), 5);
        QCOMPARE(plan.toSend.size(), 5);

        const QHash<QString, int> per = m_control->perMsisdn();
        for (const QString &n : sendtest::numbers(15))
            QCOMPARE(per.value(n), 1);
        QCOMPARE(per.value(joined), 0);
    }

    void acceptedBeforeMemberListCaughtUp_isNotTexted()
    {
        const QStringList numbers = sendtest::numbers(2);
        const sendtest::JobRun sent = send(numbers, m_history.get());
        setStatus(sent.byMsisdn.value(numbers.at(0)).invitation.id, QStringLiteral("ACCEPTED"));
        // The member list loses the number (not caught up); the invitation says ACCEPTED.
        const QJsonArray members = sandboxMembers();
        QCOMPARE(members.size(), 1);
        QVERIFY(removeMember(members.at(0).toObject().value("id").toString()));
        SendOptions options = sendtest::quickOptions(5, 2);
        options.inviteAgain = true; // never reaches an accepted number
        const sendtest::JobRun again = send(numbers, m_history.get(), options);
        verifyKinds(again, {numbers.at(0)}, OutcomeKind::Member);
        QCOMPARE(again.plans.first().count(Verdict::Accepted), 1);
        verifyKinds(again, {numbers.at(1)}, OutcomeKind::Invited); // pending, invited again
        QCOMPARE(m_control->perMsisdn().value(numbers.at(0)), 1);
        QCOMPARE(m_control->perMsisdn().value(numbers.at(1)), 2);
    }

    void memberWithGroupsChosen_getsGroupsAndNoSms()
    {
        const QString member = QStringLiteral("+46709990002");
        const QString newcomer = sendtest::numbers(1).first();
        QVERIFY(!addMember(member).isEmpty());
        const QStringList groups = groupIds(2);
        QCOMPARE(groups.size(), 2);
        // One 429 on the way: waited out (Retry-After 0), then the group is added.
        QCOMPARE(control("POST", QStringLiteral("/_sandbox/members/faults"),
                         {{QStringLiteral("rateLimitNextGroupAdd"), true},
                          {QStringLiteral("retryAfterSeconds"), 0}})
                     .status,
                 200);
        const sendtest::JobRun run =
            send({member, newcomer}, m_history.get(), sendtest::quickOptions(5, 2), groups);
        QVERIFY(run.finished);
        verifyKinds(run, {member}, OutcomeKind::AddedToGroups);
        verifyKinds(run, {newcomer}, OutcomeKind::Invited);
        QCOMPARE(run.plans.first().count(Verdict::AddToGroups), 1);
        const QJsonObject state = m_control->state();
        QCOMPARE(state.value(QStringLiteral("groupAdditions")).toInt(), 2);
        QCOMPARE(m_control->perMsisdn().value(member), 0);
        QCOMPARE(m_control->perMsisdn().value(newcomer), 1);
        const QJsonArray members = sandboxMembers();
        QCOMPARE(members.at(0).toObject().value(QStringLiteral("groups")).toArray().size(), 2);
    }

    void acceptedNotYetMember_withGroups_isNeitherTextedNorAdded()
    {
        const QStringList numbers = sendtest::numbers(1);
        const sendtest::JobRun sent = send(numbers, m_history.get());
        setStatus(sent.byMsisdn.value(numbers.at(0)).invitation.id, QStringLiteral("ACCEPTED"));
        const QJsonArray members = sandboxMembers();
        QVERIFY(removeMember(members.at(0).toObject().value("id").toString()));
        // Looked up by number (find-by-msisdn answers 404): reported, and no second SMS.
        const sendtest::JobRun run =
            send(numbers, m_history.get(), sendtest::quickOptions(5, 2), groupIds(1));
        QVERIFY(run.finished);
        verifyKinds(run, numbers, OutcomeKind::Failed);
        QVERIFY2(
            run.byMsisdn.value(numbers.at(0)).error.contains(QLatin1String("not a member yet")),
            qPrintable(run.byMsisdn.value(numbers.at(0)).error));
        QCOMPARE(m_control->perMsisdn().value(numbers.at(0)), 1);
        QCOMPARE(m_control->state().value(QStringLiteral("groupAdditions")).toInt(), 0);
    }

    void pendingOlderThanReminderAge_isReminded()
    {
        const QStringList numbers = sendtest::numbers(2);
        const sendtest::JobRun sent = send(numbers, m_history.get());
        QCOMPARE(control("POST",
                         QStringLiteral("/_sandbox/invitations/%1/created-at")
                             .arg(sent.byMsisdn.value(numbers.at(0)).invitation.id),
                         {{QStringLiteral("daysAgo"), 8}})
                     .status,
                 200);
        control("POST",
                QStringLiteral("/_sandbox/invitations/%1/created-at")
                    .arg(sent.byMsisdn.value(numbers.at(1)).invitation.id),
                {{QStringLiteral("daysAgo"), 3}});
        // Without reminders both are left out as pending.
        const sendtest::JobRun plain = send(numbers, m_history.get());
        verifyKinds(plain, numbers, OutcomeKind::AlreadyInvited);
        QVERIFY(
            plain.byMsisdn.value(numbers.at(0))
                .error.contains(QDateTime::currentDateTimeUtc().addDays(-8).toLocalTime().toString(
                    QStringLiteral("yyyy-MM-dd"))));

        SendOptions options = sendtest::quickOptions(5, 2);
        options.remindAfterDays = 7;
        const sendtest::JobRun reminded = send(numbers, m_history.get(), options);
        verifyKinds(reminded, {numbers.at(0)}, OutcomeKind::Invited);
        verifyKinds(reminded, {numbers.at(1)}, OutcomeKind::AlreadyInvited);
        QCOMPARE(reminded.plans.first().count(Verdict::Remind), 1);
        QCOMPARE(m_control->perMsisdn().value(numbers.at(0)), 2);
        QCOMPARE(m_control->perMsisdn().value(numbers.at(1)), 1);
    }

    void deletedInvitation_isInvitedAgainOnce()
    {
        const QStringList numbers = sendtest::numbers(1);
        const sendtest::JobRun sent = send(numbers, m_history.get());
        setStatus(sent.byMsisdn.value(numbers.at(0)).invitation.id, QStringLiteral("DELETED"));
        const sendtest::JobRun again = send(numbers, m_history.get());
        verifyKinds(again, numbers, OutcomeKind::Invited);
        QCOMPARE(again.plans.first().count(Verdict::Deleted), 1);
        const sendtest::JobRun third = send(numbers, m_history.get());
        verifyKinds(third, numbers, OutcomeKind::AlreadyInvited); // the new one is pending
        QCOMPARE(m_control->perMsisdn().value(numbers.at(0)), 2);
    }

    void memberListFaultsMidWalk_noMemberSlipsThrough()
    {
        QCOMPARE(
            control("POST", QStringLiteral("/_sandbox/members"), {{QStringLiteral("count"), 600}})
                .status,
            200);
        QCOMPARE(control("POST", QStringLiteral("/_sandbox/members/faults"),
                         {{QStringLiteral("rateLimitPageAt"), 1},
                          {QStringLiteral("retryAfterSeconds"), 0},
                          {QStringLiteral("expireTokensAtPage"), 2},
                          {QStringLiteral("changeTotalMidWalk"), true}})
                     .status,
                 200);
        // Generated members are +4676 0000000 upwards; one on each page.
        const QStringList members{QStringLiteral("+46760000000"), QStringLiteral("+46760000300"),
                                  QStringLiteral("+46760000599")};
        const QStringList newcomers = sendtest::numbers(2);
        sendtest::Engine engine(m_sandbox.baseUrl());
        SendJob job(&engine.session, m_history.get(), sendtest::quickOptions(5, 2));
        qint64 lastRead = 0;
        qint64 lastTotal = 0;
        connect(&job, &SendJob::memberProgress, this, [&](int read, qint64 total) {
            lastRead = read;
            lastTotal = total;
        });
        const sendtest::JobRun run = sendtest::runJob(
            job, SendRequest{sendtest::items(members + newcomers), QStringLiteral("Hi"), {}, 0});
        QVERIFY(run.finished);
        // The walk started over once (a member joined mid-walk) and read them all.
        QCOMPARE(lastTotal, 601);
        QCOMPARE(lastRead, 601);
        verifyKinds(run, members, OutcomeKind::Member);
        verifyKinds(run, newcomers, OutcomeKind::Invited);
        for (const QString &n : members)
            QCOMPARE(m_control->perMsisdn().value(n), 0);
    }

    void memberListUnreadable_sendsNothing()
    {
        control("POST", QStringLiteral("/_sandbox/members"), {{QStringLiteral("count"), 300}});
        control("POST", QStringLiteral("/_sandbox/members/faults"),
                {{QStringLiteral("emptyPageAt"), 1}});
        const QStringList numbers = sendtest::numbers(3);
        SendOptions options = sendtest::quickOptions(5, 2);
        options.maxListAttempts = 1; // the fault is one-shot: a second read would succeed
        const sendtest::JobRun run = send(numbers, m_history.get(), options);
        QVERIFY(run.finished);
        verifyKinds(run, numbers, OutcomeKind::Failed);
        QVERIFY2(run.byMsisdn.value(numbers.at(0)).error.contains(QLatin1String("page 1")),
                 qPrintable(run.byMsisdn.value(numbers.at(0)).error));
        QVERIFY(m_control->perMsisdn().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrganizationPlan)
#include "tst_organizationplan.moc"
