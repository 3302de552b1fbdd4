// View › Language applies at once: the window is made anew in the chosen language and shows
// what the old one showed (typed numbers, message, results and their selection, the session,
// practice mode); during a send the change waits, and says so.
#include "appdataisolation.h"
#include "core/application.h"
#include "core/draftstore.h"
#include "i18n/translations.h"
#include "invitepanel.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "resultspanel.h"
#include "resultsview.h"
#include "sandboxprocess.h"
#include "sendconfirmationdialog.h"
#include "windowhost.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList menuTitles(const ui::MainWindow *window)
{
    QStringList titles;
    for (const QAction *action : window->menuBar()->actions())
        titles << action->text();
    return titles;
}

QString sendText(const ui::MainWindow *window)
{
    auto *send = window->findChild<QAbstractButton *>(QStringLiteral("send"));
    return send ? send->text() : QString();
}

// Picks a language the way the admin does, in View › Language.
bool chooseLanguage(ui::MainWindow *window, const QString &code)
{
    auto *group = window->findChild<QActionGroup *>(QStringLiteral("languageChoices"));
    if (!group)
        return false;
    for (QAction *action : group->actions()) {
        if (action->data().toString() == code) {
            action->trigger();
            return true;
        }
    }
    return false;
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateAppData(m_data)); // never the real history or settings
        i18n::installTranslations(*qApp, QStringLiteral("en"));
    }

    void languageMenu_appliesAtOnce_keepingTheWork()
    {
        core::Application app;
        ui::WindowHost host(&app);
        host.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(host.window()));
        QCOMPARE(menuTitles(host.window()).value(0), QStringLiteral("&File"));
        QCOMPARE(sendText(host.window()), QStringLiteral("&Send invitations"));
        const QString numbers = QStringLiteral("0701118801\n0701118802");
        host.window()->invitePanel()->setNumbersText(numbers);
        host.window()->invitePanel()->setMessage(QStringLiteral("Välkomna!"));

        QSignalSpy replaced(&host, &ui::WindowHost::windowReplaced);
        QVERIFY(chooseLanguage(host.window(), QStringLiteral("sv")));
        QVERIFY(replaced.wait(5000));
        ui::MainWindow *swedish = host.window();
        QVERIFY(swedish->isVisible());
        QCOMPARE(menuTitles(swedish).value(0), QStringLiteral("&Arkiv"));
        QCOMPARE(sendText(swedish), QStringLiteral("&Skicka inbjudningar"));
        QCOMPARE(swedish->invitePanel()->numbersText(), numbers);
        QCOMPARE(swedish->invitePanel()->message(), QStringLiteral("Välkomna!"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("sv"));
        // The country box speaks Swedish too, sorted the Swedish way.
        auto *country = swedish->findChild<QComboBox *>(QStringLiteral("defaultRegion"));
        QVERIFY(country);
        QVERIFY2(country->currentText().startsWith(QStringLiteral("Sverige")),
                 qPrintable(country->currentText()));
        QVERIFY(country->findText(QStringLiteral("Åland (AX)")) >
                country->findText(QStringLiteral("Zimbabwe (ZW)")));
        // The menu shows the choice.
        auto *group = swedish->findChild<QActionGroup *>(QStringLiteral("languageChoices"));
        QVERIFY(group && group->checkedAction());
        QCOMPARE(group->checkedAction()->data().toString(), QStringLiteral("sv"));

        QVERIFY(chooseLanguage(swedish, QStringLiteral("en")));
        QVERIFY(replaced.wait(5000));
        QCOMPARE(menuTitles(host.window()).value(0), QStringLiteral("&File"));
        QCOMPARE(sendText(host.window()), QStringLiteral("&Send invitations"));
        QCOMPARE(host.window()->invitePanel()->numbersText(), numbers);
        QCOMPARE(host.window()->invitePanel()->message(), QStringLiteral("Välkomna!"));
    }

    // The message the window starts with, untouched, follows the language; an edited one stays.
    void languageMenu_defaultMessageFollowsTheLanguage()
    {
        i18n::installTranslations(*qApp, QStringLiteral("en"));
        core::DraftStore().clear();
        core::Application app;
        ui::WindowHost host(&app);
        host.window()->show();
        const QString english = host.window()->invitePanel()->message();
        QVERIFY2(english.startsWith(QStringLiteral("Welcome")), qPrintable(english));
        QVERIFY(host.switchLanguage(QStringLiteral("sv")));
        const QString swedish = host.window()->invitePanel()->message();
        QVERIFY2(swedish.startsWith(QStringLiteral("Välkommen")), qPrintable(swedish));
        host.window()->invitePanel()->setMessage(QStringLiteral("Hej grannar!"));
        QVERIFY(host.switchLanguage(QStringLiteral("en")));
        QCOMPARE(host.window()->invitePanel()->message(), QStringLiteral("Hej grannar!"));
    }

    // Signed in to the sandbox with a finished send in the table: after the change the table,
    // its selection and the session are still there; during a send the change is refused.
    void languageMenu_keepsSessionAndResults_waitsForASend()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--latency-ms"), QStringLiteral("300")}),
                 qPrintable(sandbox.errorString()));
        QSettings().setValue(QStringLiteral("sending/batchSize"), 1);
        QSettings().setValue(QStringLiteral("sending/parallel"), 1);
        i18n::installTranslations(*qApp, QStringLiteral("en"));
        core::Application app;
        ui::WindowHost host(&app);
        host.window()->enterPracticeMode(sandbox.baseUrl(), QUrl(),
                                         SandboxProcess::defaultClientId(),
                                         SandboxProcess::defaultClientSecret());
        host.window()->show();
        QTRY_VERIFY_WITH_TIMEOUT(app.session()->isSignedIn(), 10000);

        ui::MainWindow *window = host.window();
        window->invitePanel()->setNumbersText(QStringLiteral("0701118821\n0701118822\n0701118823"));
        QTRY_VERIFY_WITH_TIMEOUT(window->invitePanel()->canSend(), 5000);
        window->invitePanel()->findChild<QPushButton *>(QStringLiteral("send"))->click();
        QVERIFY(answerDialog<ui::SendConfirmationDialog>(window, QString(),
                                                         QStringLiteral("confirmSend")));
        QTRY_VERIFY_WITH_TIMEOUT(app.sender()->isRunning(), 5000);

        // While it runs: refused, and said.
        QVERIFY(!host.switchLanguage(QStringLiteral("sv")));
        QCOMPARE(host.window(), window);
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("send")),
                 qPrintable(window->statusBar()->currentMessage()));
        QCOMPARE(menuTitles(window).value(0), QStringLiteral("&File"));

        QTRY_VERIFY_WITH_TIMEOUT(!app.sender()->isRunning(), 30000);
        QTRY_COMPARE(app.results()->rowCount(), 3);
        ui::ResultsView *view = window->resultsPanel()->view();
        view->selectRow(1);
        const QStringList selectedIds = view->selectedInvitationIds();
        QCOMPARE(selectedIds.size(), 1);

        QVERIFY(host.switchLanguage(QStringLiteral("sv")));
        ui::MainWindow *swedish = host.window();
        QVERIFY(swedish != window);
        QCOMPARE(menuTitles(swedish).value(0), QStringLiteral("&Arkiv"));
        QCOMPARE(swedish->resultsPanel()->view()->model()->rowCount(), 3);
        QCOMPARE(swedish->resultsPanel()->view()->selectedInvitationIds(), selectedIds);
        // Selected in the view's own model (drawn selected; Ctrl+C copies it).
        const QModelIndexList rows =
            swedish->resultsPanel()->view()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().model(), swedish->resultsPanel()->view()->model());
        QCOMPARE(rows.first().row(), 1);
        QVERIFY(app.session()->isSignedIn());
        auto *banner = swedish->findChild<QLabel *>(QStringLiteral("practiceBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Övningsläge")),
                 qPrintable(banner->text()));
        i18n::installTranslations(*qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
