#pragma once

// Keeps a test's settings and data away from the real user's (and from other tests').
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

// QStandardPaths' test mode, the settings cleared, and ACCESSY_INVITE_DATA_DIR pointing at
// `data`; false when `data` could not be made.
inline bool isolateAppData(const QTemporaryDir &data)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    if (!data.isValid())
        return false;
    qputenv("ACCESSY_INVITE_DATA_DIR", data.path().toUtf8());
    return true;
}
