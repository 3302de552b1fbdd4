#pragma once

#include <QObject>

namespace cli {

// Turns SIGTERM, SIGINT and SIGHUP (logout) into an orderly QCoreApplication::quit(), so that
// destructors run: the practice sandbox is stopped and nothing is left half-written.
// A signal handler may only write to a pipe; the event loop reads it.
class UnixSignals final : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

Q_SIGNALS:
    void terminationRequested(int signal);
};

} // namespace cli
