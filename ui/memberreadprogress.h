#pragma once

#include <QWidget>

class QProgressBar;
class QPushButton;

namespace sending {
class SendController;
}

namespace ui {

// "Reading members: 500 of 10,000…" in the status bar while the organization's member and
// invitation lists are read before a send (the confirmation's preview, or a send's own read),
// with a Cancel that stops the read and sends nothing. The window stays usable meanwhile.
class MemberReadProgress final : public QWidget
{
    Q_OBJECT
public:
    explicit MemberReadProgress(sending::SendController *sender, QWidget *parent = nullptr);

    static QString progressText(int read, qint64 total);

private:
    void showProgress(int read, qint64 total);
    void cancel();

    sending::SendController *m_sender;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace ui
