// `accessy-invite remind` and `accessy-invite history` (issue 11 items 5 and 7, command line),
// the real program against the real sandbox. The sandbox on this branch cannot backdate an
// invitation, so ages are told apart with --older-than 1d (none is due) and 0d (every pending
// one is).
#include "commandprocess.h"
#include "programtestsupport.h"
#include "sendtestsupport.h"

#include "history/historystore.h"
#include "sending/sendlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestRemindHistory : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    std::unique_ptr<sendtest::SandboxControl> m_control;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = programtest::sandboxEnvironment(m_sandbox);
        env.insert(QStringLiteral("ACCESSY_INVITE_DATA_DIR"), dataDir());
        return env;
    }
    // Runs the program to its end.
    std::unique_ptr<CommandProcess> run(const QStringList &arguments, int *exitCode)
    {
        auto process = std::make_unique<CommandProcess>(arguments, environment());
        *exitCode = process->started() ? process->wait() : -1;
        return process;
    }
    // Runs `remind --older-than <age>` with `more` arguments to its end.
    std::unique_ptr<CommandProcess> remind(const QString &age, const QStringList &more,
                                           int *exitCode)
    {
        return run(QStringList{QStringLiteral("remind"), QStringLiteral("--older-than"), age} +
                       more,
                   exitCode);
    }
    // Sends `numbers` from the file `name` with `message`; true on exit 0.
    bool send(const QStringList &numbers, const QString &name, const QString &message)
    {
        const QString path = programtest::writeLines(m_dir->filePath(name), numbers);
        int code = -1;
        const auto p = run({QStringLiteral("send"), QStringLiteral("--numbers"), path,
                            QStringLiteral("--message"), message, QStringLiteral("--yes")},
                           &code);
        if (code != 0)
            qWarning().noquote() << p->err();
        return code == 0;
    }
    // What the program's history holds for `msisdn` (empty when it holds nothing).
    history::InvitationRecord recordOf(const QString &msisdn)
    {
        history::HistoryStore store;
        if (!store.open(dataDir() + QStringLiteral("/history.sqlite")))
            return {};
        for (const history::InvitationRecord &r : store.invitations())
            if (r.msisdn == msisdn)
                return r;
        return {};
    }
    QString statusInHistory(const QString &msisdn) { return recordOf(msisdn).status; }
    // Sets the status of the invitation the program sent to `msisdn`, on the sandbox.
    bool setStatus(const QString &msisdn, const char *status)
    {
        return m_sandbox.control(
            QStringLiteral("/_sandbox/invitations/%1/status").arg(idOf(msisdn)),
            QStringLiteral(R"({"status": "%1"})").arg(QLatin1String(status)).toUtf8());
    }
    QString idOf(const QString &msisdn) { return recordOf(msisdn).id; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY_STARTED(m_sandbox, {QStringLiteral("--quiet")});
        m_control = std::make_unique<sendtest::SandboxControl>(m_sandbox.baseUrl());
        QVERIFY(QFile::exists(programtest::program()));
    }
    void init()
    {
        QVERIFY(m_control->clear());
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void remind_onlyPendingOlderThanTheAge_recordedAsReminders()
    {
        const QStringList numbers = sendtest::numbers(4, 300);
        QVERIFY(send(numbers, QStringLiteral("club.csv"), QStringLiteral("Join us")));
        // The first accepted; a fifth person was invited outside this app, with another text.
        QVERIFY(setStatus(numbers.at(0), "ACCEPTED"));
        const QString outsider = sendtest::numbers(1, 900).first();
        QCOMPARE(m_control->postInvitations({outsider}).size(), 1);

        int code = -1;
        auto none = remind(QStringLiteral("1d"), {QStringLiteral("--yes")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(none->err().contains(QLatin1String("pending longer than 1d")),
                 qPrintable(none->err()));
        QCOMPARE(none->rows().size(), 0);

        // Due now: four pending invitations with two different texts — which one to send?
        auto ambiguous = remind(QStringLiteral("0d"), {QStringLiteral("--yes")}, &code);
        QCOMPARE(code, 2);
        QVERIFY2(ambiguous->err().contains(QLatin1String("--message")),
                 qPrintable(ambiguous->err()));

        auto dry = remind(QStringLiteral("0d"),
                          {QStringLiteral("--message"), QStringLiteral("Still want in?"),
                           QStringLiteral("--dry-run")},
                          &code);
        QCOMPARE(code, 0);
        QCOMPARE(dry->rows().size(), 4);
        for (const QStringList &row : dry->rows())
            QCOMPARE(row.value(2), QStringLiteral("would-send"));
        QCOMPARE(m_control->perMsisdn().value(numbers.at(1)), 1);

        // Without --yes and with no terminal to ask on: refused, like send.
        auto unasked =
            remind(QStringLiteral("0d"),
                   {QStringLiteral("--message"), QStringLiteral("Still want in?")}, &code);
        QCOMPARE(code, 2);
        QVERIFY2(unasked->err().contains(QLatin1String("--yes")), qPrintable(unasked->err()));

        auto sent = remind(QStringLiteral("0d"),
                           {QStringLiteral("--message"), QStringLiteral("Still want in?"),
                            QStringLiteral("--yes")},
                           &code);
        QCOMPARE(code, 0);
        const QList<QStringList> rows = sent->rows();
        QCOMPARE(rows.size(), 4);
        QSet<QString> reminded;
        for (const QStringList &row : rows) {
            QCOMPARE(row.value(2), QStringLiteral("invited"));
            reminded.insert(row.value(0));
        }
        QCOMPARE(reminded, (QSet<QString>{numbers.at(1), numbers.at(2), numbers.at(3), outsider}));
        // Ground truth: one more invitation for each reminded number, none for the accepted one.
        const QHash<QString, int> per = m_control->perMsisdn();
        QCOMPARE(per.value(numbers.at(0)), 1);
        for (const QString &n : reminded)
            QCOMPARE(per.value(n), 2);

        history::HistoryStore store;
        QVERIFY(store.open(dataDir() + QStringLiteral("/history.sqlite")));
        const QList<history::JobRecord> jobs = store.jobs(); // newest first
        QCOMPARE(jobs.size(), 2);
        QVERIFY(jobs.at(0).reminder);
        QCOMPARE(jobs.at(0).message, QStringLiteral("Still want in?"));
        QVERIFY(!jobs.at(1).reminder);
        QCOMPARE(jobs.at(1).source, QStringLiteral("club.csv"));
        // The list read before reminding taught the history who accepted.
        for (const history::InvitationRecord &r : store.invitations(jobs.at(1).id)) {
            if (r.msisdn == numbers.at(0))
                QCOMPARE(r.status, QStringLiteral("ACCEPTED"));
        }

        // The reminders are pending now, and young: nobody is due again.
        auto again = remind(QStringLiteral("1h"), {QStringLiteral("--yes")}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(again->rows().size(), 0);
    }

    void remind_badAge_andNoWaitWhileAnotherSends()
    {
        int code = -1;
        auto bad = remind(QStringLiteral("week"), {}, &code);
        QCOMPARE(code, 2);
        QVERIFY2(bad->err().contains(QLatin1String("7d or 36h")), qPrintable(bad->err()));
        auto missing = run({QStringLiteral("remind")}, &code);
        QCOMPARE(code, 2);
        QVERIFY2(missing->err().contains(QLatin1String("--older-than")),
                 qPrintable(missing->err()));

        QVERIFY(send(sendtest::numbers(2, 400), QStringLiteral("a.csv"), QStringLiteral("Hi")));
        sendtest::Engine engine(m_sandbox.baseUrl());
        QVERIFY(engine.signIn());
        sending::SendLock holder(dataDir(), engine.session.organizationId());
        QVERIFY(holder.tryLock());
        auto refused = remind(QStringLiteral("0d"),
                              {QStringLiteral("--yes"), QStringLiteral("--no-wait")}, &code);
        QCOMPARE(code, 2);
        QVERIFY2(
            refused->err().contains(
                QStringLiteral("is running in process %1").arg(QCoreApplication::applicationPid())),
            qPrintable(refused->err()));
        QCOMPARE(m_control->perMsisdn().value(sendtest::numbers(1, 400).first()), 1);
    }

    void history_printsEverySend_filteredBySince_withNumbers()
    {
        int code = -1;
        auto empty = run({QStringLiteral("history")}, &code);
        QCOMPARE(code, 0);
        QVERIFY(empty->out().startsWith(QLatin1String("job,when,organization,sender,source,")));
        QCOMPARE(empty->rows().size(), 0);
        QVERIFY(!QFile::exists(dataDir() + QStringLiteral("/history.sqlite"))); // not created

        const QStringList first = sendtest::numbers(3, 600);
        QVERIFY(send(first, QStringLiteral("first.csv"), QStringLiteral("Hello")));
        QVERIFY(send(first + sendtest::numbers(2, 650), QStringLiteral("second.csv"),
                     QStringLiteral("Hello")));

        auto all = run({QStringLiteral("history")}, &code);
        QCOMPARE(code, 0);
        const QList<QStringList> rows = all->rows();
        QCOMPARE(rows.size(), 2);
        // job,when,organization,sender,source,message,groups,reminder,state,numbers,invited,
        // already_invited,failed,cancelled,unconfirmed,pending
        QCOMPARE(rows.at(0).value(3), SandboxProcess::defaultClientId());
        QCOMPARE(rows.at(0).value(4), QStringLiteral("first.csv"));
        QCOMPARE(rows.at(0).value(5), QStringLiteral("Hello"));
        QCOMPARE(rows.at(0).value(7), QStringLiteral("no"));
        QCOMPARE(rows.at(0).value(8), QStringLiteral("finished"));
        QCOMPARE(rows.at(0).value(10), QStringLiteral("3"));
        QCOMPARE(rows.at(1).value(4), QStringLiteral("second.csv"));
        QCOMPARE(rows.at(1).value(9), QStringLiteral("5"));
        QCOMPARE(rows.at(1).value(10), QStringLiteral("2")); // invited
        QCOMPARE(rows.at(1).value(11), QStringLiteral("3")); // already invited
        QVERIFY(!all->out().contains(SandboxProcess::defaultClientSecret()));

        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        auto sinceToday = run({QStringLiteral("history"), QStringLiteral("--since"), today}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(sinceToday->rows().size(), 2);
        auto sinceTomorrow =
            run({QStringLiteral("history"), QStringLiteral("--since"), tomorrow}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(sinceTomorrow->rows().size(), 0);
        auto badDate = run(
            {QStringLiteral("history"), QStringLiteral("--since"), QStringLiteral("soon")}, &code);
        QCOMPARE(code, 2);
        QVERIFY2(badDate->err().contains(QLatin1String("--since needs a date")),
                 qPrintable(badDate->err()));

        // Per number, with the status the app last saw: the first one accepted meanwhile and
        // the window or a send read the list (here: a send of one more number).
        QVERIFY(m_sandbox.control(
            QStringLiteral("/_sandbox/invitations/%1/status").arg(idOf(first.at(0))),
            R"({"status": "ACCEPTED"})"));
        QVERIFY(
            send(sendtest::numbers(1, 690), QStringLiteral("third.csv"), QStringLiteral("Hello")));
        auto numbers = run({QStringLiteral("history"), QStringLiteral("--numbers")}, &code);
        QCOMPARE(code, 0);
        QVERIFY(numbers->out().startsWith(
            QLatin1String("job,when,msisdn,name,outcome,invitation_id,status,")));
        const QList<QStringList> lines = numbers->rows();
        QCOMPARE(lines.size(), 3 + 5 + 1);
        QCOMPARE(lines.at(0).value(2), first.at(0));
        QCOMPARE(lines.at(0).value(4), QStringLiteral("invited"));
        QCOMPARE(lines.at(0).value(6), QStringLiteral("ACCEPTED"));
        QVERIFY(!lines.at(0).value(7).isEmpty()); // when it was seen
        QCOMPARE(lines.at(1).value(6), QStringLiteral("PENDING"));
    }

    void history_pastedToken_recordedAsSuch_neverTheToken()
    {
        sendtest::Engine engine(m_sandbox.baseUrl());
        QVERIFY(engine.signIn());
        const QString token = engine.session.currentToken();
        QVERIFY(!token.isEmpty());
        const QString list = m_dir->filePath(QStringLiteral("p.csv"));
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(sendtest::numbers(1, 880).first().toUtf8() + '\n');
        file.close();
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("ACCESSY_CLIENT_ID"));
        env.remove(QStringLiteral("ACCESSY_CLIENT_SECRET"));
        env.insert(QStringLiteral("ACCESSY_SESSION_TOKEN"), token);
        CommandProcess sent({QStringLiteral("send"), QStringLiteral("--numbers"), list,
                             QStringLiteral("--message"), QStringLiteral("Hi"),
                             QStringLiteral("--yes")},
                            env);
        QVERIFY(sent.started());
        QCOMPARE(sent.wait(), 0);
        int code = -1;
        auto printed = run({QStringLiteral("history")}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(printed->rows().size(), 1);
        QCOMPARE(printed->rows().first().value(3), QStringLiteral("pasted token"));
        QVERIFY(!printed->out().contains(token));
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile database(dataDir() + QStringLiteral("/history.sqlite") + suffix);
            if (database.open(QIODevice::ReadOnly))
                QVERIFY(!database.readAll().contains(token.toUtf8()));
        }
    }

    void watch_statusesItSeesAreWrittenToTheHistory()
    {
        const QStringList numbers = sendtest::numbers(2, 800);
        QVERIFY(send(numbers, QStringLiteral("w.csv"), QStringLiteral("Hi")));
        // Accepted before watch starts: its first list read tells.
        QVERIFY(setStatus(numbers.at(0), "ACCEPTED"));
        CommandProcess watch(
            {QStringLiteral("watch"), QStringLiteral("--interval"), QStringLiteral("3600")},
            environment());
        QVERIFY(watch.started());
        QTRY_VERIFY_WITH_TIMEOUT(watch.err().contains(QLatin1String("only changes are printed")),
                                 30000);
        QTRY_COMPARE_WITH_TIMEOUT(statusInHistory(numbers.at(0)), QStringLiteral("ACCEPTED"),
                                  10000);
        QCOMPARE(statusInHistory(numbers.at(1)), QStringLiteral("PENDING"));
        // A change pushed while watching (an event; the list is not read again for an hour).
        QTRY_VERIFY_WITH_TIMEOUT(watch.err().contains(QLatin1String("Events: live")), 30000);
        QVERIFY(setStatus(numbers.at(1), "DELETED"));
        QTRY_VERIFY2_WITH_TIMEOUT(statusInHistory(numbers.at(1)) == QLatin1String("DELETED"),
                                  qPrintable(watch.out() + watch.err()), 15000);
        watch.terminate();
        QVERIFY(watch.wait(30000) >= 0);
    }
};

QTEST_GUILESS_MAIN(TestRemindHistory)
#include "tst_remindhistory.moc"
