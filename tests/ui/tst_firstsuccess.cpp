// The shortest way from launch to invitation IDs, driven by the keyboard only, against the real
// sandbox; and what the confirmation shows before anything is sent.
#include "accessgroupspicker.h"
#include "appdataisolation.h"
#include "core/application.h"
#include "invitepanel.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "practicewindow.h"
#include "resultspanel.h"
#include "resultsview.h"
#include "sandboxprocess.h"
#include "sendconfirmationdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using models::InvitationTableModel;

class TestFirstSuccess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    // The widget the next keystroke goes to, as for a person at the keyboard.
    static QWidget *focused(const char *step)
    {
        QWidget *widget = QApplication::focusWidget();
        if (!widget)
            qWarning("no widget has the focus before %s", step);
        return widget;
    }

    static QStringList sortedLines(const QString &text)
    {
        QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.sort();
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateAppData(m_data)); // never the real history or settings
    }

    void init() { QSettings().remove(QStringLiteral("message")); }

    void atLaunch_focusInNumbers_messageHasDefault()
    {
        core::Application app;
        ui::MainWindow window(&app);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(QApplication::focusWidget(), window.invitePanel()->numbersEdit());
        const QString message = window.invitePanel()->message();
        QVERIFY2(message.contains(QStringLiteral("Accessy")), qPrintable(message));
    }

    void defaultMessage_isTheLastOneSent()
    {
        QSettings().setValue(QStringLiteral("message/last"), QStringLiteral("Hej från kontoret"));
        core::Application app;
        ui::MainWindow window(&app);
        QCOMPARE(window.invitePanel()->message(), QStringLiteral("Hej från kontoret"));
    }

    void launch_paste_send_confirm_copy_fourKeystrokes()
    {
        PracticeWindow practice;
        QVERIFY_STARTED(practice);
        auto &[sandbox, app, window] = practice;
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QStringList numbers{QStringLiteral("+46701116601"), QStringLiteral("+46701116602"),
                                  QStringLiteral("+46701116603"), QStringLiteral("+46701116604"),
                                  QStringLiteral("+46701116605")};
        QApplication::clipboard()->setText(
            QStringLiteral("070-111 66 01\n0701116602\n070 111 66 03\n0701116604\n0701116605"));

        // 1. Ctrl+V, wherever the focus starts.
        QWidget *target = focused("Ctrl+V");
        QVERIFY(target);
        QTest::keyClick(target, Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(window.invitePanel()->checkedModel()->counts().sendable(), 5);
        QTRY_VERIFY(window.invitePanel()->canSend());
        // 2. Ctrl+Return sends (the message field already holds a message).
        QVERIFY((target = focused("Ctrl+Return")));
        QTest::keyClick(target, Qt::Key_Return, Qt::ControlModifier);
        // 3. Enter confirms.
        auto *dialog = waitForDialog<ui::SendConfirmationDialog>(&window);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QVERIFY((target = focused("Enter")));
        QTest::keyClick(target, Qt::Key_Return);
        InvitationTableModel *model = window.resultsModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->allInvitationIds().size(), 5, 15000);
        QTRY_VERIFY(!app.sender()->isRunning());
        // The new rows are selected.
        QTRY_COMPARE(window.resultsPanel()->view()->selectedInvitationIds().size(), 5);
        // 4. Ctrl+C copies the five IDs just created. (A window manager gives the window back
        // its activation when the dialog closes; the offscreen platform needs to be asked.)
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(QApplication::focusWidget(), window.resultsPanel()->view());
        QApplication::clipboard()->clear();
        QVERIFY((target = focused("Ctrl+C")));
        QTest::keyClick(target, Qt::Key_C, Qt::ControlModifier);
        QStringList expected = model->allInvitationIds();
        expected.sort();
        QCOMPARE(sortedLines(QApplication::clipboard()->text()), expected);
        // The server has exactly these five numbers, each invited once.
        const QJsonObject perNumber =
            sandbox.state().value(QStringLiteral("invitationsPerMsisdn")).toObject();
        QCOMPARE(perNumber.keys(), numbers);
        for (const QString &number : numbers)
            QCOMPARE(perNumber.value(number).toInt(), 1);
        QCOMPARE(window.invitePanel()->numbersEdit()->toPlainText(), QString()); // list done

        // Ctrl+C with nothing selected copies the last send's IDs and says so.
        window.resultsPanel()->view()->clearSelection();
        QApplication::clipboard()->clear();
        QTest::keyClick(window.resultsPanel()->view(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(sortedLines(QApplication::clipboard()->text()), expected);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("last send")),
                 qPrintable(window.statusBar()->currentMessage()));
        // The message sent is the default of the next start.
        QCOMPARE(app.defaultMessage(), window.invitePanel()->message());

        // "Invite selected numbers again" replaces what the field holds: exactly these.
        window.invitePanel()->setNumbersText(QStringLiteral("0709999999"));
        ui::ResultsView *view = window.resultsPanel()->view();
        view->selectRow(2);
        QAction *again = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("&Invite selected numbers again"))
                again = action;
        }
        QVERIFY(again);
        again->trigger();
        const QString chosen = view->currentIndex()
                                   .siblingAtColumn(InvitationTableModel::NumberColumn)
                                   .data()
                                   .toString();
        QCOMPARE(window.invitePanel()->numbersEdit()->toPlainText(), chosen);
    }

    void confirmation_plainTextMessage_groupsByName_organizationName()
    {
        SandboxProcess sandbox;
        const QString organization = QStringLiteral("Kontoret \"Eken\" & Co");
        QVERIFY_STARTED(sandbox, {QStringLiteral("--groups"), QStringLiteral("3"),
                                  QStringLiteral("--org-name"), organization});
        core::Application app;
        ui::MainWindow window(&app);
        showInPractice(window, sandbox);
        QVERIFY(QTest::qWaitForWindowActive(&window)); // shortcuts go to the active window
        // The name comes inside invitations: after one send the organization has one.
        window.invitePanel()->setNumbersText(QStringLiteral("0701117700"));
        QTRY_VERIFY(window.invitePanel()->canSend());
        QTest::keyClick(window.invitePanel()->numbersEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(answerDialog<ui::SendConfirmationDialog>(&window, QString(),
                                                         QStringLiteral("confirmSend")));
        QTRY_COMPARE_WITH_TIMEOUT(window.resultsModel()->allInvitationIds().size(), 1, 10000);
        QTRY_VERIFY(!app.sender()->isRunning());

        ui::InvitePanel *invite = window.invitePanel();
        ui::AccessGroupsPicker *picker = invite->groupsPicker();
        QTRY_VERIFY_WITH_TIMEOUT(picker->groups().size() >= 2, 10000);
        picker->setCheckedIds({picker->groups().at(0).id, picker->groups().at(1).id});
        const QStringList names = picker->checkedNames();
        invite->setNumbersText(QStringLiteral("0701117701"));
        const QString message = QStringLiteral("Use \"Accessy\" & <b>smile</b>\nSecond line");
        invite->setMessage(message);
        QTRY_VERIFY(invite->canSend());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(invite->numbersEdit(), Qt::Key_Return, Qt::ControlModifier);
        auto *dialog = waitForDialog<ui::SendConfirmationDialog>(&window);
        QVERIFY(dialog);
        auto *quoted = dialog->findChild<QLabel *>(QStringLiteral("quotedMessage"));
        QVERIFY(quoted);
        QCOMPARE(quoted->textFormat(), Qt::PlainText);
        QCOMPARE(quoted->text(), message);
        auto *groups = dialog->findChild<QLabel *>(QStringLiteral("accessGroups"));
        QVERIFY(groups);
        for (const QString &name : names)
            QVERIFY2(groups->text().contains(name), qPrintable(groups->text()));
        auto *question = dialog->findChild<QLabel *>(QStringLiteral("question"));
        QVERIFY2(question->text().contains(organization.toHtmlEscaped()),
                 qPrintable(question->text()));
        QVERIFY(!question->text().contains(QStringLiteral("your organization")));
        dialog->reject();
    }

    void practiceServerStopped_saysSo_offersRestart()
    {
        PracticeWindow practice;
        QVERIFY_STARTED(practice);
        auto &[sandbox, app, window] = practice;
        sandbox.stop();
        window.invitePanel()->setNumbersText(QStringLiteral("0701119911"));
        QTRY_VERIFY(window.invitePanel()->canSend());
        window.invitePanel()->findChild<QPushButton *>(QStringLiteral("send"))->click();
        auto *box = waitForDialog<QMessageBox>(&window, QStringLiteral("notSentMessage"), 20000);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("practice server stopped")),
                 qPrintable(box->text()));
        QVERIFY(!box->text().contains(QStringLiteral("API URL")));
        QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("Checking")));
        QSignalSpy restart(&window, &ui::MainWindow::practiceRestartRequested);
        QVERIFY(answerDialog<QMessageBox>(&window, QStringLiteral("notSentMessage"),
                                          QStringLiteral("restartPractice")));
        QCOMPARE(restart.size(), 1);
    }
};

QTEST_MAIN(TestFirstSuccess)
#include "tst_firstsuccess.moc"
