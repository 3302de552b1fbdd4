#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace models {
class InvitationFilterModel;
class InvitationTableModel;
} // namespace models

namespace ui {

class ResultsView;

// The right side of the window: every invitation with its status, a search, a status filter,
// and the progress of a running send.
class ResultsPanel final : public QWidget
{
    Q_OBJECT
public:
    ResultsPanel(models::InvitationTableModel *model, QWidget *parent = nullptr);

    ResultsView *view() const { return m_view; }
    models::InvitationFilterModel *filterModel() const { return m_filter; }
    void focusSearch();
    // Rows of the model behind the view: the selected ones in view order, or all shown.
    QList<int> selectedSourceRows() const;
    QList<int> visibleSourceRows() const;
    // The status filter's position, for remembering it between runs.
    int statusFilterIndex() const;
    void setStatusFilterIndex(int index);
    void setSending(bool sending);
    // Counts each answered batch as it comes, with the time left at the pace so far.
    void setProgress(int sent, int failed, int remaining);
    // "12 sent · 0 failed · 18 to go · about 8 s left"
    static QString progressText(int sent, int failed, int remaining, qint64 elapsedMs);
    // Numbers whose answer never came, waiting for their grace (0 = none): said in the
    // progress text.
    void setUnconfirmed(int numbers, int secondsLeft);
    // Adds a button before the search field (e.g. Refresh).
    void addToolButton(QToolButton *button);

Q_SIGNALS:
    void cancelRequested();

private:
    void updateEmptyState();

    models::InvitationTableModel *m_model;
    models::InvitationFilterModel *m_filter;
    ResultsView *m_view;
    QLabel *m_empty;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QProgressBar *m_progress;
    QString m_progressText;
    QElapsedTimer m_sendClock; // since the send started, for the time left
    QString m_waitingText;
    QPushButton *m_cancel;
    QWidget *m_toolbar;
};

} // namespace ui
