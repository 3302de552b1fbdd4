#pragma once

#include <QString>
#include <QStringList>

namespace history::datafolder {

// Where the app keeps personal data, one place for the window and every command.

// ACCESSY_INVITE_DATA_DIR when set (tests, scripted use), else <data home>/accessy-invite
// (~/.local/share/accessy-invite on Linux), whatever the organization name is.
QString path();
// The folder earlier versions used: <data home>/accessy-invite/accessy-invite, because
// organization and application name were the same word.
QString legacyPath();
// The settings file (QSettings' default place for this application).
QString settingsPath();

struct MigrationResult
{
    bool moved = false;    // the old history now lives in the new folder
    bool keptBoth = false; // both folders held a history: nothing was overwritten
    QString problem;       // why nothing was moved, in admin words; empty when fine
};

// Moves history.sqlite (after checkpointing its WAL into it, so every row travels) and any
// other file of ours from `legacyFolder` to `folder`, never overwriting a file already there,
// then removes the old folder when it is empty. Nothing to do when `legacyFolder` has no files.
MigrationResult migrate(const QString &legacyFolder, const QString &folder);

// Run once at start, before anything opens the history or the settings: migrates the doubled
// folder, creates the data folder private, makes every file in it and the settings file private
// (0600, folders 0700) if found wider. Returns sentences for the log.
QStringList prepare();

} // namespace history::datafolder
