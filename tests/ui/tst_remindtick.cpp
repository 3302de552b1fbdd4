// The send confirmation's "remind" tick (issue 11 item 2): numbers whose invitation is still
// pending are left out unless the admin ticks them in; ticked, they get exactly one more SMS,
// recorded as a reminder in the send history like Edit › Remind selected. New numbers of the
// same list are invited in their own (non-reminder) job; a member is never texted whatever is
// ticked. Against the real sandbox over loopback.
#include "appdataisolation.h"
#include "core/application.h"
#include "history/historystore.h"
#include "invitepanel.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "sandboxprocess.h"
#include "sandboxwindow.h"
#include "sendconfirmationdialog.h"
#include "sending/sendcontroller.h"

#include <QCheckBox>
#include <QJsonObject>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The numbers of this test by role, each case with its own: number N is +4670122990N, typed
// in national form as 070122990N.
enum Number
{
    Pending = 1,
    NewFirst,
    NewSecond,
    Member,
    OnlyPending,
    CancelPending,
    CancelNew
};

QString msisdn(Number n)
{
    return QStringLiteral("+4670122990%1").arg(int(n));
}

// The numbers as an admin types them, one a line.
QString typed(std::initializer_list<Number> numbers)
{
    QStringList lines;
    for (Number n : numbers)
        lines << QStringLiteral("070122990%1").arg(int(n));
    return lines.join(u'\n');
}

// One case's own sandbox, and the application with its main window signed in to it.
struct Office
{
    SandboxProcess sandbox;
    core::Application app;
    ui::MainWindow window{&app};

    history::HistoryStore *store() { return app.sender()->history(); }
    int textsTo(Number n) { return sandboxwindow::perMsisdn(sandbox).value(msisdn(n)).toInt(); }
};

} // namespace

using namespace sandboxwindow;

class TestRemindTick : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    // Presses Send for `numbers` and waits for the confirmation.
    static ui::SendConfirmationDialog *pressSend(ui::MainWindow &window, const QString &numbers)
    {
        return typeAndSend(window, numbers) ? waitForDialog<ui::SendConfirmationDialog>(&window)
                                            : nullptr;
    }

    // Confirms a first send of `number` alone and waits until the sandbox texted it once and the
    // send ended: the number is then pending (invited, never accepted).
    static bool confirmFirstInvitation(Office &office, ui::SendConfirmationDialog *dialog,
                                       Number number)
    {
        dialog->findChild<QPushButton *>(QStringLiteral("confirmSend"))->click();
        return QTest::qWaitFor([&] { return office.textsTo(number) == 1; }, 10000) &&
               QTest::qWaitFor([&] { return !office.app.sender()->isRunning(); }, 10000);
    }

    static QHash<QString, history::NumberState> numbersOf(history::HistoryStore *store,
                                                          qint64 jobId)
    {
        QHash<QString, history::NumberState> states;
        for (const history::JobNumber &n : store->jobNumbers(jobId))
            states.insert(n.msisdn, n.state);
        return states;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(isolateAppData(m_data)); }

    void pendingNumber_untickedLeftOut_tickedRemindedOnce_memberNeverTexted()
    {
        Office office;
        QVERIFY_STARTED(office.sandbox);
        QVERIFY(addMember(office.sandbox, msisdn(Member)));
        startWindow(office.window, office.sandbox);
        history::HistoryStore *store = office.store();

        // The pending one: invited once, never accepted. Alone, there is nothing to tick.
        ui::SendConfirmationDialog *dialog = pressSend(office.window, typed({Pending}));
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("remindPending")));
        QVERIFY(confirmFirstInvitation(office, dialog, Pending));

        // One new, one pending, one member: the tick is offered, unticked, and says reminder.
        dialog = pressSend(office.window, typed({NewFirst, Pending, Member}));
        QVERIFY(dialog);
        auto *tick = dialog->findChild<QCheckBox *>(QStringLiteral("remindPending"));
        QVERIFY(tick);
        QVERIFY(!tick->isChecked());
        QVERIFY2(tick->text().contains(QStringLiteral("Remind the 1 person")),
                 qPrintable(tick->text()));
        QVERIFY(tick->text().contains(QStringLiteral("second SMS")));
        auto *send = dialog->findChild<QPushButton *>(QStringLiteral("confirmSend"));
        QCOMPARE(send->text(), QStringLiteral("Send 1 invitation(s)"));
        QVERIFY(dialog->numbersToRemind().isEmpty());
        send->click();
        QTRY_COMPARE_WITH_TIMEOUT(office.textsTo(NewFirst), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!office.app.sender()->isRunning(), 10000);
        QCOMPARE(office.textsTo(Pending), 1); // not texted
        QCOMPARE(office.textsTo(Member), 0);
        QList<history::JobRecord> jobs = store->jobs();
        QCOMPARE(jobs.size(), 2);
        QVERIFY(!jobs.first().reminder);
        QCOMPARE(numbersOf(store, jobs.first().id).value(msisdn(Pending)),
                 history::NumberState::AlreadyInvited);

        // Again with the tick (and another new number): the pending one gets exactly one more
        // SMS, in a job of its own recorded as a reminder; the new one is a plain invitation.
        dialog = pressSend(office.window, typed({NewSecond, Pending, Member}));
        QVERIFY(dialog);
        tick = dialog->findChild<QCheckBox *>(QStringLiteral("remindPending"));
        QVERIFY(tick && !tick->isChecked());
        tick->setChecked(true);
        send = dialog->findChild<QPushButton *>(QStringLiteral("confirmSend"));
        QCOMPARE(send->text(), QStringLiteral("Send 2 invitation(s)"));
        QCOMPARE(dialog->numbersToRemind(), QStringList{msisdn(Pending)});
        QSignalSpy finished(office.app.sender(), &sending::SendController::finished);
        QSignalSpy running(office.app.sender(), &sending::SendController::runningChanged);
        send->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(!office.app.sender()->isRunning());
        // One send as the window sees it: started once, ended once, with both counted.
        QCOMPARE(running.size(), 2);
        QCOMPARE(finished.first().at(0).toInt(), 2); // sent: the new one and the reminder
        QCOMPARE(office.textsTo(Pending), 2);
        QCOMPARE(office.textsTo(NewSecond), 1);
        QCOMPARE(office.textsTo(NewFirst), 1);
        QCOMPARE(office.textsTo(Member), 0); // whatever is ticked
        jobs = store->jobs();
        QCOMPARE(jobs.size(), 4);
        const history::JobRecord reminder = jobs.at(0);
        const history::JobRecord invitations = jobs.at(1);
        QVERIFY(reminder.reminder);
        QVERIFY(!invitations.reminder);
        const auto reminded = numbersOf(store, reminder.id);
        QCOMPARE(reminded.size(), 1);
        QCOMPARE(reminded.value(msisdn(Pending)), history::NumberState::Invited);
        const auto invited = numbersOf(store, invitations.id);
        QCOMPARE(invited.value(msisdn(NewSecond)), history::NumberState::Invited);
        QCOMPARE(invited.value(msisdn(Member)), history::NumberState::Member);
        QVERIFY(!invited.contains(msisdn(Pending)));
    }

    void onlyPendingTicked_oneReminderJob()
    {
        Office office;
        QVERIFY_STARTED(office.sandbox);
        startWindow(office.window, office.sandbox);
        history::HistoryStore *store = office.store();
        const int jobsBefore = int(store->jobs().size());

        ui::SendConfirmationDialog *dialog = pressSend(office.window, typed({OnlyPending}));
        QVERIFY(dialog);
        QVERIFY(confirmFirstInvitation(office, dialog, OnlyPending));

        dialog = pressSend(office.window, typed({OnlyPending}));
        QVERIFY(dialog);
        auto *tick = dialog->findChild<QCheckBox *>(QStringLiteral("remindPending"));
        QVERIFY(tick && !tick->isChecked());
        tick->setChecked(true);
        QSignalSpy finished(office.app.sender(), &sending::SendController::finished);
        dialog->findChild<QPushButton *>(QStringLiteral("confirmSend"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(office.textsTo(OnlyPending), 2);
        const QList<history::JobRecord> jobs = store->jobs();
        QCOMPARE(int(jobs.size()), jobsBefore + 2);
        QVERIFY(jobs.first().reminder);
        QCOMPARE(numbersOf(store, jobs.first().id).value(msisdn(OnlyPending)),
                 history::NumberState::Invited);
    }

    // Cancelled before the first job sent anything: the reminders waiting for it are never
    // sent either, and the window hears of one send that ended.
    void cancelledBeforeSending_remindersNotSentEither()
    {
        Office office;
        QVERIFY_STARTED(office.sandbox);
        startWindow(office.window, office.sandbox);
        history::HistoryStore *store = office.store();

        ui::SendConfirmationDialog *dialog = pressSend(office.window, typed({CancelPending}));
        QVERIFY(dialog);
        QVERIFY(confirmFirstInvitation(office, dialog, CancelPending));
        const int jobsBefore = int(store->jobs().size());

        dialog = pressSend(office.window, typed({CancelNew, CancelPending}));
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(QStringLiteral("remindPending"))->setChecked(true);
        sending::SendController *sender = office.app.sender();
        QSignalSpy finished(sender, &sending::SendController::finished);
        QSignalSpy running(sender, &sending::SendController::runningChanged);
        QSignalSpy outcomes(sender, &sending::SendController::itemOutcome);
        dialog->findChild<QPushButton *>(QStringLiteral("confirmSend"))->click();
        QVERIFY(sender->isRunning());
        sender->cancel(); // the first job is still reading the organization's lists
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(running.size(), 2);
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QCOMPARE(finished.first().at(1).toInt(), 2);
        QCOMPARE(outcomes.size(), 2);
        for (const QList<QVariant> &o : std::as_const(outcomes))
            QCOMPARE(o.first().value<sending::SendOutcome>().kind, sending::OutcomeKind::Cancelled);
        QCOMPARE(office.textsTo(CancelPending), 1);
        QCOMPARE(office.textsTo(CancelNew), 0);
        const QList<history::JobRecord> jobs = store->jobs();
        // A job cancelled while it prepares journals nothing; a reminder job never started.
        QVERIFY(int(jobs.size()) <= jobsBefore + 1);
        for (int i = 0; i < int(jobs.size()) - jobsBefore; ++i)
            QVERIFY(!jobs.at(i).reminder);
    }
};

QTEST_MAIN(TestRemindTick)
#include "tst_remindtick.moc"
