// A longer send in the window against a slow sandbox: progress per batch, closing during the
// send, the journal and the draft.
#include "appdataisolation.h"
#include "core/application.h"
#include "history/historystore.h"
#include "history/privatefiles.h"
#include "invitepanel.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "practicewindow.h"
#include "resultspanel.h"
#include "sandboxprocess.h"
#include "sendconfirmationdialog.h"

#include <QAction>
#include <QFile>
#include <QJsonObject>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSendProgress : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    static QStringList thirtyNumbers(int series)
    {
        QStringList numbers;
        for (int i = 0; i < 30; ++i)
            numbers << QStringLiteral("07011%1%2")
                           .arg(series, 2, 10, QLatin1Char('0'))
                           .arg(i, 3, 10, QLatin1Char('0'));
        return numbers;
    }

    static int invitedCount(SandboxProcess &sandbox)
    {
        return int(sandbox.state().value(QStringLiteral("invitationsPerMsisdn")).toObject().size());
    }

    // Types the numbers, presses Send and confirms.
    static bool sendNumbers(ui::MainWindow &window, const QStringList &numbers)
    {
        window.invitePanel()->setNumbersText(numbers.join(QLatin1Char('\n')));
        if (!QTest::qWaitFor([&] { return window.invitePanel()->canSend(); }, 5000))
            return false;
        window.invitePanel()->findChild<QPushButton *>(QStringLiteral("send"))->click();
        return answerDialog<ui::SendConfirmationDialog>(&window, QString(),
                                                        QStringLiteral("confirmSend"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateAppData(m_data)); // never the real history or settings
        // Small batches, one at a time, so that a send of 30 takes six answers.
        QSettings().setValue(QStringLiteral("sending/batchSize"), 5);
        QSettings().setValue(QStringLiteral("sending/parallel"), 1);
    }

    void progress_countsEachBatchAsItComes()
    {
        PracticeWindow practice;
        QVERIFY_STARTED(practice, {QStringLiteral("--latency-ms"), QStringLiteral("200")});
        auto &[sandbox, app, window] = practice;
        auto *bar = window.resultsPanel()->findChild<QProgressBar *>(QStringLiteral("progress"));
        QVERIFY(bar);
        QList<int> seen;
        QStringList texts;
        connect(bar, &QProgressBar::valueChanged, this, [&](int value) {
            seen << value;
            texts << bar->text();
        });
        QVERIFY(sendNumbers(window, thirtyNumbers(1)));
        QTRY_VERIFY_WITH_TIMEOUT(app.sender()->isRunning(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!app.sender()->isRunning(), 30000);
        QCOMPARE(invitedCount(sandbox), 30);
        // Every answered batch moved the bar: 5, 10, ... 30 of 30.
        QVERIFY2(seen.contains(5) && seen.contains(15) && seen.contains(25),
                 qPrintable(QStringLiteral("values seen: %1").arg([&] {
                     QStringList s;
                     for (int v : seen)
                         s << QString::number(v);
                     return s.join(QLatin1Char(','));
                 }())));
        const int middle = int(seen.indexOf(15));
        QVERIFY2(texts.at(middle).contains(QStringLiteral("15 sent")) &&
                     texts.at(middle).contains(QStringLiteral("15 to go")) &&
                     texts.at(middle).contains(QStringLiteral("left")),
                 qPrintable(texts.at(middle)));
    }

    void journal_holdsEveryNumberBeforeTheFirstBatchLeaves()
    {
        PracticeWindow practice;
        QVERIFY_STARTED(practice, {QStringLiteral("--latency-ms"), QStringLiteral("100")});
        auto &[sandbox, app, window] = practice;
        int journaledAtFirstBatch = -1;
        connect(app.sender(), &sending::SendController::itemsSending, this, [&] {
            if (journaledAtFirstBatch >= 0)
                return;
            const QList<history::JobRecord> jobs = app.sender()->history()->jobs();
            journaledAtFirstBatch =
                jobs.isEmpty() ? 0
                               : int(app.sender()->history()->jobNumbers(jobs.first().id).size());
        });
        QVERIFY(sendNumbers(window, thirtyNumbers(2)));
        QTRY_VERIFY_WITH_TIMEOUT(journaledAtFirstBatch >= 0, 10000);
        QCOMPARE(journaledAtFirstBatch, 30);
        QTRY_VERIFY_WITH_TIMEOUT(!app.sender()->isRunning(), 30000);
    }

    void closeDuringSend_asks_stopsAfterBatchesInFlight_draftComesBack()
    {
        SandboxProcess sandbox;
        QVERIFY_STARTED(sandbox, {QStringLiteral("--latency-ms"), QStringLiteral("400")});
        const QStringList numbers = thirtyNumbers(3);
        const QString message = QStringLiteral("Välkommen till draftens kontor");
        {
            core::Application app;
            ui::MainWindow window(&app);
            showInPractice(window, sandbox);
            window.invitePanel()->setMessage(message);
            QVERIFY(sendNumbers(window, numbers));
            auto *bar =
                window.resultsPanel()->findChild<QProgressBar *>(QStringLiteral("progress"));
            QTRY_VERIFY_WITH_TIMEOUT(bar->value() >= 5, 10000); // the first batch is answered
            QVERIFY(app.sender()->isRunning());
            QVERIFY(!window.close()); // asks instead of quitting at once
            auto *question = waitForDialog<QMessageBox>(&window, QStringLiteral("closeDuringSend"));
            QVERIFY(question);
            QVERIFY2(question->text().contains(QStringLiteral("of 30 sent")),
                     qPrintable(question->text()));
            QVERIFY(window.isVisible());
            QVERIFY(answerDialog<QMessageBox>(&window, QStringLiteral("closeDuringSend"),
                                              QStringLiteral("stopAndQuit")));
            QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000); // after the batch in flight
            QVERIFY(!app.sender()->isRunning());
        }
        // Numbers and a message are personal data: the draft is for this account only.
        const QString draft = m_data.path() + QStringLiteral("/draft.json");
        QVERIFY(QFile::exists(draft));
        QVERIFY(history::privatefiles::isPrivate(draft));
        const int invited = invitedCount(sandbox);
        QVERIFY2(invited > 0 && invited < 30, qPrintable(QString::number(invited)));
        // The next start has the list and the message back.
        core::Application app;
        ui::MainWindow window(&app);
        QStringList restored = window.invitePanel()->numbersEdit()->toPlainText().split(
            QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(restored, numbers);
        QCOMPARE(window.invitePanel()->message(), message);
        // A send that succeeds forgets the draft.
        showInPractice(window, sandbox);
        window.invitePanel()->findChild<QPushButton *>(QStringLiteral("send"))->click();
        QVERIFY(answerDialog<ui::SendConfirmationDialog>(&window, QString(),
                                                         QStringLiteral("confirmSend")));
        QTRY_VERIFY_WITH_TIMEOUT(app.sender()->isRunning(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!app.sender()->isRunning(), 30000);
        QCOMPARE(invitedCount(sandbox), 30);
        QVERIFY(window.close());
        core::Application appAgain;
        ui::MainWindow again(&appAgain);
        QCOMPARE(again.invitePanel()->numbersEdit()->toPlainText(), QString());
    }

    void retryFailed_asksLikeSend_cancelledListedApartAndUnticked()
    {
        SandboxProcess sandbox;
        QVERIFY_STARTED(sandbox, {QStringLiteral("--latency-ms"), QStringLiteral("300")});
        // Every invitation request is refused for good (422) until the faults are lifted.
        QVERIFY(sandbox.control(QStringLiteral("/_sandbox/faults"),
                                R"({"errorShare": 1, "errorCodes": [422], "latencyMs": 300})"));
        core::Application app;
        ui::MainWindow window(&app);
        showInPractice(window, sandbox);
        QStringList numbers = thirtyNumbers(4).mid(0, 15);
        QVERIFY(sendNumbers(window, numbers));
        auto *bar = window.resultsPanel()->findChild<QProgressBar *>(QStringLiteral("progress"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() >= 5, 10000); // the first batch was refused
        window.resultsPanel()->findChild<QPushButton *>(QStringLiteral("cancel"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!app.sender()->isRunning(), 10000);
        const int failed = int(app.sender()->failedItems().size());
        const int cancelled = int(app.sender()->cancelledItems().size());
        QVERIFY2(failed >= 5 && cancelled >= 5 && failed + cancelled == 15,
                 qPrintable(QStringLiteral("%1 failed, %2 cancelled").arg(failed).arg(cancelled)));
        QVERIFY(sandbox.control(QStringLiteral("/_sandbox/faults"), R"({"latencyMs": 300})"));

        // Edit › Retry failed asks first; nothing leaves before the answer.
        QAction *retry = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text().startsWith(QStringLiteral("&Retry failed")))
                retry = action;
        }
        QVERIFY(retry && retry->isEnabled());
        retry->trigger();
        auto *dialog = waitForDialog<ui::SendConfirmationDialog>(&window);
        QVERIFY(dialog);
        QCOMPARE(invitedCount(sandbox), 0);
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("cancelledNumbers"));
        QVERIFY(list);
        QCOMPARE(list->count(), cancelled);
        for (int row = 0; row < list->count(); ++row)
            QCOMPARE(list->item(row)->checkState(), Qt::Unchecked);
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmSend"));
        QCOMPARE(dialog->numberToSend(), failed);
        list->item(0)->setCheckState(Qt::Checked); // this one after all
        QCOMPARE(dialog->numberToSend(), failed + 1);
        confirm->click();
        QTRY_VERIFY_WITH_TIMEOUT(app.sender()->isRunning(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!app.sender()->isRunning(), 20000);
        QCOMPARE(invitedCount(sandbox), failed + 1);
    }
};

QTEST_MAIN(TestSendProgress)
#include "tst_sendprogress.moc"
