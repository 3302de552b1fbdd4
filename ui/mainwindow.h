#pragma once

#include "accessy/accessysession.h"
#include "accessy/apiclient.h"
#include "models/invitationtablemodel.h"
#include "models/phoneentrymodel.h"
#include "sending/sendcontroller.h"

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ui {

class ConnectionForm;
class ResultsView;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Practice mode: a local sandbox instead of Accessy; nobody is texted.
    void enterPracticeMode(const QUrl &apiUrl, const QString &clientId, const QString &secret);
    void showStartupProblem(const QString &message);

    // For tests and the command line: the pieces behind the window.
    models::InvitationTableModel *resultsModel() { return &m_results; }
    models::PhoneEntryModel *checkedNumbersModel() { return &m_checked; }
    accessy::AccessySession *session() { return &m_session; }

private:
    void buildUi();
    void buildMenus();
    void recheckNumbers();
    void updateSendState();
    void applyConnection();
    void signIn();
    void send();
    void onSendFinished(int sent, int failed);

    accessy::ApiClient m_client;
    accessy::AccessySession m_session;
    models::InvitationTableModel m_results;
    models::PhoneEntryModel m_checked;
    sending::SendController m_sender;
    QTimer m_recheckTimer;
    QString m_defaultRegion = QStringLiteral("SE");

    QLabel *m_practiceBanner = nullptr;
    ConnectionForm *m_connection = nullptr;
    QPlainTextEdit *m_numbers = nullptr;
    QTableView *m_checkedView = nullptr;
    QLabel *m_counts = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_sendHint = nullptr;
    ResultsView *m_resultsView = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_emptyResults = nullptr;
};

} // namespace ui
