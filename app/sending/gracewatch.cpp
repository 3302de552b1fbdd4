#include "sending/gracewatch.h"

namespace sending {

GraceWatch::GraceWatch(QObject *parent)
    : QObject(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &GraceWatch::update);
}

void GraceWatch::set(quint64 key, int numbers, const QDateTime &endsAt)
{
    m_open.insert(key, Open{numbers, endsAt});
    update();
}

void GraceWatch::remove(quint64 key)
{
    if (m_open.remove(key) > 0)
        update();
}

int GraceWatch::numbers() const
{
    int n = 0;
    for (const Open &o : m_open)
        n += o.numbers;
    return n;
}

void GraceWatch::update()
{
    QDateTime last;
    for (const Open &o : std::as_const(m_open)) {
        if (!last.isValid() || o.endsAt > last)
            last = o.endsAt;
    }
    const int n = numbers();
    const qint64 leftMs = last.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(last) : 0;
    // At least 1 while any wait: the list read after the grace takes a moment too.
    const int seconds = n > 0 ? int(qMax<qint64>(1, (leftMs + 999) / 1000)) : 0;
    if (n > 0 && !m_ticker.isActive())
        m_ticker.start();
    else if (n == 0)
        m_ticker.stop();
    if (n == m_lastNumbers && seconds == m_lastSeconds)
        return;
    m_lastNumbers = n;
    m_lastSeconds = seconds;
    Q_EMIT changed(n, seconds);
}

} // namespace sending
