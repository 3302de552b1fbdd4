#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace sending {

// Counts the numbers waiting, unconfirmed, for the grace period of their request, and the
// seconds until the last of them is checked; tells when either changes (ticks each second).
class GraceWatch final : public QObject
{
    Q_OBJECT
public:
    explicit GraceWatch(QObject *parent = nullptr);

    // `key`: the caller's handle for one request (set again to change it).
    void set(quint64 key, int numbers, const QDateTime &endsAt);
    void remove(quint64 key);
    int numbers() const;

Q_SIGNALS:
    void changed(int numbers, int secondsLeft);

private:
    void update();

    struct Open
    {
        int numbers = 0;
        QDateTime endsAt;
    };
    QHash<quint64, Open> m_open;
    QTimer m_ticker;
    int m_lastNumbers = 0;
    int m_lastSeconds = 0;
};

} // namespace sending
