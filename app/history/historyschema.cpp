#include "history/historyschema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace history::schema {

namespace {

const char *const kVersion1[] = {
    "CREATE TABLE jobs (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL,"
    " organization_id TEXT NOT NULL, api_url TEXT NOT NULL DEFAULT '', message TEXT NOT NULL,"
    " group_ids TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, finished_at TEXT)",
    "CREATE TABLE batches (id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES jobs(id),"
    " state TEXT NOT NULL, msisdns TEXT NOT NULL, attempt INTEGER NOT NULL DEFAULT 1,"
    " sent_at TEXT, finished_at TEXT, reason TEXT)",
    "CREATE TABLE invitations (id TEXT PRIMARY KEY, msisdn TEXT NOT NULL, name TEXT,"
    " status TEXT NOT NULL, created_at TEXT, message TEXT, batch_id INTEGER, job_id INTEGER)",
};

const char *const kVersion2[] = {
    "ALTER TABLE invitations ADD COLUMN organization_id TEXT",
    "ALTER TABLE batches ADD COLUMN not_before TEXT",
    "CREATE TABLE job_numbers (job_id INTEGER NOT NULL REFERENCES jobs(id),"
    " position INTEGER NOT NULL, msisdn TEXT NOT NULL, name TEXT, input TEXT,"
    " state TEXT NOT NULL, invitation_id TEXT, reason TEXT, PRIMARY KEY (job_id, msisdn))",
    "CREATE INDEX invitations_msisdn ON invitations (msisdn)",
    "CREATE INDEX batches_state ON batches (state)",
};

const char *const kVersion3[] = {
    "ALTER TABLE jobs ADD COLUMN reminder INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE jobs ADD COLUMN sender TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE jobs ADD COLUMN source TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE invitations ADD COLUMN status_seen_at TEXT",
};

// Versions 2 and 3 journaled members as "already_invited" and said why in the reason, in the
// language the app ran in (English or Swedish: these are those versions' texts, frozen). A
// pending number left out always names its pending invitation; a member never invited has
// none. Everything else stays as it was.
const char *const kVersion4[] = {
    "UPDATE job_numbers SET state = 'added_to_groups' WHERE state = 'already_invited' AND ("
    " reason LIKE 'Already a member of the organization: added to %' OR"
    " reason LIKE 'Redan medlem i organisationen: tillagd i %')",
    "UPDATE job_numbers SET state = 'member' WHERE state = 'already_invited' AND ("
    " COALESCE(invitation_id, '') = '' OR"
    " reason LIKE 'Already a member of the organization%' OR"
    " reason LIKE 'Accepted the invitation of %' OR"
    " reason LIKE 'Redan medlem i organisationen%' OR"
    " reason LIKE 'Har accepterat inbjudan%')",
};

// The context of this file's texts in the catalogues (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(history::HistorySchema)
};

template<size_t N>
bool run(QSqlDatabase &db, const char *const (&statements)[N], int toVersion, QString *error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    for (const char *sql : statements) {
        if (!query.exec(QString::fromLatin1(sql))) {
            *error = Text::tr("migration to version %1 failed: %2")
                         .arg(toVersion)
                         .arg(query.lastError().text());
            db.rollback();
            return false;
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion)) || !db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace

int version(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool migrate(QSqlDatabase &db, QString *error)
{
    int current = version(db);
    if (current < 0) {
        *error = Text::tr("the file is not a readable SQLite database");
        return false;
    }
    if (current > kCurrentVersion) {
        *error = Text::tr("the history was written by a newer version of the app (schema %1, this "
                          "app knows %2)")
                     .arg(current)
                     .arg(kCurrentVersion);
        return false;
    }
    if (current == 0 && !run(db, kVersion1, 1, error))
        return false;
    if (current <= 1 && !run(db, kVersion2, 2, error))
        return false;
    if (current <= 2 && !run(db, kVersion3, 3, error))
        return false;
    if (current <= 3 && !run(db, kVersion4, 4, error))
        return false;
    return true;
}

} // namespace history::schema
