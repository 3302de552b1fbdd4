#pragma once

#include <QObject>

namespace common {

// Turns SIGTERM, SIGINT and SIGHUP (logout) into a Qt signal, so that a program can quit in
// order and destructors run: the practice sandbox is stopped and nothing is left half-written.
// A signal handler may only write to a pipe (async-signal-safe); the event loop reads it.
// The command line and the sandbox use it; one instance at a time.
class UnixSignals final : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;
    Q_DISABLE_COPY_MOVE(UnixSignals)

    // False when the socket pair could not be made: no signal is caught then.
    bool isValid() const { return m_valid; }

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    bool m_valid = false;
};

} // namespace common
