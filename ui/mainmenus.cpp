#include "mainmenus.h"

#include "aboutdialog.h"
#include "datastoragedialog.h"
#include "filecommands.h"
#include "forgetnumberaction.h"
#include "icons.h"
#include "remindercommands.h"
#include "resultspanel.h"
#include "resultsview.h"
#include "sendhistorywindow.h"
#include "shortcutsdialog.h"

#include "sending/sendcontroller.h"
#include "tracking/invitationtracker.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QToolButton>

namespace ui {

MainMenuActions MainMenus::build(QMainWindow *window, const MainMenuTargets &t)
{
    MainMenuActions actions;
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    QAction *import =
        file->addAction(tr("&Import phone list…"), t.files, &FileCommands::importFile);
    import->setShortcut(QKeySequence::Open);
    import->setToolTip(tr("Read numbers from a CSV, Excel (.xlsx) or vCard file (Ctrl+O)"));
    t.files->setRecentMenu(file->addMenu(tr("Import &recent")));
    QAction *exportAction =
        file->addAction(tr("&Export invitations…"), t.files, &FileCommands::exportRows);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(
        tr("Save the selected invitations, or all shown, as CSV or Excel (Ctrl+E)"));
    QAction *history = file->addAction(tr("Send &history…"), window,
                                       [window] { SendHistoryWindow::showFor(window); });
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setToolTip(tr("Every past send from this computer, with its numbers (Ctrl+H)"));
    file->addSeparator();
    QAction *settingsAction =
        file->addAction(tr("Connection &settings…"), window, t.openConnectionSettings);
    settingsAction->setShortcut(QKeySequence::Preferences);
    if (settingsAction->shortcut().isEmpty())
        settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = window->menuBar()->addMenu(tr("&Edit"));
    ResultsView *view = t.resultsPanel->view();
    QAction *copyIds =
        edit->addAction(tr("&Copy invitation IDs"), view, &ResultsView::copySelectedIds);
    copyIds->setShortcut(QKeySequence::Copy);
    copyIds->setShortcutContext(Qt::WidgetShortcut); // the view handles Ctrl+C itself
    QAction *copyAll =
        edit->addAction(tr("Copy &all invitation IDs"), view, &ResultsView::copyAllIds);
    copyAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *retry = edit->addAction(tr("&Retry failed…"), window, t.retryFailed);
    actions.retry = retry;
    actions.retry->setToolTip(tr("Send again the numbers of the last send that were not sent"));
    actions.retry->setEnabled(false);
    QAction *copyRows =
        edit->addAction(tr("Copy rows for &Excel"), t.files, &FileCommands::copyRowsForSpreadsheet);
    copyRows->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    copyRows->setToolTip(tr("Copy the selected rows as cells that paste into a spreadsheet"));
    view->addContextAction(copyRows);
    QAction *inviteAgain =
        edit->addAction(tr("&Invite selected numbers again"), window, t.inviteSelectedAgain);
    inviteAgain->setToolTip(
        tr("Put the numbers of the selected rows back in the list to invite, for example when "
           "an invitation was deleted"));
    edit->addAction(t.reminders->remindAction());
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), t.resultsPanel, &ResultsPanel::focusSearch);
    find->setShortcut(QKeySequence::Find);

    QMenu *viewMenu = window->menuBar()->addMenu(tr("&View"));
    actions.refresh = viewMenu->addAction(tr("&Refresh statuses"), t.tracker,
                                          &tracking::InvitationTracker::refresh);
    actions.refresh->setShortcut(QKeySequence::Refresh);
    actions.refresh->setToolTip(tr("Read every invitation's status from Accessy now (F5)"));
    actions.refresh->setEnabled(false);
    viewMenu->addAction(t.reminders->selectPendingAction());
    // The language: the system's unless chosen here. The window's host (WindowHost) applies
    // a choice at once; each choice carries its language code.
    QMenu *language = viewMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    languages->setObjectName(QStringLiteral("languageChoices"));
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const QList<std::pair<QString, QString>> choices{
        {QString(), tr("As the &system")},
        {QStringLiteral("en"), QStringLiteral("&English")},
        {QStringLiteral("sv"), QStringLiteral("&Svenska")}};
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name);
        action->setObjectName(QStringLiteral("language-") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languages->addAction(action);
    }
    actions.notify = viewMenu->addAction(tr("&Notify me when someone accepts"));
    actions.notify->setCheckable(true);
    actions.notify->setEnabled(QSystemTrayIcon::isSystemTrayAvailable());
    auto *refreshButton = new QToolButton(window);
    refreshButton->setDefaultAction(actions.refresh);
    refreshButton->setAccessibleName(tr("Refresh statuses"));
    t.resultsPanel->addToolButton(refreshButton);

    // The view's context menu offers the same as the Edit menu.
    view->addContextAction(inviteAgain);
    view->addContextAction(t.reminders->remindAction());
    sending::SendController *sender = t.sender;
    view->addContextAction(new ForgetNumberAction(
        view, t.results, [sender] { return sender->isRunning() ? nullptr : sender->history(); },
        window));

    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), window, [window] {
        ShortcutsDialog dialog(window);
        dialog.addActions(window->findChildren<QAction *>());
        dialog.addShortcut(tr("Send invitations"), QKeySequence(Qt::CTRL | Qt::Key_Return));
        dialog.addShortcut(tr("Paste numbers, or cells from a spreadsheet"), QKeySequence::Paste);
        dialog.exec();
    });
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("Copy &diagnostics"), window, t.copyDiagnostics)
        ->setToolTip(tr("Copy a description of the setup and recent problems, safe to paste "
                        "into an e-mail to support (no secrets)"));
    help->addAction(tr("&What this app stores…"), window, [window] {
        DataStorageDialog dialog(window);
        dialog.exec();
    });
    help->addSeparator();
    help->addAction(tr("&About Accessy Invite"), window, [window] {
        AboutDialog dialog(window);
        dialog.exec();
    });
    // Icons that follow the palette (light or dark).
    import->setIcon(actionIcon(QStringLiteral("import")));
    exportAction->setIcon(actionIcon(QStringLiteral("export")));
    settingsAction->setIcon(actionIcon(QStringLiteral("settings")));
    copyIds->setIcon(actionIcon(QStringLiteral("copy")));
    find->setIcon(actionIcon(QStringLiteral("find")));
    actions.refresh->setIcon(actionIcon(QStringLiteral("refresh")));
    return actions;
}

} // namespace ui
