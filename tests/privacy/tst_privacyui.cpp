// The window's privacy pieces: Help › What this app stores…, and "Forget this number…" in the
// results table (confirmation, the history, the rows).
#include "datastoragedialog.h"
#include "forgetnumberaction.h"
#include "history/historystore.h"
#include "history/retentionkeeper.h"
#include "history/retentionpolicy.h"
#include "models/invitationtablemodel.h"
#include "retentionquestion.h"

#include "testtable.h"
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestPrivacyUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    // Presses the button with this text on the next modal message box.
    static void answerNextBox(const QString &button, QString *seenText)
    {
        QTimer::singleShot(0, [button, seenText] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return answerNextBox(button, seenText); // not shown yet
            *seenText = box->text() + QLatin1Char('\n') + box->informativeText();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == button)
                    b->click();
            }
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("accessy-invite-test"));
        QCoreApplication::setApplicationName(QStringLiteral("accessy-invite-test"));
        QSettings().clear();
        qputenv("ACCESSY_INVITE_DATA_DIR", m_data.path().toUtf8());
    }

    void storesDialog_namesRealPathsPolicyAndHowToDelete()
    {
        {
            history::HistoryStore store;
            QVERIFY(store.open(history::HistoryStore::defaultPath()));
            history::JobRecord job;
            job.createdAt = QDateTime(QDate(2026, 1, 15), QTime(8, 30), Qt::UTC);
            QVERIFY(store.createJob(job, {}));
        }
        const ui::DataStorageDialog::Facts facts = ui::DataStorageDialog::currentFacts();
        QCOMPARE(facts.dataFolder, m_data.path());
        QCOMPARE(facts.historyFile, m_data.filePath(QStringLiteral("history.sqlite")));
        QCOMPARE(facts.settingsFile, QSettings().fileName());
        QCOMPARE(facts.oldestEntry, QDateTime(QDate(2026, 1, 15), QTime(8, 30), Qt::UTC));
        QVERIFY(facts.historyBytes > 0);
        ui::DataStorageDialog dialog;
        const QString text = dialog.text();
        for (const QString &expected :
             {facts.historyFile, facts.dataFolder, facts.settingsFile, QStringLiteral("12 month"),
              QStringLiteral("2026"), QStringLiteral("system keychain"),
              QStringLiteral("in memory for this run only"),
              QStringLiteral("accessy-invite forget NUMBER"), QStringLiteral("Forget this number")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void storesDialog_savesTheRetentionPeriod()
    {
        ui::DataStorageDialog dialog;
        QCOMPARE(dialog.retentionMonths()->value(), 12);
        dialog.retentionMonths()->setValue(0);
        QCOMPARE(dialog.retentionMonths()->text(), QStringLiteral("forever"));
        dialog.accept();
        QVERIFY(history::RetentionPolicy::load(QSettings()).keepsForever());
        ui::DataStorageDialog again;
        again.retentionMonths()->setValue(6);
        again.accept();
        QCOMPARE(history::RetentionPolicy::load(QSettings()).months, 6);
        QVERIFY(ui::DataStorageDialog::describe(ui::DataStorageDialog::currentFacts())
                    .contains(QStringLiteral("6 month")));
    }

    void firstPurgeQuestion_answers_data()
    {
        // stored: privacy/keepHistoryMonths afterwards
        addColumns<QString, bool, QString, bool>("answer", "purged", "stored", "answered");
        QTest::newRow("delete") << "Delete old entries" << true << QString() << true;
        QTest::newRow("keep everything") << "Keep everything" << false << "forever" << true;
        QTest::newRow("ask me later") << "Ask me later" << false << QString() << false;
    }
    void firstPurgeQuestion_answers()
    {
        QFETCH(QString, answer);
        QFETCH(bool, purged);
        QFETCH(QString, stored);
        QFETCH(bool, answered);
        QTemporaryDir dir;
        const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        const QString db = dir.filePath(QStringLiteral("history.sqlite"));
        history::HistoryStore store;
        QVERIFY(store.open(db));
        history::JobRecord old;
        old.createdAt = QDateTime::currentDateTimeUtc().addYears(-2);
        old.state = QStringLiteral("finished");
        const qint64 id = store.createJob(old, {});
        history::RetentionKeeper keeper(db);
        keeper.setSettingsFile(settingsFile);
        QWidget window;
        ui::askBeforeFirstPurge(keeper, &window);
        QString seen;
        answerNextBox(answer, &seen);
        keeper.applyNow();
        QTRY_VERIFY(!seen.isEmpty());
        QVERIFY2(seen.contains(QStringLiteral("kept for 12 month")), qPrintable(seen));
        QVERIFY(seen.contains(QStringLiteral("not affected")));
        QTRY_COMPARE(!store.job(id).has_value(), purged);
        const QSettings settings(settingsFile, QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("privacy/keepHistoryMonths")).toString(), stored);
        QCOMPARE(history::RetentionPolicy::purgeConfirmed(settings), answered);
    }

    void forgetAction_confirmed_removesFromHistoryAndTable()
    {
        QTemporaryDir dir;
        history::HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("history.sqlite"))));
        const QString gone = QStringLiteral("+46701234567");
        const QString kept = QStringLiteral("+46709876543");
        history::JobRecord job;
        const qint64 id = store.createJob(
            job, {history::JobNumber{gone, {}, {}, history::NumberState::Invited, {}, {}},
                  history::JobNumber{kept, {}, {}, history::NumberState::Invited, {}, {}}});
        QVERIFY(id > 0);
        models::InvitationTableModel model;
        model.appendRows(
            {models::InvitationRow{
                 gone, {}, gone, QStringLiteral("i1"), QStringLiteral("PENDING"), {}, {}},
             models::InvitationRow{
                 kept, {}, kept, QStringLiteral("i2"), QStringLiteral("PENDING"), {}, {}},
             models::InvitationRow{
                 gone, {}, gone, QStringLiteral("i3"), QStringLiteral("ACCEPTED"), {}, {}}});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(0, Qt::DescendingOrder); // the view's order is not the model's
        QTableView view;
        view.setModel(&proxy);
        view.setCurrentIndex(proxy.mapFromSource(model.index(2, 0)));
        bool busy = false;
        ui::ForgetNumberAction action(
            &view, &model, [&]() { return busy ? nullptr : &store; }, &view);
        QCOMPARE(action.currentMsisdn(), gone);
        QSignalSpy forgotten(&action, &ui::ForgetNumberAction::forgotten);

        // Cancel: nothing happens.
        QString seen;
        answerNextBox(QStringLiteral("Cancel"), &seen);
        action.trigger();
        QVERIFY2(seen.contains(QStringLiteral("Forget +46701234567?")), qPrintable(seen));
        QVERIFY(seen.contains(QStringLiteral("The invitation in Accessy is not affected")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(store.jobNumbers(id).size(), 2);

        // While a send runs the history is not touched.
        busy = true;
        answerNextBox(QStringLiteral("OK"), &seen);
        action.trigger();
        QVERIFY(seen.contains(QStringLiteral("Wait until the send has finished")));
        QCOMPARE(model.rowCount(), 3);
        busy = false;

        answerNextBox(QStringLiteral("Forget"), &seen);
        action.trigger();
        QCOMPARE(forgotten.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.row(0).msisdn, kept);
        QCOMPARE(model.rowForInvitationId(QStringLiteral("i2")), 0);
        QCOMPARE(model.statusCounts().value(QStringLiteral("ACCEPTED")), 0);
        QCOMPARE(store.jobNumbers(id).size(), 1);
        QCOMPARE(store.jobNumbers(id).first().msisdn, kept);
    }
};

QTEST_MAIN(TestPrivacyUi)
#include "tst_privacyui.moc"
