#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace core {
class Application;
}

namespace ui {

class InvitePanel;
class ResultsPanel;

// Reminders in the window. View › "Pending longer than N days…" asks for N (a setting, 7 by
// default) and selects the rows whose invitation has been pending that long; Edit › "Remind
// selected…" sends the selected pending rows a new invitation — after a confirmation that says
// it is a second SMS — recorded in the history as reminders, like `accessy-invite remind`
// (the same choice of text and groups: sending::reminders).
class ReminderCommands final : public QObject
{
    Q_OBJECT
public:
    ReminderCommands(core::Application *app, InvitePanel *invite, ResultsPanel *results,
                     QWidget *window);

    QAction *selectPendingAction() const { return m_selectPending; }
    QAction *remindAction() const { return m_remind; }

    static constexpr int kDefaultPendingDays = 7;
    static int pendingDays(); // the setting
    static void setPendingDays(int days);

    // Selects the rows shown whose invitation is pending for at least `days`; their count.
    int selectPendingLongerThan(int days);
    // Asks for N (a small dialog), then selects.
    void askAndSelectPending();
    // Asks, then reminds the selected pending rows.
    void remindSelected();

Q_SIGNALS:
    // For the status bar.
    void message(const QString &text, int timeoutMs);

private:
    void updateSelectText();

    core::Application *m_app;
    InvitePanel *m_invite;
    ResultsPanel *m_results;
    QWidget *m_window;
    QAction *m_selectPending;
    QAction *m_remind;
    bool m_asking = false; // one reminder question at a time
};

} // namespace ui
