#pragma once

#include <QAction>

#include <functional>

class QAbstractItemView;

namespace history {
class HistoryStore;
}
namespace models {
class InvitationTableModel;
}

namespace ui {

// "Forget this number…" in the results table's context menu: after a confirmation that says
// what is deleted locally (and that the invitation in Accessy stays), removes the number from
// the send history and wipes it from the files, then takes its rows out of the table.
class ForgetNumberAction final : public QAction
{
    Q_OBJECT
public:
    // `history` gives the window's history, or nullptr while a send is running (rows and
    // journal are in use then; the admin is asked to wait).
    ForgetNumberAction(QAbstractItemView *view, models::InvitationTableModel *model,
                       std::function<history::HistoryStore *()> history, QWidget *parent);

    // The E.164 number of the view's current row; empty when there is none.
    QString currentMsisdn() const;
    // The confirmation's texts, for the dialog and its test.
    static QString question(const QString &msisdn);
    static QString details();

Q_SIGNALS:
    // After the number was forgotten: how many records were removed from the history.
    void forgotten(const QString &msisdn, int records);

private:
    void forgetCurrent();

    QAbstractItemView *m_view;
    models::InvitationTableModel *m_model;
    std::function<history::HistoryStore *()> m_history;
};

} // namespace ui
