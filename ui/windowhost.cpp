#include "windowhost.h"

#include "accessgroupspicker.h"
#include "connectionform.h"
#include "draftkeeper.h"
#include "invitepanel.h"
#include "mainwindow.h"
#include "resultspanel.h"
#include "resultsview.h"
#include "sendflow.h"
#include "statusbarlabels.h"

#include "core/application.h"
#include "i18n/translations.h"
#include "models/invitationfiltermodel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>

namespace ui {

namespace {
const QString kLanguageKey = QStringLiteral("language");
const QString kLanguageMenu = QStringLiteral("languageChoices"); // set by MainMenus
} // namespace

WindowHost::WindowHost(core::Application *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_window(std::make_unique<MainWindow>(app))
{
    watchLanguageMenu();
}

WindowHost::~WindowHost() = default;

void WindowHost::watchLanguageMenu()
{
    auto *group = m_window->findChild<QActionGroup *>(kLanguageMenu);
    if (!group)
        return;
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        // Queued: the menu that sent this belongs to the window about to be replaced.
        QMetaObject::invokeMethod(
            this, [this, code = action->data().toString()] { switchLanguage(code); },
            Qt::QueuedConnection);
    });
}

// The menu shows the language in use (a refused choice is unticked again).
void WindowHost::checkChosenLanguage()
{
    auto *group = m_window->findChild<QActionGroup *>(kLanguageMenu);
    if (!group)
        return;
    const QString chosen = QSettings().value(kLanguageKey).toString();
    for (QAction *action : group->actions())
        action->setChecked(action->data().toString() == chosen);
}

bool WindowHost::switchLanguage(const QString &language)
{
    if (m_app->sender()->isRunning() || m_window->m_sendFlow->isPreviewing()) {
        m_window->showMessage(MainWindow::tr("The language can change once the send has "
                                             "ended."),
                              10000);
        checkChosenLanguage();
        return false;
    }
    // Asked before the translators change: the default message in the old language.
    const QString oldDefault = m_app->defaultMessage().trimmed();
    QSettings().setValue(kLanguageKey, language);
    i18n::installTranslations(*QCoreApplication::instance(), language);
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("QObject", "Accessy Invite"));
    m_window = remake(oldDefault);
    watchLanguageMenu();
    Q_EMIT windowReplaced(m_window.get());
    return true;
}

std::unique_ptr<MainWindow> WindowHost::remake(const QString &oldDefaultMessage)
{
    MainWindow *old = m_window.get();
    // What the old window keeps for the next start is what the new one starts with; a default
    // message the admin has not touched is not kept, so the new window shows its own.
    old->m_draft->save();
    if (old->m_invite->message() == oldDefaultMessage) {
        core::Draft draft = old->m_draft->store()->load();
        draft.message.clear();
        old->m_draft->store()->save(draft);
    }
    old->saveState();
    const QString message = old->m_invite->message();
    const QStringList groups = old->m_invite->groupsPicker()->checkedIds();
    const QList<int> selected = old->m_resultsPanel->selectedSourceRows();
    const QString search =
        old->m_resultsPanel->findChild<QLineEdit *>(QStringLiteral("search"))->text();
    const QString focused =
        QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();

    auto window = std::make_unique<MainWindow>(m_app);
    MainWindow *w = window.get();
    if (m_app->isPractice()) {
        w->m_practiceBanner->setVisible(true);
        w->setWindowTitle(MainWindow::tr("Practice mode"));
    }
    w->updateConnectionSummary();
    if (m_app->session()->isSignedIn())
        w->onSignedIn(m_app->session()->membership()); // reads the access groups again
    else
        w->m_connection->setStatus(old->m_connection->statusText(), false);
    w->m_invite->groupsPicker()->setCheckedIds(groups); // kept until the groups are read
    if (message != oldDefaultMessage)
        w->m_invite->setMessage(message); // also without numbers (no draft then)
    w->m_connectionState->showState(m_app->events()->state());
    w->m_retryAction->setEnabled(m_app->sender()->failedItemCount() > 0);
    w->m_resultsPanel->findChild<QLineEdit *>(QStringLiteral("search"))->setText(search);
    // The view shows the filter through the status icons' proxy: rows map through both.
    ResultsView *view = w->m_resultsPanel->view();
    auto *shown = qobject_cast<QAbstractProxyModel *>(view->model());
    models::InvitationFilterModel *filter = w->m_resultsPanel->filterModel();
    for (int row : selected) {
        QModelIndex index = filter->mapFromSource(m_app->results()->index(row, 0));
        if (shown && shown->sourceModel() == filter)
            index = shown->mapFromSource(index);
        if (index.isValid() && index.model() == view->model())
            view->selectionModel()->select(index,
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    w->setWindowState(old->windowState());
    w->setGeometry(old->geometry());
    w->show();
    if (QWidget *target = focused.isEmpty() ? nullptr : w->findChild<QWidget *>(focused))
        target->setFocus();
    w->activateWindow();
    w->statusBar()->showMessage(MainWindow::tr("The language is changed."), 6000);
    // Shown before the old one goes, so the app never is without a window (it would quit).
    old->hide();
    return window;
}

} // namespace ui
