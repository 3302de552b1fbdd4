#include "history/datafolder.h"

#include "history/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcDataFolder, "accessy.history.folder")

namespace history::datafolder {

namespace {

const QString kFolderName = QStringLiteral("accessy-invite");
const QString kHistoryFile = QStringLiteral("history.sqlite");

// The context of this file's texts in the catalogues (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(history::DataFolder)
};

QString dataHome()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
}

// Folds the WAL into the database file so that moving the one file moves every committed row.
// The connection is closed again before the file is moved.
bool checkpoint(const QString &database)
{
    const QString name = QStringLiteral("accessy-history-migration");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(database);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && query.next() &&
                 query.value(0).toInt() == 0;
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool moveFile(const QString &from, const QString &to)
{
    if (QFile::rename(from, to))
        return true;
    // Another file system: copy, then remove the original only once the copy exists.
    return QFile::copy(from, to) && QFile::remove(from);
}

} // namespace

QString path()
{
    const QString overridden = qEnvironmentVariable("ACCESSY_INVITE_DATA_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QDir(dataHome()).filePath(kFolderName);
}

QString legacyPath()
{
    return QDir(dataHome()).filePath(kFolderName + QLatin1Char('/') + kFolderName);
}

QString settingsPath()
{
    return QSettings().fileName();
}

MigrationResult migrate(const QString &legacyFolder, const QString &folder)
{
    MigrationResult result;
    const QDir legacy(legacyFolder);
    if (!legacy.exists() ||
        QFileInfo(legacyFolder).canonicalFilePath() == QFileInfo(folder).canonicalFilePath())
        return result;
    const QString oldHistory = legacy.filePath(kHistoryFile);
    const QString newHistory = QDir(folder).filePath(kHistoryFile);
    if (!privatefiles::makePrivateFolder(folder)) {
        result.problem = Text::tr("the folder %1 cannot be created").arg(folder);
        return result;
    }
    if (QFileInfo::exists(oldHistory)) {
        if (QFileInfo::exists(newHistory)) {
            // Never overwrite: the admin may need both. The old one stays where it was.
            result.keptBoth = true;
            result.problem =
                Text::tr("both %1 and %2 hold a send history; the new one is used and the "
                         "old one is kept untouched")
                    .arg(oldHistory, newHistory);
            return result;
        }
        if (!checkpoint(oldHistory)) {
            result.problem =
                Text::tr(
                    "the history %1 could not be prepared for moving (is another copy of the app "
                    "running?); it was left where it is")
                    .arg(oldHistory);
            return result;
        }
        // Anything checkpoint() left behind travels with the database, WAL first so that the
        // database is never seen in the new place without its journal.
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(oldHistory + suffix) && !QFileInfo::exists(newHistory + suffix))
                moveFile(oldHistory + suffix, newHistory + suffix);
        }
        if (!moveFile(oldHistory, newHistory)) {
            result.problem =
                Text::tr("the history %1 could not be moved to %2").arg(oldHistory, folder);
            return result;
        }
        result.moved = true;
    }
    // Whatever else of ours lived there (nothing today), unless the new folder has it already.
    const QStringList rest = legacy.entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : rest) {
        const QString target = QDir(folder).filePath(name);
        if (!QFileInfo::exists(target))
            moveFile(legacy.filePath(name), target);
    }
    QDir().rmdir(legacyFolder); // only succeeds when empty: nothing is ever lost here
    return result;
}

QStringList prepare()
{
    QStringList log;
    auto problem = [&log](const QString &line) {
        log << line;
        qCWarning(lcDataFolder).noquote() << line;
    };
    const QString folder = path();
    if (qEnvironmentVariableIsEmpty("ACCESSY_INVITE_DATA_DIR")) {
        const MigrationResult migrated = migrate(legacyPath(), folder);
        if (migrated.moved) {
            log << Text::tr("The send history was moved from %1 to %2.").arg(legacyPath(), folder);
            qCInfo(lcDataFolder).noquote() << log.constLast();
        }
        if (!migrated.problem.isEmpty())
            problem(Text::tr("The send history was not moved: %1.").arg(migrated.problem));
    }
    if (!privatefiles::makePrivateFolder(folder))
        problem(Text::tr("The data folder %1 cannot be created.").arg(folder));
    if (const int fixed = privatefiles::tightenTree(folder))
        problem(Text::tr("%n file(s) in %1 were readable by other accounts; now only by you.",
                         nullptr, fixed)
                    .arg(folder));
    // The settings file (preferences, recent file paths, message templates): created private
    // here, because QSettings keeps the mode of an existing file when it rewrites it.
    const QString settings = settingsPath();
    if (!settings.isEmpty() && QDir::isAbsolutePath(settings)) {
        const QString settingsFolder = QFileInfo(settings).absolutePath();
        if (!privatefiles::makePrivateFolder(settingsFolder) ||
            !privatefiles::ensurePrivateFile(settings))
            problem(Text::tr("The settings file %1 could not be made private.").arg(settings));
    }
    return log;
}

} // namespace history::datafolder
