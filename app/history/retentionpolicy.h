#pragma once

#include <QDateTime>
#include <QString>

class QSettings;

namespace history {

// "Keep send history for N months", as kept in the settings (privacy/keepHistoryMonths: a
// number of months, or "forever"; 0 means forever too).
struct RetentionPolicy
{
    static constexpr int kDefaultMonths = 12;
    int months = kDefaultMonths; // 0 = forever

    bool keepsForever() const { return months <= 0; }
    // Entries created before this are purged; invalid when the history is kept forever.
    QDateTime cutoff(const QDateTime &now) const;
    // "12 months" or "forever", for the admin.
    QString describe() const;

    static RetentionPolicy load(const QSettings &settings);
    void save(QSettings &settings) const;

    // The admin answered the one question asked before the first purge that deletes anything.
    static bool purgeConfirmed(const QSettings &settings);
    static void setPurgeConfirmed(QSettings &settings, bool confirmed);
};

} // namespace history
