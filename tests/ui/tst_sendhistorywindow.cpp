// File › Send history… (issue 11 item 7): opened before sign-in and in practice mode, listing
// sends made for real against the sandbox over loopback, filtered, exported and read back, and
// driven by the keyboard.
#include "appdataisolation.h"
#include "core/application.h"
#include "export/delimitedtext.h"
#include "history/historystore.h"
#include "importing/csvparser.h"
#include "importing/xlsxreader.h"
#include "importing/ziparchive.h"
#include "mainwindow.h"
#include "models/sendhistorymodel.h"
#include "models/sendnumbersmodel.h"
#include "sendhistorywindow.h"
#include "sendtestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using models::SendHistoryModel;
using ui::SendHistoryWindow;

namespace {

const QString kFormula = QStringLiteral("=HYPERLINK(\"http://x.invalid\",\"click\")");

QAction *historyAction(QWidget *window)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Send &history…"))
            return action;
    }
    return nullptr;
}

SendHistoryWindow *openedFrom(QWidget *window)
{
    QAction *action = historyAction(window);
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    return window->findChild<SendHistoryWindow *>();
}

// Makes `window` the one keys go to. (QTest::qWaitForWindowActive is satisfied by its parent
// window being active too: a window is "active" while its transient parent is.)
void activate(QWidget *window)
{
    window->activateWindow();
    QTRY_COMPARE(QGuiApplication::focusWindow(), window->windowHandle());
}

QStringList shownColumn(const SendHistoryWindow &window, int column)
{
    QStringList cells;
    const QAbstractItemModel *model = window.sendsView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        cells << model->index(row, column).data().toString();
    return cells;
}

} // namespace

class TestSendHistoryWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    QString historyPath() const { return m_data.filePath(QStringLiteral("history.sqlite")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateAppData(m_data)); // never the real history or settings
    }

    void beforeSignIn_opensWithAnEmptyState_andCreatesNoFile()
    {
        core::Application app;
        ui::MainWindow window(&app);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SendHistoryWindow *history = openedFrom(&window);
        QVERIFY(history);
        QVERIFY(QTest::qWaitForWindowExposed(history));
        QVERIFY(!history->isModal());
        QVERIFY(history->showsEmptyState());
        QVERIFY2(history->emptyLabel()->text().startsWith(QLatin1String("No sends yet.")),
                 qPrintable(history->emptyLabel()->text()));
        QVERIFY(history->emptyLabel()->isVisible());
        QVERIFY(!history->exportButton()->isEnabled());
        QVERIFY(!QFile::exists(historyPath())); // reading never creates the history
        // It fits an 800×600 screen, and is resizable.
        QVERIFY(history->width() <= 800 && history->height() <= 600);
        QVERIFY(history->minimumSizeHint().width() <= 800);
        QVERIFY(history->minimumSizeHint().height() <= 600);
        QVERIFY(history->maximumSize().width() > 800);
        // The menu opens the same window again rather than a second one.
        QCOMPARE(openedFrom(&window), history);
        QCOMPARE(window.findChildren<SendHistoryWindow *>().size(), 1);
        // Esc closes it.
        QTest::keyClick(history, Qt::Key_Escape);
        QTRY_VERIFY(!history->isVisible());
    }

    // Real sends, journaled by the engine against the sandbox; the window opened in practice
    // mode lists them, narrows them, and exports what it shows.
    void practiceMode_listsRealSends_filters_exports()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--quiet")}), qPrintable(sandbox.errorString()));
        sendtest::SandboxControl control(sandbox.baseUrl());
        const QStringList first = sendtest::numbers(3, 700);
        const QStringList second = sendtest::numbers(2, 760);
        QVERIFY(!control.addMember(first.at(0)).isEmpty());
        {
            history::HistoryStore store;
            QVERIFY(store.open(historyPath()));
            sendtest::Engine engine(sandbox.baseUrl());
            sending::SendJob job(&engine.session, &store, sendtest::quickOptions(5, 2));
            job.setSource(QStringLiteral("club.csv"));
            QVERIFY(
                sendtest::runJob(job, {sendtest::items(first), QStringLiteral("Welcome"), {}, 0})
                    .finished);
            sending::SendJob formula(&engine.session, &store, sendtest::quickOptions(5, 2));
            QVERIFY(sendtest::runJob(formula, {sendtest::items(second), kFormula, {}, 0}).finished);
            // One send of last year, written through the store as the app would have.
            history::JobRecord old;
            old.createdAt = QDateTime(QDate::currentDate().addYears(-1).addDays(-10), QTime(9, 0));
            old.organizationId = QStringLiteral("5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47");
            old.message = QStringLiteral("Old news");
            old.state = QStringLiteral("finished");
            QVERIFY(store.createJob(old, {history::JobNumber{QStringLiteral("+46701239999"),
                                                             {},
                                                             {},
                                                             history::NumberState::Invited,
                                                             {},
                                                             {}}}) > 0);
        }
        QCOMPARE(control.perMsisdn().value(first.at(0)), 0); // the member was not texted

        core::Application app;
        ui::MainWindow window(&app);
        window.enterPracticeMode(sandbox.baseUrl(), QUrl(), SandboxProcess::defaultClientId(),
                                 SandboxProcess::defaultClientSecret());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SendHistoryWindow *history = openedFrom(&window);
        QVERIFY(history);
        activate(history);
        QVERIFY(!history->showsEmptyState());
        QCOMPARE(history->sendsView()->model()->rowCount(), 3);
        // Newest first; each with its file, sender and counts.
        QCOMPARE(shownColumn(*history, SendHistoryModel::MessageColumn),
                 (QStringList{kFormula, QStringLiteral("Welcome"), QStringLiteral("Old news")}));
        QCOMPARE(shownColumn(*history, SendHistoryModel::SourceColumn).at(1),
                 QStringLiteral("club.csv"));
        QCOMPARE(shownColumn(*history, SendHistoryModel::SenderColumn).at(1),
                 SandboxProcess::defaultClientId());
        QCOMPARE(
            shownColumn(*history, SendHistoryModel::outcomeColumn(history::NumberState::Member)),
            (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("0")}));
        QCOMPARE(
            shownColumn(*history, SendHistoryModel::outcomeColumn(history::NumberState::Invited)),
            (QStringList{QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("1")}));

        // The selected send's numbers, with their status now.
        history->sendsView()->setCurrentIndex(history->sendsView()->model()->index(1, 0));
        QCOMPARE(history->numbers()->rowCount(), 3);
        QHash<QString, QString> outcomes;
        QHash<QString, QString> statusNow;
        for (int row = 0; row < 3; ++row) {
            const auto cell = [&](int column) {
                return history->numbers()->index(row, column).data().toString();
            };
            outcomes.insert(cell(models::SendNumbersModel::NumberColumn),
                            cell(models::SendNumbersModel::OutcomeColumn));
            statusNow.insert(cell(models::SendNumbersModel::NumberColumn),
                             cell(models::SendNumbersModel::CurrentStatusColumn));
        }
        QCOMPARE(outcomes.value(first.at(0)), QStringLiteral("Member"));
        QCOMPARE(outcomes.value(first.at(1)), QStringLiteral("Invited"));
        QCOMPARE(outcomes.value(first.at(2)), QStringLiteral("Invited"));
        QCOMPARE(statusNow.value(first.at(0)), QStringLiteral("Member"));
        QCOMPARE(statusNow.value(first.at(1)), QStringLiteral("Invited")); // PENDING, as the
                                                                           // results table says

        // Ctrl+F goes to the search wherever the focus is; typing narrows the rows.
        // (Signing in to the practice server activated the main window meanwhile.)
        activate(history);
        history->sendsView()->setFocus();
        QCOMPARE(QApplication::focusWidget(), history->sendsView());
        QTest::keyClick(history->sendsView(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), history->searchField());
        QString typed = second.at(1);
        typed.replace(QStringLiteral("+46"), QStringLiteral("0")); // as an admin types it
        QTest::keyClicks(history->searchField(), typed);
        QCOMPARE(shownColumn(*history, SendHistoryModel::MessageColumn), QStringList{kFormula});
        QCOMPARE(history->numbers()->rowCount(), 2); // the one left is selected
        history->searchField()->clear();
        QTest::keyClicks(history->searchField(), QStringLiteral("CLUB.csv"));
        QCOMPARE(shownColumn(*history, SendHistoryModel::MessageColumn),
                 QStringList{QStringLiteral("Welcome")});
        history->searchField()->clear();
        QTest::keyClicks(history->searchField(), QStringLiteral("no such send"));
        QCOMPARE(history->sendsView()->model()->rowCount(), 0);
        QVERIFY(!history->exportButton()->isEnabled());
        QCOMPARE(history->numbers()->rowCount(), 0);
        QVERIFY(!history->showsEmptyState()); // the search says why, not "no sends yet"
        history->searchField()->clear();
        history->setPeriod(SendHistoryWindow::Last30Days);
        QCOMPARE(history->sendsView()->model()->rowCount(), 2);
        history->setPeriod(SendHistoryWindow::AnyTime);
        QCOMPARE(history->sendsView()->model()->rowCount(), 3);

        // Export what is shown (the last 30 days): CSV and XLSX, read back.
        history->setPeriod(SendHistoryWindow::Last30Days);
        QTemporaryDir out;
        const QString csvPath = out.filePath(QStringLiteral("h.csv"));
        const auto csvError = history->exportTo(csvPath);
        QVERIFY2(!csvError, qPrintable(csvError.value_or(QString())));
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QByteArray bytes = csvFile.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads it as UTF-8
        importing::CsvParser parser(exporting::csvDelimiterFor(QLocale()), 100000, 1000);
        QVERIFY(parser.feed(QString::fromUtf8(bytes.mid(3))));
        QVERIFY(parser.finish());
        const QList<QStringList> csv = parser.records();
        QCOMPARE(csv.size(), 1 + 2);
        QCOMPARE(csv.at(0).at(SendHistoryModel::SourceColumn), QStringLiteral("File"));
        QCOMPARE(csv.at(1).at(SendHistoryModel::MessageColumn), QLatin1Char('\'') + kFormula);
        QCOMPARE(csv.at(2).at(SendHistoryModel::SourceColumn), QStringLiteral("club.csv"));
        QVERIFY(history->findChildren<QLabel *>().size() > 0);

        const QString xlsxPath = out.filePath(QStringLiteral("h.xlsx"));
        QVERIFY(!history->exportTo(xlsxPath));
        QFile xlsxFile(xlsxPath);
        QVERIFY(xlsxFile.open(QIODevice::ReadOnly));
        const QByteArray workbook = xlsxFile.readAll();
        const importing::TableResult sheet = importing::XlsxReader().read(workbook, xlsxPath);
        QVERIFY(sheet.ok());
        const QList<QStringList> rows = sheet.value().rows;
        QCOMPARE(rows.size(), 1 + 2);
        QCOMPARE(rows.at(1).at(SendHistoryModel::MessageColumn), kFormula); // text, as written
        QCOMPARE(rows.at(2).value(SendHistoryModel::outcomeColumn(history::NumberState::Member)),
                 QStringLiteral("1"));
        importing::ZipArchive::Problem problem = importing::ZipArchive::Problem::None;
        const auto zip = importing::ZipArchive::open(workbook, 100, 1 << 24, &problem);
        QVERIFY(zip);
        const std::optional<QByteArray> xml =
            zip->read(QStringLiteral("xl/worksheets/sheet1.xml"), &problem);
        QVERIFY(xml);
        QVERIFY(!xml->contains("<f>") && !xml->contains("<f ")); // never a formula
    }

    void keyboard_tabReachesEveryControl_andTheSizeIsRemembered()
    {
        QSize chosen;
        {
            SendHistoryWindow history;
            history.show();
            activate(&history);
            history.searchField()->setFocus();
            QList<QWidget *> reached{QApplication::focusWidget()};
            for (int i = 0; i < 8; ++i) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                reached << QApplication::focusWidget();
            }
            QVERIFY(reached.contains(history.periodBox()));
            QVERIFY(reached.contains(history.sendsView()));
            QVERIFY(reached.contains(history.numbersView()));
            QVERIFY(reached.contains(history.exportButton()));
            // F5 reads the history again: a send made meanwhile (by the command line, say).
            const int before = history.sendsView()->model()->rowCount();
            {
                history::HistoryStore store;
                QVERIFY(store.open(historyPath()));
                history::JobRecord job;
                job.organizationId = QStringLiteral("5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47");
                job.message = QStringLiteral("Meanwhile");
                job.state = QStringLiteral("finished");
                QVERIFY(store.createJob(job, {}) > 0);
            }
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
            QTRY_COMPARE(history.sendsView()->model()->rowCount(), before + 1); // an animated click
            // Enter in the search closes nothing.
            history.searchField()->setFocus();
            QTest::keyClick(history.searchField(), Qt::Key_Return);
            QVERIFY(history.isVisible());
            history.resize(640, 480);
            chosen = history.size();
            QVERIFY(history.close());
        }
        SendHistoryWindow again;
        QCOMPARE(again.size(), chosen);
    }
};

QTEST_MAIN(TestSendHistoryWindow)
#include "tst_sendhistorywindow.moc"
