#pragma once

#include "history/retentionpolicy.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace history {

// Applies the retention policy to the send history at start and once a day while the app
// runs. The first purge that would delete anything waits for the admin's answer (the window
// asks once, consentNeeded); without a window (the command line) nothing is deleted until
// then. Opens the history on its own connection, and only when the file exists.
class RetentionKeeper final : public QObject
{
    Q_OBJECT
public:
    explicit RetentionKeeper(const QString &databasePath, QObject *parent = nullptr);

    // For tests: the clock and where the policy and the answer are kept (default: QSettings()).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    void setSettingsFile(const QString &path) { m_settingsFile = path; }

    // applyNow() now and then every `interval` (a day).
    void start(std::chrono::milliseconds interval = std::chrono::hours(24));
    // Purges what is older than the policy allows; returns how many entries were removed (0
    // when nothing was, or when the admin's answer is awaited), -1 when the history failed.
    int applyNow();

    // The admin's answer to consentNeeded. Yes: purge now and from now on. No: the history is
    // kept forever (the setting changes to "forever"; the admin can set a period again).
    void confirmPurge();
    void keepForever();

    RetentionPolicy policy() const;

Q_SIGNALS:
    // Asked at most once per run, and only until the admin answered once.
    void consentNeeded(int entries, const QDateTime &cutoff, const QString &policy);
    void purged(int entries);

private:
    int purge();

    QString m_path;
    QString m_settingsFile;
    std::function<QDateTime()> m_now;
    QTimer m_timer;
    bool m_asked = false;
};

} // namespace history
