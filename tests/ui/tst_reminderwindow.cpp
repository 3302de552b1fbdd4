// Reminders and deleted invitations in the window (issue 11): View › "Pending longer than N
// days" selects the invitations pending that long; Edit › "Remind selected" sends them a second
// SMS after saying so, recorded as reminders; a deleted invitation or a removed membership
// shows the "invite them again?" bar once, and its button plans them through the confirmation.
// Against the real sandbox over loopback, with its live events.
#include "appdataisolation.h"
#include "core/application.h"
#include "deletedinvitationsbar.h"
#include "history/historystore.h"
#include "invitepanel.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "models/deletedinvitations.h"
#include "models/invitationtablemodel.h"
#include "remindercommands.h"
#include "resultspanel.h"
#include "resultsview.h"
#include "sandboxhttp.h"
#include "sandboxprocess.h"
#include "sandboxwindow.h"
#include "sendconfirmationdialog.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using models::InvitationTableModel;

using namespace sandboxwindow;

class TestReminderWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    static bool sendNumbers(ui::MainWindow &window, const QString &numbers)
    {
        return typeAndSend(window, numbers) &&
               answerDialog<ui::SendConfirmationDialog>(&window, QString(),
                                                        QStringLiteral("confirmSend"));
    }

    // Starts the window on the sandbox's live events, sends two numbers and waits until both
    // have their invitation and the send ended.
    static bool sendTwoLive(core::Application &app, ui::MainWindow &window, SandboxProcess &sandbox,
                            const QString &numbers)
    {
        startWindow(window, sandbox, Events::Live);
        const auto live = [&] {
            return window.events()->state() == events::StompClient::State::Live;
        };
        const auto bothInvited = [&] {
            return window.resultsModel()->allInvitationIds().size() == 2;
        };
        return QTest::qWaitFor(live, 10000) && sendNumbers(window, numbers) &&
               QTest::qWaitFor(bothInvited, 10000) &&
               QTest::qWaitFor([&] { return !app.sender()->isRunning(); }, 5000);
    }

    static QString idOf(InvitationTableModel *rows, const QString &msisdn)
    {
        for (const invitations::InvitationRow &row : rows->rows()) {
            if (row.msisdn == msisdn && !row.invitationId.isEmpty())
                return row.invitationId;
        }
        return {};
    }

    static QStringList selectedNumbers(ui::MainWindow &window)
    {
        QStringList numbers;
        for (int source : window.resultsPanel()->selectedSourceRows())
            numbers << window.resultsModel()->row(source).msisdn;
        numbers.sort();
        return numbers;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(isolateAppData(m_data)); }

    void pendingLongerThanN_selected_remindedAfterSecondSmsConfirmation()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QString a = QStringLiteral("+46701119901"), b = QStringLiteral("+46701119902"),
                      c = QStringLiteral("+46701119903");
        {
            core::Application app;
            ui::MainWindow window(&app);
            startWindow(window, sandbox, Events::Live);
            QVERIFY(sendNumbers(window, QStringLiteral("0701119901\n0701119902\n0701119903")));
            QTRY_COMPARE_WITH_TIMEOUT(window.resultsModel()->allInvitationIds().size(), 3, 10000);
            QTRY_VERIFY(!app.sender()->isRunning());
            // A and B were invited 8 and 10 days ago, C 3 days ago.
            for (const auto &[msisdn, days] :
                 {std::pair{a, 8}, std::pair{b, 10}, std::pair{c, 3}}) {
                const QString id = idOf(window.resultsModel(), msisdn);
                QVERIFY(!id.isEmpty());
                QVERIFY(
                    sandbox.control(QStringLiteral("/_sandbox/invitations/%1/created-at").arg(id),
                                    QStringLiteral(R"({"daysAgo":%1})").arg(days).toUtf8()));
            }
            window.close();
        }
        // A week later: the window reads the organization's invitations as they are.
        core::Application app;
        ui::MainWindow window(&app);
        startWindow(window, sandbox, Events::Live);
        QTRY_COMPARE_WITH_TIMEOUT(window.resultsModel()->rowCount(), 3, 10000);
        auto *select = window.findChild<QAction *>(QStringLiteral("selectPendingLonger"));
        QVERIFY(select);
        QCOMPARE(select->text(), QStringLiteral("&Pending longer than 7 day(s)…")); // the default
        select->trigger();
        auto *dialog = waitForDialog<QDialog>(&window, QStringLiteral("pendingDaysDialog"));
        QVERIFY(dialog);
        auto *days = dialog->findChild<QSpinBox *>(QStringLiteral("pendingDays"));
        QCOMPARE(days->value(), 7);
        QVERIFY(dialog->findChild<QLabel *>()->buddy() == days);
        days->setValue(5);
        dialog->findChild<QPushButton *>(QStringLiteral("selectPending"))->click();
        QCOMPARE(selectedNumbers(window), (QStringList{a, b}));
        QCOMPARE(QSettings().value(QStringLiteral("reminders/pendingDays")).toInt(), 5);
        QCOMPARE(select->text(), QStringLiteral("&Pending longer than 5 day(s)…"));
        QCOMPARE(ui::ReminderCommands::pendingDays(), 5);

        auto *remind = window.findChild<QAction *>(QStringLiteral("remindSelected"));
        QVERIFY(remind);
        // Cancel first: nothing is sent.
        remind->trigger();
        auto *box = waitForDialog<QMessageBox>(&window, QStringLiteral("remindConfirmation"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("SECOND SMS")), qPrintable(box->text()));
        QVERIFY(box->text().contains(QStringLiteral("2 person(s)")));
        QVERIFY(box->detailedText().contains(a) && box->detailedText().contains(b));
        QVERIFY(!box->detailedText().contains(c));
        QVERIFY(box->defaultButton() !=
                box->findChild<QPushButton *>(QStringLiteral("confirmRemind")));
        box->reject();
        QTRY_VERIFY(!box->isVisible());
        QCOMPARE(perMsisdn(sandbox).value(a).toInt(), 1);

        remind->trigger();
        QVERIFY(answerDialog<QMessageBox>(&window, QStringLiteral("remindConfirmation"),
                                          QStringLiteral("confirmRemind")));
        QTRY_VERIFY_WITH_TIMEOUT(perMsisdn(sandbox).value(b).toInt() == 2, 10000);
        QTRY_VERIFY(!app.sender()->isRunning());
        const QJsonObject sent = perMsisdn(sandbox);
        QCOMPARE(sent.value(a).toInt(), 2);
        QCOMPARE(sent.value(b).toInt(), 2);
        QCOMPARE(sent.value(c).toInt(), 1); // younger than 5 days: not reminded
        // Recorded as reminders, as `accessy-invite remind` records them.
        const QList<history::JobRecord> jobs = app.sender()->history()->jobs();
        QVERIFY(!jobs.isEmpty());
        QVERIFY(jobs.first().reminder);
        QCOMPARE(app.sender()->history()->jobNumbers(jobs.first().id).size(), 2);
    }

    void remindSelected_withoutPendingRows_saysWhatToDo_sendsNothing()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        core::Application app;
        ui::MainWindow window(&app);
        startWindow(window, sandbox, Events::Live);
        window.findChild<QAction *>(QStringLiteral("remindSelected"))->trigger();
        QVERIFY(window.findChildren<QMessageBox *>(QStringLiteral("remindConfirmation")).isEmpty());
        QCOMPARE(sandbox.state().value(QStringLiteral("invitationRequests")).toInt(), 0);
    }

    void deletedEvent_showsBarOnce_inviteAgainThroughConfirmation()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QVERIFY(sandbox.eventsUrl().isValid());
        core::Application app;
        ui::MainWindow window(&app);
        QVERIFY(sendTwoLive(app, window, sandbox, QStringLiteral("0701119911\n0701119912")));
        auto *bar = window.findChild<ui::DeletedInvitationsBar *>();
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());

        const QString deleted = QStringLiteral("+46701119911");
        QVERIFY(sandbox.control(QStringLiteral("/_sandbox/invitations/%1/status")
                                    .arg(idOf(window.resultsModel(), deleted)),
                                R"({"status":"DELETED"})"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        auto *text = bar->findChild<QLabel *>(QStringLiteral("deletedText"));
        QCOMPARE(text->text(), QStringLiteral("1 invitation(s) were deleted — usually an account "
                                              "reset. Invite them again?"));
        QCOMPARE(text->toolTip(), deleted);
        // A refresh sees the same deletion: still once.
        window.tracker()->refresh();
        QTRY_VERIFY(!window.tracker()->isRefreshing());
        QCOMPARE(bar->deleted()->numbers(), QStringList{deleted});

        auto *again = bar->findChild<QPushButton *>(QStringLiteral("inviteDeletedAgain"));
        QVERIFY(again->isVisible());
        // From the keyboard: its mnemonic works wherever the focus is in the window.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(!bar->isVisible()); // a mnemonic clicks after its 100 ms animation
        auto *dialog = waitForDialog<ui::SendConfirmationDialog>(&window);
        QVERIFY(dialog);
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("verdictSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("was deleted")),
                 qPrintable(summary->text()));
        dialog->findChild<QPushButton *>(QStringLiteral("confirmSend"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(perMsisdn(sandbox).value(deleted).toInt() == 2, 10000);
        QTRY_VERIFY(!app.sender()->isRunning());
        QCOMPARE(perMsisdn(sandbox).value(QStringLiteral("+46701119912")).toInt(), 1);
        // Later refreshes bring the old deletion back no more.
        window.tracker()->refresh();
        QTRY_VERIFY(!window.tracker()->isRefreshing());
        QVERIFY(!bar->isVisible());
    }

    void deletedNumber_invitedAgainByAnyPath_leavesTheBar()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        core::Application app;
        ui::MainWindow window(&app);
        QVERIFY(sendTwoLive(app, window, sandbox, QStringLiteral("0701119921\n0701119922")));
        auto *bar = window.findChild<ui::DeletedInvitationsBar *>();
        QVERIFY(bar);
        const QString first = QStringLiteral("+46701119921");
        const QString second = QStringLiteral("+46701119922");
        for (const QString &number : {first, second}) {
            QVERIFY(sandbox.control(QStringLiteral("/_sandbox/invitations/%1/status")
                                        .arg(idOf(window.resultsModel(), number)),
                                    R"({"status":"DELETED"})"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(bar->deleted()->numbers().size(), 2, 10000);
        QVERIFY(bar->isVisible());
        // The admin types one of them again and sends it the usual way, not from the bar.
        QVERIFY(sendNumbers(window, QStringLiteral("0701119921")));
        QTRY_VERIFY_WITH_TIMEOUT(perMsisdn(sandbox).value(first).toInt() == 2, 10000);
        QTRY_VERIFY(!app.sender()->isRunning());
        QCOMPARE(bar->deleted()->numbers(), QStringList{second}); // only the other is offered
        QVERIFY(bar->isVisible());
        QVERIFY(sendNumbers(window, QStringLiteral("0701119922")));
        QTRY_VERIFY_WITH_TIMEOUT(perMsisdn(sandbox).value(second).toInt() == 2, 10000);
        QTRY_VERIFY(!bar->isVisible()); // nothing left to offer
    }

    void refreshFindsInvitationsGone_showsBarOnce()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        core::Application app;
        ui::MainWindow window(&app);
        window.tracker()->setRefreshInterval(0);
        window.enterPracticeMode(sandbox.baseUrl(), QUrl(), SandboxProcess::defaultClientId(),
                                 SandboxProcess::defaultClientSecret()); // no live events
        window.show();
        QVERIFY(sendNumbers(window, QStringLiteral("0701119931\n0701119932")));
        QTRY_COMPARE_WITH_TIMEOUT(window.resultsModel()->allInvitationIds().size(), 2, 10000);
        QTRY_VERIFY(!app.sender()->isRunning());
        auto *bar = window.findChild<ui::DeletedInvitationsBar *>();
        const auto refresh = [&] {
            window.tracker()->refresh();
            return QTest::qWaitFor([&] { return !window.tracker()->isRefreshing(); }, 10000);
        };
        QVERIFY(refresh()); // the list holds both
        QVERIFY(!bar->isVisible());
        // The server no longer lists them (a reset forgets every invitation).
        QVERIFY(sandbox.control(QStringLiteral("/_sandbox/reset")));
        QVERIFY(refresh());
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->deleted()->numbers(),
                 (QStringList{QStringLiteral("+46701119931"), QStringLiteral("+46701119932")}));
        auto *text = bar->findChild<QLabel *>(QStringLiteral("deletedText"));
        QVERIFY(text->text().startsWith(QStringLiteral("2 invitation(s) were deleted")));
        bar->findChild<QToolButton *>(QStringLiteral("closeDeletedBar"))->click();
        QVERIFY(!bar->isVisible());
        QVERIFY(refresh()); // still gone: not offered a second time
        QVERIFY(!bar->isVisible());
        // The reset zeroed the counters: nothing was sent since.
        QCOMPARE(sandbox.state().value(QStringLiteral("invitationRequests")).toInt(), 0);
    }

    void membershipRemoved_namesTheMember_closeLeavesIt()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QString member = QStringLiteral("+46701119921");
        QVERIFY(sandbox.control(QStringLiteral("/_sandbox/members"),
                                QStringLiteral(R"({"msisdn":"%1"})").arg(member).toUtf8()));
        core::Application app;
        ui::MainWindow window(&app);
        startWindow(window, sandbox, Events::Live);
        QTRY_COMPARE_WITH_TIMEOUT(window.events()->state(), events::StompClient::State::Live,
                                  10000);
        // A send's check reads the member list (and is told the member is one).
        window.invitePanel()->setNumbersText(QStringLiteral("0701119921"));
        QTRY_VERIFY(window.invitePanel()->canSend());
        window.invitePanel()->findChild<QPushButton *>(QStringLiteral("send"))->click();
        auto *dialog = waitForDialog<ui::SendConfirmationDialog>(&window);
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("confirmSend"))->isEnabled());
        dialog->reject();

        QString userId;
        const QJsonArray members =
            sandboxCall(sandbox.baseUrl(), "GET", QStringLiteral("/_sandbox/members"))
                .object()
                .value(QStringLiteral("members"))
                .toArray();
        for (const QJsonValue &m : members) {
            if (m.toObject().value(QStringLiteral("msisdn")).toString() == member)
                userId = m.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY2(!userId.isEmpty(), QJsonDocument(members).toJson().constData());
        int status = 0;
        sandboxCall(sandbox.baseUrl(), "DELETE", QStringLiteral("/_sandbox/members/") + userId, {},
                    &status);
        QVERIFY2(status >= 200 && status < 300, qPrintable(QString::number(status)));
        auto *bar = window.findChild<ui::DeletedInvitationsBar *>();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        QCOMPARE(bar->deleted()->numbers(), QStringList{member});
        bar->findChild<QToolButton *>(QStringLiteral("closeDeletedBar"))->click();
        QVERIFY(!bar->isVisible());
        QVERIFY(window.findChildren<ui::SendConfirmationDialog *>().isEmpty() ||
                !window.findChild<ui::SendConfirmationDialog *>()->isVisible());
        QCOMPARE(sandbox.state().value(QStringLiteral("invitationRequests")).toInt(), 0);
    }
};

QTEST_MAIN(TestReminderWindow)
#include "tst_reminderwindow.moc"
