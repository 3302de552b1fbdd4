#include "closeguard.h"

#include "namedbutton.h"

#include "sending/sendcontroller.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace ui {

CloseGuard::CloseGuard(QWidget *window, sending::SendController *sender)
    : QObject(window)
    , m_window(window)
    , m_sender(sender)
{
    connect(sender, &sending::SendController::progress, this,
            [this](int sent, int failed, int remaining) {
                m_sent = sent;
                m_total = sent + failed + remaining;
            });
    connect(sender, &sending::SendController::runningChanged, this, [this](bool running) {
        if (running)
            return; // the job's first progress (0 of all) came already
        m_sent = 0;
        m_total = 0;
        if (m_question)
            m_question->close(); // the send ended while the admin was reading
        if (m_closeWhenStopped)
            m_window->close();
    });
}

bool CloseGuard::allowClose()
{
    if (!m_sender->isRunning())
        return true;
    if (m_closeWhenStopped || m_question)
        return false; // already stopping, or already asking
    m_question = new QMessageBox(
        QMessageBox::Question, tr("Stop sending?"),
        tr("A send is running: %1 of %n sent. Stop after the batches in flight and quit?", nullptr,
           m_total)
            .arg(m_sent),
        QMessageBox::NoButton, m_window);
    m_question->setObjectName(QStringLiteral("closeDuringSend"));
    m_question->setInformativeText(tr("Numbers not sent yet stay in the list for the next start."));
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *stop = addNamedButton(m_question, tr("Stop and &quit"), QMessageBox::AcceptRole,
                                       QStringLiteral("stopAndQuit"));
    QPushButton *keep = addNamedButton(m_question, tr("&Keep sending"), QMessageBox::RejectRole,
                                       QStringLiteral("keepSending"));
    m_question->setDefaultButton(keep);
    connect(m_question, &QMessageBox::buttonClicked, this, [this, stop](QAbstractButton *b) {
        if (b != stop)
            return;
        if (!m_sender->isRunning()) {
            m_window->close();
            return;
        }
        m_closeWhenStopped = true;
        m_sender->cancel();
    });
    m_question->open();
    return false;
}

} // namespace ui
