// Places where the window used to lose or change what the admin entered without asking:
// an import over typed numbers, clearing an imported list, the country box, foreign numbers.
#include "appdataisolation.h"
#include "core/application.h"
#include "importpreviewdialog.h"
#include "invitepanel.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "resultspanel.h"
#include "resultsview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestInputTraps : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    std::unique_ptr<core::Application> m_app;
    std::unique_ptr<ui::MainWindow> m_window;

    // Shows the window and waits until it is active, so keys go to it.
    bool showActive()
    {
        m_window->show();
        return QTest::qWaitForWindowActive(m_window.get());
    }

    static int listed(ui::MainWindow &window)
    {
        return window.invitePanel()->checkedModel()->rowCount();
    }

    // Pastes two rows copied from a spreadsheet and accepts the import preview.
    static bool pasteSpreadsheet(ui::MainWindow &window)
    {
        QApplication::clipboard()->setText(
            QStringLiteral("Name\tPhone\nAnna\t0701118801\nBo\t0701118802\n"));
        QPlainTextEdit *numbers = window.invitePanel()->numbersEdit();
        numbers->setFocus();
        QTest::keyClick(numbers, Qt::Key_V, Qt::ControlModifier);
        return answerDialog<ui::ImportPreviewDialog>(&window, QStringLiteral("importPreview"),
                                                     QStringLiteral("importButton"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateAppData(m_data)); // never the real history or settings
    }

    // Every case starts from a fresh application and its main window.
    void init()
    {
        m_app = std::make_unique<core::Application>();
        m_window = std::make_unique<ui::MainWindow>(m_app.get());
    }
    void cleanup()
    {
        m_window.reset(); // before the application it belongs to
        m_app.reset();
    }

    void importOverTypedNumbers_asks_replaceAddOrCancel()
    {
        QVERIFY(showActive());
        m_window->invitePanel()->setNumbersText(
            QStringLiteral("0701118811\n0701118812\n0701118813"));
        QTRY_COMPARE(listed(*m_window), 3);

        QVERIFY(pasteSpreadsheet(*m_window));
        QVERIFY(answerDialog<QMessageBox>(m_window.get(), QStringLiteral("importReplaceOrAdd"),
                                          QStringLiteral("cancel")));
        QCOMPARE(listed(*m_window), 3); // nothing lost, nothing added
        QCOMPARE(m_window->invitePanel()->numbersEdit()->toPlainText(),
                 QStringLiteral("0701118811\n0701118812\n0701118813"));

        QVERIFY(pasteSpreadsheet(*m_window));
        QVERIFY(answerDialog<QMessageBox>(m_window.get(), QStringLiteral("importReplaceOrAdd"),
                                          QStringLiteral("add")));
        QTRY_COMPARE(listed(*m_window), 5);
        QCOMPARE(m_window->invitePanel()->checkedModel()->entries().at(3).name,
                 QStringLiteral("Anna"));

        QVERIFY(pasteSpreadsheet(*m_window));
        QVERIFY(answerDialog<QMessageBox>(m_window.get(), QStringLiteral("importReplaceOrAdd"),
                                          QStringLiteral("replace")));
        QTRY_COMPARE(listed(*m_window), 2);
    }

    void clearImportedList_isUndoable()
    {
        QVERIFY(showActive());
        QVERIFY(pasteSpreadsheet(*m_window)); // nothing typed: no question
        QTRY_COMPARE(listed(*m_window), 2);
        auto *clear = m_window->findChild<QPushButton *>(QStringLiteral("clearImport"));
        QVERIFY(clear && clear->isVisible());

        // Undo in the status bar.
        clear->click();
        QCOMPARE(listed(*m_window), 0);
        auto *undo = m_window->statusBar()->findChild<QPushButton *>(QStringLiteral("undoNotice"));
        QVERIFY(undo);
        undo->click();
        QCOMPARE(listed(*m_window), 2);
        QCOMPARE(m_window->invitePanel()->checkedModel()->entries().at(1).name,
                 QStringLiteral("Bo"));

        // Ctrl+Z in the emptied numbers field.
        clear->click();
        QCOMPARE(listed(*m_window), 0);
        QTest::keyClick(m_window->invitePanel()->numbersEdit(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(listed(*m_window), 2);
    }

    void countryBox_ignoresTypeAheadAfterTab_changeIsNamedAndUndoable()
    {
        QVERIFY(showActive());
        auto *region = m_window->findChild<QComboBox *>(QStringLiteral("defaultRegion"));
        QPlainTextEdit *numbers = m_window->invitePanel()->numbersEdit();
        QCOMPARE(region->currentData().toString(), QStringLiteral("SE"));
        numbers->setFocus();
        QTest::keyClick(numbers, Qt::Key_Tab);
        // Wherever Tab went, typing and arrows there do not change the country.
        QWidget *after = QApplication::focusWidget();
        QVERIFY(after);
        QTest::keyClicks(after, QStringLiteral("western"));
        QTest::keyClick(after, Qt::Key_Down);
        region->setFocus();
        QTest::keyClicks(region, QStringLiteral("w"));
        QTest::keyClick(region, Qt::Key_Down);
        QTest::keyClick(region, Qt::Key_End);
        QCOMPARE(region->currentData().toString(), QStringLiteral("SE"));

        // Chosen on purpose: said next to the box, and undoable.
        region->setCurrentIndex(region->findData(QStringLiteral("EH")));
        Q_EMIT region->activated(region->currentIndex());
        auto *note = m_window->findChild<QLabel *>(QStringLiteral("regionNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("Western Sahara (+212)")),
                 qPrintable(note->text()));
        Q_EMIT note->linkActivated(QStringLiteral("undo"));
        QCOMPARE(region->currentData().toString(), QStringLiteral("SE"));
        QVERIFY(note->text().contains(QStringLiteral("Sweden (+46)")));
        QCOMPARE(QSettings().value(QStringLiteral("numbers/defaultRegion")).toString(),
                 QStringLiteral("SE"));
    }

    void numberOfAnotherCountry_getsANoteNamingIt()
    {
        m_window->invitePanel()->setNumbersText(QStringLiteral("+1 415 555 2671\n0701118821"));
        QTRY_COMPARE(listed(*m_window), 2);
        const QList<phones::PhoneEntry> entries =
            m_window->invitePanel()->checkedModel()->entries();
        QVERIFY(phones::isSendable(entries.at(0).verdict));
        QVERIFY2(entries.at(0).note.contains(QStringLiteral("United States")),
                 qPrintable(entries.at(0).note));
        QVERIFY(entries.at(1).note.isEmpty()); // a Swedish number in a Swedish list
    }

    void tab_leavesTheResultsTable()
    {
        QVERIFY(showActive());
        ui::ResultsView *view = m_window->resultsPanel()->view();
        view->setFocus();
        QCOMPARE(QApplication::focusWidget(), view);
        QTest::keyClick(view, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != view);
    }
};

QTEST_MAIN(TestInputTraps)
#include "tst_inputtraps.moc"
