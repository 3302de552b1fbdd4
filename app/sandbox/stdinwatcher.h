#pragma once

#include <QObject>

class QSocketNotifier;

namespace sandbox {

// Emits closed() once standard input reaches end of file: the parent that started the sandbox
// holds the other end of the pipe, so its death (even a crash) closes it and the sandbox exits.
// Whatever is read from stdin is discarded.
class StdinWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit StdinWatcher(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(StdinWatcher)

Q_SIGNALS:
    void closed();

private:
    void readAvailable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sandbox
