// The window offscreen against the real sandbox: type, send, see rows, copy IDs.
#include "appdataisolation.h"
#include "core/application.h"
#include "invitepanel.h"
#include "mainwindow.h"
#include "practicewindow.h"
#include "resultsview.h"
#include "sandboxprocess.h"
#include "sendconfirmationdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using models::InvitationTableModel;

namespace {
// Answers the confirmation that every send asks for; false when none appeared.
bool confirmSend(QWidget *window)
{
    ui::SendConfirmationDialog *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] { return (dialog = window->findChild<ui::SendConfirmationDialog *>()) != nullptr; },
        10000);
    if (!dialog)
        return false;
    auto *send = dialog->findChild<QPushButton *>(QStringLiteral("confirmSend"));
    if (!send || !send->isEnabled())
        return false;
    QTest::mouseClick(send, Qt::LeftButton);
    return true;
}

// Pastes `numbers` into the window and types a message; gives back the numbers and message
// fields and the Send button, which is enabled by then unless the list is refused (callers
// check that).
std::tuple<QPlainTextEdit *, QPlainTextEdit *, QPushButton *> fillIn(ui::MainWindow &window,
                                                                     const QString &numbers)
{
    auto *numbersEdit = window.findChild<QPlainTextEdit *>(QStringLiteral("numbers"));
    auto *message = window.findChild<QPlainTextEdit *>(QStringLiteral("message"));
    auto *send = window.findChild<QPushButton *>(QStringLiteral("send"));
    numbersEdit->insertPlainText(numbers);
    QTest::keyClicks(message, QStringLiteral("Hej"));
    (void)QTest::qWaitFor([send] { return send->isEnabled(); }, 5000);
    return {numbersEdit, message, send};
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_data;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateAppData(m_data)); // never the real history or settings
        QVERIFY_STARTED(m_sandbox);
    }

    void sendButton_disabledUntilNumbersAndMessage()
    {
        core::Application app;
        ui::MainWindow window(&app);
        showInPractice(window, m_sandbox);
        auto *send = window.findChild<QPushButton *>(QStringLiteral("send"));
        auto *numbers = window.findChild<QPlainTextEdit *>(QStringLiteral("numbers"));
        auto *message = window.findChild<QPlainTextEdit *>(QStringLiteral("message"));
        QVERIFY(send && numbers && message);
        QVERIFY(!send->isEnabled());
        QTest::keyClicks(numbers, QStringLiteral("abc"));
        QTRY_COMPARE(window.invitePanel()->checkedModel()->rowCount(), 1);
        QTest::keyClicks(message, QStringLiteral("Hello"));
        QVERIFY(!send->isEnabled()); // nothing valid to send
        numbers->clear();
        QTest::keyClicks(numbers, QStringLiteral("0701234567"));
        QTRY_VERIFY(send->isEnabled());
        message->clear();
        QVERIFY(!send->isEnabled());
    }

    void typeFiveNumbers_send_rowsFillIn_copySelectedIds()
    {
        core::Application app;
        ui::MainWindow window(&app);
        showInPractice(window, m_sandbox);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *numbers = window.findChild<QPlainTextEdit *>(QStringLiteral("numbers"));
        auto *message = window.findChild<QPlainTextEdit *>(QStringLiteral("message"));
        auto *send = window.findChild<QPushButton *>(QStringLiteral("send"));
        auto *results = window.findChild<ui::ResultsView *>(QStringLiteral("results"));
        QVERIFY(numbers && message && send && results);

        numbers->setFocus();
        numbers->insertPlainText(QStringLiteral("070-111 22 01\n0701112202, +46 70 111 22 03;"
                                                "0046701112204\n+46 (0)70 111 22 05\n112"));
        QTest::keyClicks(message, QStringLiteral("Welcome!"));
        QTRY_COMPARE(window.invitePanel()->checkedModel()->counts().sendable(), 5);
        QCOMPARE(window.invitePanel()->checkedModel()->counts().refused, 1);
        QTRY_VERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(!send->isEnabled()); // no second send while this one runs
        QVERIFY(confirmSend(&window));

        InvitationTableModel *model = window.resultsModel();
        QTRY_COMPARE(model->rowCount(), 5);
        QTRY_COMPARE_WITH_TIMEOUT(model->allInvitationIds().size(), 5, 10000);
        const QRegularExpression uuid(QStringLiteral("^[0-9a-f-]{36}$"));
        const QStringList expected{QStringLiteral("+46701112201"), QStringLiteral("+46701112202"),
                                   QStringLiteral("+46701112203"), QStringLiteral("+46701112204"),
                                   QStringLiteral("+46701112205")};
        for (int r = 0; r < 5; ++r) {
            QCOMPARE(model->index(r, InvitationTableModel::NumberColumn).data().toString(),
                     expected.at(r));
            QVERIFY(
                uuid.match(
                        model->index(r, InvitationTableModel::InvitationIdColumn).data().toString())
                    .hasMatch());
            QCOMPARE(model->row(r).status, QStringLiteral("PENDING"));
            QVERIFY(
                !model->index(r, InvitationTableModel::CreatedColumn).data().toString().isEmpty());
            QVERIFY(model->row(r).error.isEmpty());
        }

        // Select rows 1 and 3, press Ctrl+C: exactly those IDs, one per line.
        results->setFocus();
        results->selectionModel()->clearSelection();
        for (int r : {1, 3}) {
            results->selectionModel()->select(model->index(r, 0), QItemSelectionModel::Select |
                                                                      QItemSelectionModel::Rows);
        }
        QApplication::clipboard()->clear();
        QTest::keyClick(results, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), model->row(1).invitationId + QLatin1Char('\n') +
                                                        model->row(3).invitationId +
                                                        QLatin1Char('\n'));
        // The send is over and every number was sent: the list is done.
        QTRY_VERIFY(numbers->toPlainText().isEmpty());
        QVERIFY(!send->isEnabled());
    }

    void sentInvitations_followAcceptanceLive()
    {
        SandboxProcess live;
        QVERIFY_STARTED(live, {QStringLiteral("--accept-share"), QStringLiteral("1"),
                               QStringLiteral("--min-delay-ms"), QStringLiteral("300"),
                               QStringLiteral("--max-delay-ms"), QStringLiteral("900")});
        QVERIFY(live.eventsUrl().isValid());
        core::Application app;
        ui::MainWindow window(&app);
        window.tracker()->setRefreshInterval(0); // only events may change the statuses
        showInPractice(window, live, live.eventsUrl());
        QTRY_COMPARE_WITH_TIMEOUT(window.events()->state(), events::StompClient::State::Live,
                                  10000);
        const auto [numbers, message, send] = fillIn(
            window, QStringLiteral("0701113301\n0701113302\n0701113303\n0701113304\n0701113305"));
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(confirmSend(&window));
        InvitationTableModel *model = window.resultsModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->allInvitationIds().size(), 5, 10000);
        // Without touching anything, every row turns to Accepted.
        QTRY_COMPARE_WITH_TIMEOUT(model->statusCounts().value(QStringLiteral("ACCEPTED")), 5,
                                  15000);
        QCOMPARE(model->rowCount(), 5);
        auto *counts = window.findChild<QLabel *>(QStringLiteral("statusCounts"));
        QTRY_VERIFY(counts->text().contains(QStringLiteral("Accepted: 5")));
    }

    void doubleSend_startsOneJob_everyNumberInvitedOnce()
    {
        PracticeWindow practice;
        QVERIFY_STARTED(practice, {QStringLiteral("--latency-ms"), QStringLiteral("300")});
        auto &[sandbox, app, window] = practice;
        const auto [numbers, message, send] =
            fillIn(window, QStringLiteral("0701114401\n0701114402\n0701114403"));
        QVERIFY(send->isEnabled());
        // A double click, then Ctrl+Return for good measure.
        QTest::mouseDClick(send, Qt::LeftButton);
        QTest::keyClick(message, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(confirmSend(&window));
        QTest::keyClick(message, Qt::Key_Return, Qt::ControlModifier); // during the send
        QTest::mouseClick(send, Qt::LeftButton);
        InvitationTableModel *model = window.resultsModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->allInvitationIds().size(), 3, 15000);
        // The send is over once the sender stops; any extra click would have asked again. The
        // numbers field is emptied after a send that left nothing over, so Send stays off.
        QTRY_VERIFY_WITH_TIMEOUT(!app.sender()->isRunning(), 15000);
        QVERIFY(numbers->toPlainText().trimmed().isEmpty());
        QVERIFY(!send->isEnabled());
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(window.findChildren<ui::SendConfirmationDialog *>().size(), 0);
        const QJsonObject perNumber =
            sandbox.state().value(QStringLiteral("invitationsPerMsisdn")).toObject();
        QCOMPARE(perNumber.size(), 3);
        for (const QString &number : perNumber.keys())
            QCOMPARE(perNumber.value(number).toInt(), 1);
    }

    void alreadyInvited_isLeftOutUnlessInvitedAgain()
    {
        SandboxProcess sandbox;
        QVERIFY_STARTED(sandbox);
        for (int round = 0; round < 2; ++round) {
            core::Application app;
            ui::MainWindow window(&app);
            showInPractice(window, sandbox);
            const auto [numbers, message, send] = fillIn(window, QStringLiteral("0701115501"));
            QVERIFY(send->isEnabled());
            QTest::mouseClick(send, Qt::LeftButton);
            if (round == 0) {
                QVERIFY(confirmSend(&window));
                QTRY_COMPARE_WITH_TIMEOUT(window.resultsModel()->allInvitationIds().size(), 1,
                                          10000);
                continue;
            }
            ui::SendConfirmationDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = window.findChild<ui::SendConfirmationDialog *>()) != nullptr);
            auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmSend"));
            auto *again = dialog->findChild<QCheckBox *>(QStringLiteral("remindPending"));
            QVERIFY(again);
            QVERIFY(!confirm->isEnabled()); // nothing new to send
            auto *leftOut = dialog->findChild<QListWidget *>(QStringLiteral("leftOut"));
            QVERIFY(leftOut->item(0)->text().contains(QStringLiteral("already invited")));
            again->setChecked(true);
            QVERIFY(confirm->isEnabled());
            QTest::mouseClick(confirm, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(sandbox.state()
                                          .value(QStringLiteral("invitationsPerMsisdn"))
                                          .toObject()
                                          .value(QStringLiteral("+46701115501"))
                                          .toInt(),
                                      2, 10000);
        }
    }

    void defaultRegion_choice_checksNationalNumbersAndIsRemembered()
    {
        {
            core::Application app;
            ui::MainWindow window(&app);
            window.show();
            auto *numbers = window.findChild<QPlainTextEdit *>(QStringLiteral("numbers"));
            auto *region = window.findChild<QComboBox *>(QStringLiteral("defaultRegion"));
            QVERIFY(region);
            QCOMPARE(region->currentData().toString(), QStringLiteral("SE"));
            numbers->insertPlainText(QStringLiteral("412 34 567"));
            const models::PhoneEntryModel *checked = window.invitePanel()->checkedModel();
            QTRY_COMPARE(checked->rowCount(), 1);
            QVERIFY(!phones::isSendable(checked->entries().first().verdict)); // not Swedish
            region->setCurrentIndex(region->findData(QStringLiteral("NO")));
            Q_EMIT region->activated(region->currentIndex());
            QTRY_COMPARE(checked->entries().first().e164, QStringLiteral("+4741234567"));
            QVERIFY(phones::isSendable(checked->entries().first().verdict));
        }
        core::Application appAgain;
        ui::MainWindow again(&appAgain); // the next start remembers the choice
        auto *region = again.findChild<QComboBox *>(QStringLiteral("defaultRegion"));
        QCOMPARE(region->currentData().toString(), QStringLiteral("NO"));
        region->setCurrentIndex(region->findData(QStringLiteral("SE")));
        Q_EMIT region->activated(region->currentIndex());
    }

    void wrongSecret_nothingSent_messageSaysWhy()
    {
        core::Application app;
        ui::MainWindow window(&app);
        window.enterPracticeMode(m_sandbox.baseUrl(), QUrl(), SandboxProcess::defaultClientId(),
                                 QStringLiteral("wrong-secret"));
        window.show();
        const auto [numbers, message, send] = fillIn(window, QStringLiteral("0701112299"));
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("notSentMessage"))));
        QVERIFY2(box->text().contains(QStringLiteral("401")), qPrintable(box->text()));
        QVERIFY(box->text().contains(QStringLiteral("Nothing was sent")));
        QCOMPARE(window.resultsModel()->rowCount(), 0);
        QVERIFY(!m_sandbox.state()
                     .value(QStringLiteral("invitationsPerMsisdn"))
                     .toObject()
                     .contains(QStringLiteral("+46701112299")));
        box->accept();
        QTRY_VERIFY(send->isEnabled()); // the admin can fix the secret and try again
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
