#include "history/retentionkeeper.h"

#include "history/historystore.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>

#include <memory>

Q_LOGGING_CATEGORY(lcRetention, "accessy.history.retention")

namespace history {

namespace {

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    return file.isEmpty() ? std::make_unique<QSettings>()
                          : std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

RetentionKeeper::RetentionKeeper(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(&m_timer, &QTimer::timeout, this, &RetentionKeeper::applyNow);
}

void RetentionKeeper::start(std::chrono::milliseconds interval)
{
    applyNow();
    m_timer.start(interval);
}

RetentionPolicy RetentionKeeper::policy() const
{
    return RetentionPolicy::load(*openSettings(m_settingsFile));
}

int RetentionKeeper::applyNow()
{
    const auto settings = openSettings(m_settingsFile);
    const RetentionPolicy policy = RetentionPolicy::load(*settings);
    if (policy.keepsForever() || !QFileInfo::exists(m_path))
        return 0;
    if (RetentionPolicy::purgeConfirmed(*settings))
        return purge();
    HistoryStore store;
    if (!store.open(m_path))
        return -1;
    const QDateTime cutoff = policy.cutoff(m_now());
    const int entries = store.countOlderThan(cutoff);
    if (entries > 0 && !m_asked) {
        m_asked = true;
        qCInfo(lcRetention) << entries << "history entries are older than" << policy.describe()
                            << "; waiting for the admin to confirm the first purge";
        Q_EMIT consentNeeded(entries, cutoff, policy.describe());
    }
    return 0;
}

int RetentionKeeper::purge()
{
    HistoryStore store;
    if (!store.open(m_path))
        return -1;
    const RetentionPolicy policy = this->policy();
    if (policy.keepsForever())
        return 0;
    const int removed = store.purgeOlderThan(policy.cutoff(m_now()));
    if (removed > 0) {
        qCInfo(lcRetention) << removed << "history entries older than" << policy.describe()
                            << "were removed";
        Q_EMIT purged(removed);
    }
    return removed;
}

void RetentionKeeper::confirmPurge()
{
    {
        const auto settings = openSettings(m_settingsFile);
        RetentionPolicy::setPurgeConfirmed(*settings, true);
    }
    if (QFileInfo::exists(m_path))
        purge();
}

void RetentionKeeper::keepForever()
{
    const auto settings = openSettings(m_settingsFile);
    RetentionPolicy policy;
    policy.months = 0;
    policy.save(*settings);
    RetentionPolicy::setPurgeConfirmed(*settings, true);
}

} // namespace history
