#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace sandbox {

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal: the handler only writes a byte to a socket
// pair (async-signal-safe), the event loop reads it and emits terminationRequested().
class UnixSignalWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;
    Q_DISABLE_COPY_MOVE(UnixSignalWatcher)

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sandbox
