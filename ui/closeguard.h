#pragma once

#include <QObject>
#include <QPointer>

class QMessageBox;
class QWidget;

namespace sending {
class SendController;
}

namespace ui {

// Closing the window (Ctrl+Q, the title bar's X) while a send runs asks first: "Stop after the
// batches in flight and quit?" Stopping cancels the send and closes the window once the
// batches already on their way have their answers, so every number sent is recorded.
class CloseGuard final : public QObject
{
    Q_OBJECT
public:
    CloseGuard(QWidget *window, sending::SendController *sender);

    // True when the window may close now; otherwise the question is open (or the send is
    // stopping) and the guard closes the window itself when the send has ended.
    bool allowClose();

private:
    QWidget *m_window;
    sending::SendController *m_sender;
    QPointer<QMessageBox> m_question;
    int m_sent = 0;
    int m_total = 0;
    bool m_closeWhenStopped = false;
};

} // namespace ui
