#include "history/historystore.h"

#include "history/datafolder.h"
#include "history/historyschema.h"
#include "history/privatefiles.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcHistory, "accessy.history")

namespace history {

namespace {

QAtomicInteger<int> g_connectionCounter;

// The context of this file's texts in the catalogues (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(history::HistoryStore)
};

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs))
                          : QVariant(QMetaType(QMetaType::QString));
}

QDateTime timeFrom(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid())
        time.setTimeSpec(Qt::UTC);
    return time;
}

// Qt binds a null QString as SQL NULL; the NOT NULL text columns want ''.
QString text(const QString &value)
{
    return value.isNull() ? QString::fromLatin1("") : value;
}

QString joinNumbers(const QStringList &numbers)
{
    return numbers.join(QLatin1Char(' '));
}

QStringList splitNumbers(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

JobRecord jobFrom(const QSqlQuery &q)
{
    JobRecord job;
    job.id = q.value(0).toLongLong();
    job.createdAt = timeFrom(q.value(1));
    job.organizationId = q.value(2).toString();
    job.apiUrl = q.value(3).toString();
    job.message = q.value(4).toString();
    job.groupIds = q.value(5).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    job.state = q.value(6).toString();
    job.finishedAt = timeFrom(q.value(7));
    job.reminder = q.value(8).toBool();
    job.sender = q.value(9).toString();
    job.source = q.value(10).toString();
    return job;
}

const char kJobColumns[] = "SELECT id, created_at, organization_id, api_url, message, group_ids, "
                           "state, finished_at, reminder, sender, source FROM jobs ";

BatchRecord batchFrom(const QSqlQuery &q)
{
    BatchRecord b;
    b.id = q.value(0).toLongLong();
    b.jobId = q.value(1).toLongLong();
    b.state = batchStateFromKey(q.value(2).toString());
    b.msisdns = splitNumbers(q.value(3).toString());
    b.attempt = q.value(4).toInt();
    b.sentAt = timeFrom(q.value(5));
    b.notBefore = timeFrom(q.value(6));
    b.reason = q.value(7).toString();
    return b;
}

const char kBatchColumns[] = "SELECT b.id, b.job_id, b.state, b.msisdns, b.attempt, b.sent_at, "
                             "b.not_before, b.reason FROM batches b ";

InvitationRecord invitationFrom(const QSqlQuery &q)
{
    InvitationRecord r;
    r.id = q.value(0).toString();
    r.msisdn = q.value(1).toString();
    r.name = q.value(2).toString();
    r.status = q.value(3).toString();
    r.createdAt = timeFrom(q.value(4));
    r.message = q.value(5).toString();
    r.organizationId = q.value(6).toString();
    r.batchId = q.value(7).toLongLong();
    r.jobId = q.value(8).toLongLong();
    return r;
}

const char kInvitationColumns[] = "SELECT id, msisdn, name, status, created_at, message, "
                                  "organization_id, batch_id, job_id FROM invitations ";

} // namespace

QString batchStateKey(BatchState state)
{
    switch (state) {
    case BatchState::Queued:
        return QStringLiteral("queued");
    case BatchState::InFlight:
        return QStringLiteral("in_flight");
    case BatchState::Done:
        return QStringLiteral("done");
    case BatchState::Failed:
        return QStringLiteral("failed");
    case BatchState::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

BatchState batchStateFromKey(const QString &key)
{
    for (BatchState s : {BatchState::Queued, BatchState::InFlight, BatchState::Done,
                         BatchState::Failed, BatchState::Unknown}) {
        if (batchStateKey(s) == key)
            return s;
    }
    return BatchState::Unknown; // an unreadable state is treated as "may have been sent"
}

QString numberStateKey(NumberState state)
{
    switch (state) {
    case NumberState::Pending:
        return QStringLiteral("pending");
    case NumberState::Invited:
        return QStringLiteral("invited");
    case NumberState::Failed:
        return QStringLiteral("failed");
    case NumberState::AlreadyInvited:
        return QStringLiteral("already_invited");
    case NumberState::Cancelled:
        return QStringLiteral("cancelled");
    case NumberState::Unconfirmed:
        return QStringLiteral("unconfirmed");
    case NumberState::Member:
        return QStringLiteral("member");
    case NumberState::AddedToGroups:
        return QStringLiteral("added_to_groups");
    }
    return {};
}

NumberState numberStateFromKey(const QString &key)
{
    for (NumberState s :
         {NumberState::Pending, NumberState::Invited, NumberState::Failed,
          NumberState::AlreadyInvited, NumberState::Cancelled, NumberState::Unconfirmed,
          NumberState::Member, NumberState::AddedToGroups}) {
        if (numberStateKey(s) == key)
            return s;
    }
    return NumberState::Pending;
}

HistoryStore::HistoryStore()
    : m_connection(
          QStringLiteral("accessy-history-%1").arg(g_connectionCounter.fetchAndAddOrdered(1)))
{
}

HistoryStore::~HistoryStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString HistoryStore::defaultDirectory()
{
    return datafolder::path();
}

QString HistoryStore::defaultPath()
{
    return QDir(defaultDirectory()).filePath(QStringLiteral("history.sqlite"));
}

QSqlDatabase HistoryStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool HistoryStore::fail(const QString &what) const
{
    m_lastError = what;
    qCWarning(lcHistory).noquote() << what;
    return false;
}

bool HistoryStore::open(const QString &path, QString *error)
{
    auto failed = [&](const QString &reason) {
        m_lastError = Text::tr("Could not open the send history %1: %2").arg(path, reason);
        if (error)
            *error = m_lastError;
        return false;
    };
    if (!privatefiles::makePrivateFolder(QFileInfo(path).absolutePath()))
        return failed(Text::tr("the folder cannot be created"));
    // The file is created private: SQLite gives the -wal and -shm files the database file's
    // mode, so they are private too. Until the first write, in case SQLite creates lazily.
    privatefiles::ScopedPrivateUmask privateUmask;
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.close();
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return failed(db.lastError().text());
    m_path = path;
    // A history written by an older version (or copied in) may be readable by everyone.
    for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        privatefiles::makePrivate(file);
    QSqlQuery query(db);
    // WAL: readers (another window, a test) never block the sender. NORMAL sync in WAL mode
    // loses nothing when the process is killed; only a power cut may drop the last commits.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !query.exec(QStringLiteral("PRAGMA synchronous=NORMAL")) ||
        !query.exec(QStringLiteral("PRAGMA foreign_keys=ON")) ||
        // Deleted rows are overwritten with zeros, so a forgotten number leaves no trace in
        // free pages; temporary tables (VACUUM) stay in memory instead of a file in /tmp.
        !query.exec(QStringLiteral("PRAGMA secure_delete=ON")) ||
        !query.exec(QStringLiteral("PRAGMA temp_store=MEMORY")))
        return failed(query.lastError().text());
    QString reason;
    if (!schema::migrate(db, &reason)) {
        db.close();
        return failed(reason);
    }
    return true;
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

int HistoryStore::schemaVersion() const
{
    QSqlDatabase db = database();
    return schema::version(db);
}

qint64 HistoryStore::createJob(const JobRecord &job, const QList<JobNumber> &numbers)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(db.lastError().text()), 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO jobs (created_at, organization_id, api_url, message, "
                             "group_ids, state, reminder, sender, source) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(
        timeValue(job.createdAt.isValid() ? job.createdAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(text(job.organizationId));
    q.addBindValue(text(job.apiUrl));
    q.addBindValue(text(job.message));
    q.addBindValue(text(job.groupIds.join(QLatin1Char('\n'))));
    q.addBindValue(job.state.isEmpty() ? QStringLiteral("running") : job.state);
    q.addBindValue(job.reminder ? 1 : 0);
    q.addBindValue(text(job.sender));
    q.addBindValue(text(job.source));
    if (!q.exec()) {
        db.rollback();
        return fail(q.lastError().text()), 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!db.commit() || !addJobNumbers(id, numbers))
        return fail(db.lastError().text()), 0;
    return id;
}

bool HistoryStore::addJobNumbers(qint64 jobId, const QList<JobNumber> &numbers)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery position(db);
    position.prepare(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM job_numbers "
                                    "WHERE job_id = ?"));
    position.addBindValue(jobId);
    int next = position.exec() && position.next() ? position.value(0).toInt() + 1 : 1;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO job_numbers (job_id, position, msisdn, name, "
                       "input, state, invitation_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const JobNumber &n : numbers) {
        q.addBindValue(jobId);
        q.addBindValue(next++);
        q.addBindValue(n.msisdn);
        q.addBindValue(n.name);
        q.addBindValue(n.input);
        q.addBindValue(numberStateKey(n.state));
        q.addBindValue(n.invitationId);
        q.addBindValue(n.reason);
        if (!q.exec()) {
            db.rollback();
            return fail(q.lastError().text());
        }
    }
    return db.commit() || fail(db.lastError().text());
}

bool HistoryStore::setJobState(qint64 jobId, const QString &state)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE jobs SET state = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(state == QLatin1String("running") ? QVariant(QMetaType(QMetaType::QString))
                                                     : timeValue(QDateTime::currentDateTimeUtc()));
    q.addBindValue(jobId);
    return q.exec() || fail(q.lastError().text());
}

std::optional<JobRecord> HistoryStore::job(qint64 jobId) const
{
    QSqlQuery q(database());
    q.prepare(QLatin1String(kJobColumns) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(jobId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return jobFrom(q);
}

QList<JobRecord> HistoryStore::jobs() const
{
    QList<JobRecord> result;
    QSqlQuery q(database());
    if (q.exec(QLatin1String(kJobColumns) + QStringLiteral("ORDER BY id DESC"))) {
        while (q.next())
            result << jobFrom(q);
    }
    return result;
}

QList<JobRecord> HistoryStore::unfinishedJobs(const QString &organizationId) const
{
    QList<JobRecord> result;
    QSqlQuery q(database());
    q.prepare(QLatin1String(kJobColumns) +
              QStringLiteral("WHERE state = 'running' AND organization_id = ? ORDER BY id"));
    q.addBindValue(organizationId);
    if (q.exec()) {
        while (q.next())
            result << jobFrom(q);
    }
    return result;
}

QList<JobNumber> HistoryStore::jobNumbers(qint64 jobId) const
{
    QList<JobNumber> result;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT msisdn, name, input, state, invitation_id, reason FROM "
                             "job_numbers WHERE job_id = ? ORDER BY position"));
    q.addBindValue(jobId);
    if (q.exec()) {
        while (q.next()) {
            JobNumber n;
            n.msisdn = q.value(0).toString();
            n.name = q.value(1).toString();
            n.input = q.value(2).toString();
            n.state = numberStateFromKey(q.value(3).toString());
            n.invitationId = q.value(4).toString();
            n.reason = q.value(5).toString();
            result << n;
        }
    }
    return result;
}

qint64 HistoryStore::journalBatch(qint64 jobId, const QStringList &msisdns, int attempt,
                                  const QDateTime &sentAt, const QDateTime &notBefore)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(db.lastError().text()), 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO batches (job_id, state, msisdns, attempt, sent_at, "
                             "not_before) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(jobId);
    q.addBindValue(batchStateKey(BatchState::InFlight));
    q.addBindValue(text(joinNumbers(msisdns)));
    q.addBindValue(attempt);
    q.addBindValue(timeValue(sentAt));
    q.addBindValue(timeValue(notBefore));
    if (!q.exec()) {
        db.rollback();
        return fail(q.lastError().text()), 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!db.commit())
        return fail(db.lastError().text()), 0;
    return id;
}

bool HistoryStore::setBatchState(qint64 batchId, BatchState state, const QString &reason)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE batches SET state = ?, reason = ?, finished_at = ? "
                             "WHERE id = ?"));
    q.addBindValue(batchStateKey(state));
    q.addBindValue(reason);
    q.addBindValue(timeValue(QDateTime::currentDateTimeUtc()));
    q.addBindValue(batchId);
    return q.exec() || fail(q.lastError().text());
}

std::optional<BatchRecord> HistoryStore::batch(qint64 batchId) const
{
    QSqlQuery q(database());
    q.prepare(QLatin1String(kBatchColumns) + QStringLiteral("WHERE b.id = ?"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return batchFrom(q);
}

QList<BatchRecord> HistoryStore::batches(qint64 jobId) const
{
    QList<BatchRecord> result;
    QSqlQuery q(database());
    q.prepare(QLatin1String(kBatchColumns) + QStringLiteral("WHERE b.job_id = ? ORDER BY b.id"));
    q.addBindValue(jobId);
    if (q.exec()) {
        while (q.next())
            result << batchFrom(q);
    }
    return result;
}

QList<BatchRecord> HistoryStore::unfinishedBatches(const QString &organizationId) const
{
    QList<BatchRecord> result;
    QSqlQuery q(database());
    q.prepare(QLatin1String(kBatchColumns) +
              QStringLiteral("JOIN jobs j ON j.id = b.job_id WHERE b.state IN ('in_flight', "
                             "'unknown') AND j.organization_id = ? ORDER BY b.id"));
    q.addBindValue(organizationId);
    if (q.exec()) {
        while (q.next())
            result << batchFrom(q);
    }
    return result;
}

bool HistoryStore::recordResult(qint64 jobId, qint64 batchId, BatchState batchState,
                                const QList<InvitationRecord> &invitations,
                                const QList<NumberUpdate> &updates, const QString &reason)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO invitations (id, msisdn, name, status, "
                                  "created_at, message, organization_id, batch_id, job_id) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const InvitationRecord &r : invitations) {
        insert.addBindValue(r.id);
        insert.addBindValue(text(r.msisdn));
        insert.addBindValue(r.name);
        insert.addBindValue(text(r.status));
        insert.addBindValue(timeValue(r.createdAt));
        insert.addBindValue(r.message);
        insert.addBindValue(r.organizationId);
        insert.addBindValue(r.batchId ? QVariant(r.batchId) : QVariant(batchId));
        insert.addBindValue(r.jobId ? QVariant(r.jobId) : QVariant(jobId));
        if (!insert.exec()) {
            db.rollback();
            return fail(insert.lastError().text());
        }
    }
    QSqlQuery number(db);
    number.prepare(QStringLiteral("UPDATE job_numbers SET state = ?, invitation_id = ?, "
                                  "reason = ? WHERE job_id = ? AND msisdn = ?"));
    for (const NumberUpdate &u : updates) {
        number.addBindValue(numberStateKey(u.state));
        number.addBindValue(u.invitationId);
        number.addBindValue(u.reason);
        number.addBindValue(jobId);
        number.addBindValue(u.msisdn);
        if (!number.exec()) {
            db.rollback();
            return fail(number.lastError().text());
        }
    }
    if (batchId > 0) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE batches SET state = ?, reason = ?, finished_at = ? "
                                 "WHERE id = ?"));
        q.addBindValue(batchStateKey(batchState));
        q.addBindValue(reason);
        q.addBindValue(timeValue(QDateTime::currentDateTimeUtc()));
        q.addBindValue(batchId);
        if (!q.exec()) {
            db.rollback();
            return fail(q.lastError().text());
        }
    }
    return db.commit() || fail(db.lastError().text());
}

QHash<QString, InvitationRecord> HistoryStore::pendingByMsisdn(const QString &organizationId) const
{
    QHash<QString, InvitationRecord> result;
    QSqlQuery q(database());
    q.prepare(QLatin1String(kInvitationColumns) +
              QStringLiteral("WHERE status = 'PENDING' AND (organization_id = ? OR "
                             "organization_id IS NULL) ORDER BY created_at"));
    q.addBindValue(organizationId);
    if (q.exec()) {
        while (q.next()) {
            const InvitationRecord r = invitationFrom(q);
            result.insert(r.msisdn, r); // later rows win: the newest invitation
        }
    }
    return result;
}

QSet<QString> HistoryStore::knownInvitationIds() const
{
    QSet<QString> result;
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT id FROM invitations"))) {
        while (q.next())
            result.insert(q.value(0).toString());
    }
    return result;
}

QList<InvitationRecord> HistoryStore::invitations(qint64 jobId) const
{
    QList<InvitationRecord> result;
    QSqlQuery q(database());
    if (jobId > 0) {
        q.prepare(QLatin1String(kInvitationColumns) +
                  QStringLiteral("WHERE job_id = ? ORDER BY created_at"));
        q.addBindValue(jobId);
    } else {
        q.prepare(QLatin1String(kInvitationColumns) + QStringLiteral("ORDER BY created_at"));
    }
    if (q.exec()) {
        while (q.next())
            result << invitationFrom(q);
    }
    return result;
}

bool HistoryStore::updateInvitationStatus(const QString &invitationId, const QString &status)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE invitations SET status = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(invitationId);
    return (q.exec() && q.numRowsAffected() > 0) || fail(q.lastError().text());
}

} // namespace history
