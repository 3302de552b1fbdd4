#pragma once

// Points HOME and every XDG folder (config, data, cache, state, runtime) into `home`, a
// throw-away folder, before the application object exists: whatever the program writes for
// the user lands there, never in the real home, and a test can search all of it.
#include <QByteArray>
#include <QString>

inline void useThrowAwayHome(const QString &home)
{
    struct Folder
    {
        const char *variable;
        const char *path;
    };
    const Folder folders[] = {{"XDG_CONFIG_HOME", "/.config"},
                              {"XDG_DATA_HOME", "/.local/share"},
                              {"XDG_CACHE_HOME", "/.cache"},
                              {"XDG_STATE_HOME", "/.local/state"},
                              {"XDG_RUNTIME_DIR", "/runtime"}};
    qputenv("HOME", home.toUtf8());
    for (const Folder &folder : folders)
        qputenv(folder.variable, (home + QLatin1String(folder.path)).toUtf8());
}
