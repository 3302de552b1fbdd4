#pragma once

#include <QEventLoop>
#include <QObject>

#include <memory>
#include <optional>
#include <utility>

namespace cli {

// Ends every wait of awaitResult() that names it, now and later: a command that is interrupted
// (Ctrl+C, SIGTERM) or has met a problem it cannot go on after waits for nothing more.
class Interruption final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void interrupt();
    bool isInterrupted() const { return m_interrupted; }

Q_SIGNALS:
    void interrupted();

private:
    bool m_interrupted = false;
};

namespace detail {
template<typename T>
struct AwaitState
{
    QEventLoop *loop = nullptr; // null once the wait is over: a late answer is dropped
    std::optional<T> value;
};
} // namespace detail

// The one way the command line waits for an asynchronous answer. `start` is called with a
// callback `done(T)`; it starts the work and hands `done` to whatever answers (an API callback,
// a signal connected with a context object that lives as long as the wait). A local event loop
// runs until `done` is called — at once if `start` called it itself — and its value is returned.
// Returns nothing when `interruption` ends the wait first (or had already).
template<typename T, typename Start>
std::optional<T> awaitResult(Start &&start, const Interruption *interruption = nullptr)
{
    if (interruption && interruption->isInterrupted())
        return std::nullopt;
    QEventLoop loop;
    const auto state = std::make_shared<detail::AwaitState<T>>();
    state->loop = &loop;
    QMetaObject::Connection stop;
    if (interruption)
        stop = QObject::connect(interruption, &Interruption::interrupted, &loop, &QEventLoop::quit);
    std::forward<Start>(start)([state](T value) {
        if (!state->loop || state->value)
            return; // the wait is over, or this is a second answer
        state->value = std::move(value);
        state->loop->quit();
    });
    if (!state->value && !(interruption && interruption->isInterrupted()))
        loop.exec();
    state->loop = nullptr;
    QObject::disconnect(stop);
    return std::move(state->value);
}

} // namespace cli
