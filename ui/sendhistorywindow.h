#pragma once

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace history {
class HistoryStore;
}
namespace models {
class SendHistoryFilterModel;
class SendHistoryModel;
class SendNumbersModel;
} // namespace models

namespace ui {

// File › Send history…: every past send of this computer (window and command line alike) from
// the local history, with a search, a "since" choice and an export; below, the numbers of the
// selected send with their status now. Needs no sign-in: it reads only the local file, and
// never creates it. A window of its own (not modal), its size remembered.
class SendHistoryWindow final : public QDialog
{
    Q_OBJECT
public:
    // The choices of the "Sent" box, in order.
    enum Period
    {
        AnyTime,
        Today,
        Last7Days,
        Last30Days,
        Last12Months
    };

    explicit SendHistoryWindow(QWidget *parent = nullptr);
    ~SendHistoryWindow() override;

    // The window of `owner` (created the first time), shown, raised and read again.
    static SendHistoryWindow *showFor(QWidget *owner);

    // Reads the history again (the selection is kept when its send is still shown).
    void reload();
    // Writes the sends shown (search and period applied, in the order shown) as CSV or XLSX,
    // by the path's suffix. nullopt on success, else why not.
    std::optional<QString> exportTo(const QString &path);
    void setPeriod(Period period);

    QLineEdit *searchField() const { return m_search; }
    QComboBox *periodBox() const { return m_period; }
    QTableView *sendsView() const { return m_sendsView; }
    QTableView *numbersView() const { return m_numbersView; }
    QLabel *emptyLabel() const { return m_empty; }
    QPushButton *exportButton() const { return m_export; }
    models::SendHistoryFilterModel *shownSends() const { return m_shown; }
    models::SendNumbersModel *numbers() const { return m_numbers; }
    bool showsEmptyState() const;

protected:
    void done(int result) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildLayout();
    void chooseExportFile();
    void showNumbersOfCurrent();
    void applyPeriod();
    void updateState();
    void onClosed(); // remembers the size, lets go of the history
    // The store on the history file; null while the file does not exist (nothing sent yet).
    history::HistoryStore *store();

    std::unique_ptr<history::HistoryStore> m_store;
    QString m_problem; // why the history could not be read
    models::SendHistoryModel *m_sends;
    models::SendHistoryFilterModel *m_shown;
    models::SendNumbersModel *m_numbers;
    QLineEdit *m_search = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_note = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_sendsView = nullptr;
    QLabel *m_numbersTitle = nullptr;
    QTableView *m_numbersView = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace ui
