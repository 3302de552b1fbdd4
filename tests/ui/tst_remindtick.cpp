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

const QString kPending = QStringLiteral("+46701229901");
const QString kNewFirst = QStringLiteral("+46701229902");
const QString kNewSecond = QStringLiteral("+46701229903");
const QString kMember = QStringLiteral("+46701229904");
const QString kOnlyPending = QStringLiteral("+46701229905");
const QString kCancelPending = QStringLiteral("+46701229906");
const QString kCancelNew = QStringLiteral("+46701229907");

} // namespace

using namespace sandboxwindow;

class TestRemindTick : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    // Presses Send for `numbers` (national form) and waits for the confirmation.
    static ui::SendConfirmationDialog *pressSend(ui::MainWindow &window, const QString &numbers)
    {
        return typeAndSend(window, numbers) ? waitForDialog<ui::SendConfirmationDialog>(&window)
                                            : nullptr;
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
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QVERIFY(addMember(sandbox, kMember));
        core::Application app;
        ui::MainWindow window(&app);
        startWindow(window, sandbox);
        history::HistoryStore *store = app.sender()->history();

        // The pending one: invited once, never accepted. Alone, there is nothing to tick.
        ui::SendConfirmationDialog *dialog = pressSend(window, QStringLiteral("0701229901"));
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("remindPending")));
        dialog->findChild<QPushButton *>(QStringLiteral("confirmSend"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(perMsisdn(sandbox).value(kPending).toInt(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!app.sender()->isRunning(), 10000);

        // One new, one pending, one member: the tick is offered, unticked, and says reminder.
        dialog = pressSend(window, QStringLiteral("0701229902\n0701229901\n0701229904"));
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
        QTRY_COMPARE_WITH_TIMEOUT(perMsisdn(sandbox).value(kNewFirst).toInt(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!app.sender()->isRunning(), 10000);
        QCOMPARE(perMsisdn(sandbox).value(kPending).toInt(), 1); // not texted
        QCOMPARE(perMsisdn(sandbox).value(kMember).toInt(), 0);
        QList<history::JobRecord> jobs = store->jobs();
        QCOMPARE(jobs.size(), 2);
        QVERIFY(!jobs.first().reminder);
        QCOMPARE(numbersOf(store, jobs.first().id).value(kPending),
                 history::NumberState::AlreadyInvited);

        // Again with the tick (and another new number): the pending one gets exactly one more
        // SMS, in a job of its own recorded as a reminder; the new one is a plain invitation.
        dialog = pressSend(window, QStringLiteral("0701229903\n0701229901\n0701229904"));
        QVERIFY(dialog);
        tick = dialog->findChild<QCheckBox *>(QStringLiteral("remindPending"));
        QVERIFY(tick && !tick->isChecked());
        tick->setChecked(true);
        send = dialog->findChild<QPushButton *>(QStringLiteral("confirmSend"));
        QCOMPARE(send->text(), QStringLiteral("Send 2 invitation(s)"));
        QCOMPARE(dialog->numbersToRemind(), QStringList{kPending});
        QSignalSpy finished(app.sender(), &sending::SendController::finished);
        QSignalSpy running(app.sender(), &sending::SendController::runningChanged);
        send->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(!app.sender()->isRunning());
        // One send as the window sees it: started once, ended once, with both counted.
        QCOMPARE(running.size(), 2);
        QCOMPARE(finished.first().at(0).toInt(), 2); // sent: the new one and the reminder
        const QJsonObject sent = perMsisdn(sandbox);
        QCOMPARE(sent.value(kPending).toInt(), 2);
        QCOMPARE(sent.value(kNewSecond).toInt(), 1);
        QCOMPARE(sent.value(kNewFirst).toInt(), 1);
        QCOMPARE(sent.value(kMember).toInt(), 0); // whatever is ticked
        jobs = store->jobs();
        QCOMPARE(jobs.size(), 4);
        const history::JobRecord reminder = jobs.at(0);
        const history::JobRecord invitations = jobs.at(1);
        QVERIFY(reminder.reminder);
        QVERIFY(!invitations.reminder);
        const auto reminded = numbersOf(store, reminder.id);
        QCOMPARE(reminded.size(), 1);
        QCOMPARE(reminded.value(kPending), history::NumberState::Invited);
        const auto invited = numbersOf(store, invitations.id);
        QCOMPARE(invited.value(kNewSecond), history::NumberState::Invited);
        QCOMPARE(invited.value(kMember), history::NumberState::Member);
        QVERIFY(!invited.contains(kPending));
    }

    void onlyPendingTicked_oneReminderJob()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        core::Application app;
        ui::MainWindow window(&app);
        startWindow(window, sandbox);
        history::HistoryStore *store = app.sender()->history();
        const int jobsBefore = int(store->jobs().size());

        ui::SendConfirmationDialog *dialog = pressSend(window, QStringLiteral("0701229905"));
        QVERIFY(dialog);
        dialog->findChild<QPushButton *>(QStringLiteral("confirmSend"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(perMsisdn(sandbox).value(kOnlyPending).toInt(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!app.sender()->isRunning(), 10000);

        dialog = pressSend(window, QStringLiteral("0701229905"));
        QVERIFY(dialog);
        auto *tick = dialog->findChild<QCheckBox *>(QStringLiteral("remindPending"));
        QVERIFY(tick && !tick->isChecked());
        tick->setChecked(true);
        QSignalSpy finished(app.sender(), &sending::SendController::finished);
        dialog->findChild<QPushButton *>(QStringLiteral("confirmSend"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(perMsisdn(sandbox).value(kOnlyPending).toInt(), 2);
        const QList<history::JobRecord> jobs = store->jobs();
        QCOMPARE(int(jobs.size()), jobsBefore + 2);
        QVERIFY(jobs.first().reminder);
        QCOMPARE(numbersOf(store, jobs.first().id).value(kOnlyPending),
                 history::NumberState::Invited);
    }

    // Cancelled before the first job sent anything: the reminders waiting for it are never
    // sent either, and the window hears of one send that ended.
    void cancelledBeforeSending_remindersNotSentEither()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        core::Application app;
        ui::MainWindow window(&app);
        startWindow(window, sandbox);
        history::HistoryStore *store = app.sender()->history();

        ui::SendConfirmationDialog *dialog = pressSend(window, QStringLiteral("0701229906"));
        QVERIFY(dialog);
        dialog->findChild<QPushButton *>(QStringLiteral("confirmSend"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(perMsisdn(sandbox).value(kCancelPending).toInt(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!app.sender()->isRunning(), 10000);
        const int jobsBefore = int(store->jobs().size());

        dialog = pressSend(window, QStringLiteral("0701229907\n0701229906"));
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(QStringLiteral("remindPending"))->setChecked(true);
        QSignalSpy finished(app.sender(), &sending::SendController::finished);
        QSignalSpy running(app.sender(), &sending::SendController::runningChanged);
        QSignalSpy outcomes(app.sender(), &sending::SendController::itemOutcome);
        dialog->findChild<QPushButton *>(QStringLiteral("confirmSend"))->click();
        QVERIFY(app.sender()->isRunning());
        app.sender()->cancel(); // the first job is still reading the organization's lists
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(running.size(), 2);
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QCOMPARE(finished.first().at(1).toInt(), 2);
        QCOMPARE(outcomes.size(), 2);
        for (const QList<QVariant> &o : std::as_const(outcomes))
            QCOMPARE(o.first().value<sending::SendOutcome>().kind, sending::OutcomeKind::Cancelled);
        QCOMPARE(perMsisdn(sandbox).value(kCancelPending).toInt(), 1);
        QCOMPARE(perMsisdn(sandbox).value(kCancelNew).toInt(), 0);
        const QList<history::JobRecord> jobs = store->jobs();
        // A job cancelled while it prepares journals nothing; a reminder job never started.
        QVERIFY(int(jobs.size()) <= jobsBefore + 1);
        for (int i = 0; i < int(jobs.size()) - jobsBefore; ++i)
            QVERIFY(!jobs.at(i).reminder);
    }
};

QTEST_MAIN(TestRemindTick)
#include "tst_remindtick.moc"
