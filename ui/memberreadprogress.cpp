#include "memberreadprogress.h"

#include "sending/sendcontroller.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace ui {

MemberReadProgress::MemberReadProgress(sending::SendController *sender, QWidget *parent)
    : QWidget(parent)
    , m_sender(sender)
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("memberReadProgress"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setObjectName(QStringLiteral("memberReadBar"));
    m_bar->setAccessibleName(tr("Reading the member list"));
    m_bar->setTextVisible(true);
    m_bar->setMinimumWidth(260);
    m_cancel->setObjectName(QStringLiteral("cancelMemberRead"));
    m_cancel->setAccessibleName(tr("Cancel reading the member list"));
    m_cancel->setToolTip(tr("Stop reading; nothing is sent"));
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    setVisible(false);

    connect(m_cancel, &QPushButton::clicked, this, &MemberReadProgress::cancel);
    connect(sender, &sending::SendController::previewStarted, this,
            [this] { showProgress(0, -1); });
    connect(sender, &sending::SendController::memberProgress, this,
            &MemberReadProgress::showProgress);
    connect(sender, &sending::SendController::previewReady, this, &QWidget::hide);
    connect(sender, &sending::SendController::previewCancelled, this, &QWidget::hide);
    connect(sender, &sending::SendController::previewFailed, this, &QWidget::hide);
    connect(sender, &sending::SendController::planned, this, &QWidget::hide);
    connect(sender, &sending::SendController::runningChanged, this, [this](bool running) {
        if (!running)
            hide();
    });
}

QString MemberReadProgress::progressText(int read, qint64 total)
{
    const QLocale locale;
    if (total < 0)
        return tr("Reading members…");
    return tr("Reading members: %1 of %2…").arg(locale.toString(read), locale.toString(total));
}

void MemberReadProgress::showProgress(int read, qint64 total)
{
    if (!m_sender->isPreviewing() && !m_sender->isRunning())
        return; // a late page of a read that already ended
    if (total <= 0) {
        m_bar->setRange(0, 0); // busy until the first page tells the total
    } else {
        // QProgressBar counts in int: scale the largest lists down.
        const int scale = total > 1000000 ? int(total / 1000000) + 1 : 1;
        m_bar->setRange(0, int(total / scale));
        m_bar->setValue(int(read / scale));
    }
    m_bar->setFormat(progressText(read, total));
    setVisible(true);
}

void MemberReadProgress::cancel()
{
    if (m_sender->isPreviewing())
        m_sender->cancelPreview();
    else
        m_sender->cancel(); // a send still reading: every number is reported cancelled
    hide();
}

} // namespace ui
