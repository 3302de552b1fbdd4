#include "history/historystore.h"

#include "history/datafolder.h"
#include "history/historyschema.h"
#include "history/privatefiles.h"

#include "common/enumkeys.h"

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

// The state columns of the batches and job_numbers tables.
constexpr common::EnumKey<BatchState> BatchStateKeys[] = {{BatchState::Queued, "queued"},
                                                          {BatchState::InFlight, "in_flight"},
                                                          {BatchState::Done, "done"},
                                                          {BatchState::Failed, "failed"},
                                                          {BatchState::Unknown, "unknown"}};
constexpr common::EnumKey<NumberState> NumberStateKeys[] = {
    {NumberState::Pending, "pending"},     {NumberState::Invited, "invited"},
    {NumberState::Failed, "failed"},       {NumberState::AlreadyInvited, "already_invited"},
    {NumberState::Cancelled, "cancelled"}, {NumberState::Unconfirmed, "unconfirmed"},
    {NumberState::Member, "member"},       {NumberState::AddedToGroups, "added_to_groups"}};

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

// One column of the current row, as the member it is read into.
void read(const QVariant &value, QString &out)
{
    out = value.toString();
}
void read(const QVariant &value, qint64 &out)
{
    out = value.toLongLong();
}
void read(const QVariant &value, int &out)
{
    out = value.toInt();
}
void read(const QVariant &value, bool &out)
{
    out = value.toBool();
}
void read(const QVariant &value, QDateTime &out)
{
    out = timeFrom(value);
}
void read(const QVariant &value, QStringList &numbers)
{
    numbers = splitNumbers(value.toString());
}
void read(const QVariant &value, BatchState &out)
{
    out = batchStateFromKey(value.toString());
}
void read(const QVariant &value, NumberState &out)
{
    out = numberStateFromKey(value.toString());
}

// The current row's columns, in the order selected, into these members of a new record.
template<typename Record, typename... Members>
Record recordFrom(const QSqlQuery &q, Members Record::*...members)
{
    Record record;
    int column = 0;
    (read(q.value(column++), record.*members), ...);
    return record;
}

// Binds the statement's placeholders, in order.
void bindValues(QSqlQuery &q, std::initializer_list<QVariant> values)
{
    for (const QVariant &value : values)
        q.addBindValue(value);
}

// `select` (the columns) + `rest` (the conditions, the order), bound to `values`, not yet run.
QSqlQuery selectQuery(const QSqlDatabase &db, const char *select, const QString &rest,
                      std::initializer_list<QVariant> values = {})
{
    QSqlQuery q(db);
    q.prepare(QLatin1String(select) + rest);
    bindValues(q, values);
    return q;
}

// Every row the query selects, each read by `from`; none when it fails.
template<typename Record>
QList<Record> allRows(QSqlQuery &&q, Record (*from)(const QSqlQuery &))
{
    QList<Record> result;
    if (q.exec()) {
        while (q.next())
            result << from(q);
    }
    return result;
}

template<typename Record>
std::optional<Record> firstRow(QSqlQuery &&q, Record (*from)(const QSqlQuery &))
{
    if (!q.exec() || !q.next())
        return std::nullopt;
    return from(q);
}

JobRecord jobFrom(const QSqlQuery &q)
{
    JobRecord job = recordFrom(q, &JobRecord::id, &JobRecord::createdAt, &JobRecord::organizationId,
                               &JobRecord::apiUrl, &JobRecord::message, &JobRecord::state,
                               &JobRecord::finishedAt, &JobRecord::reminder, &JobRecord::sender,
                               &JobRecord::source);
    // One group id a line (not the space-separated numbers read() assumes for a list).
    job.groupIds = q.value(10).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return job;
}

const char kJobColumns[] = "SELECT id, created_at, organization_id, api_url, message, state, "
                           "finished_at, reminder, sender, source, group_ids FROM jobs ";

BatchRecord batchFrom(const QSqlQuery &q)
{
    return recordFrom(q, &BatchRecord::id, &BatchRecord::jobId, &BatchRecord::state,
                      &BatchRecord::msisdns, &BatchRecord::attempt, &BatchRecord::sentAt,
                      &BatchRecord::notBefore, &BatchRecord::reason);
}

const char kBatchColumns[] = "SELECT b.id, b.job_id, b.state, b.msisdns, b.attempt, b.sent_at, "
                             "b.not_before, b.reason FROM batches b ";

InvitationRecord invitationFrom(const QSqlQuery &q)
{
    return recordFrom(q, &InvitationRecord::id, &InvitationRecord::msisdn, &InvitationRecord::name,
                      &InvitationRecord::status, &InvitationRecord::createdAt,
                      &InvitationRecord::message, &InvitationRecord::organizationId,
                      &InvitationRecord::batchId, &InvitationRecord::jobId);
}

const char kInvitationColumns[] = "SELECT id, msisdn, name, status, created_at, message, "
                                  "organization_id, batch_id, job_id FROM invitations ";

JobNumber jobNumberFrom(const QSqlQuery &q)
{
    return recordFrom(q, &JobNumber::msisdn, &JobNumber::name, &JobNumber::input, &JobNumber::state,
                      &JobNumber::invitationId, &JobNumber::reason);
}

const char kJobNumberColumns[] = "SELECT msisdn, name, input, state, invitation_id, reason FROM "
                                 "job_numbers ";

} // namespace

QString batchStateKey(BatchState state)
{
    return common::keyOf(BatchStateKeys, state);
}

BatchState batchStateFromKey(const QString &key)
{
    // An unreadable state is treated as "may have been sent".
    return common::enumOf(BatchStateKeys, key).value_or(BatchState::Unknown);
}

QString numberStateKey(NumberState state)
{
    return common::keyOf(NumberStateKeys, state);
}

NumberState numberStateFromKey(const QString &key)
{
    return common::enumOf(NumberStateKeys, key).value_or(NumberState::Pending);
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
    bindValues(
        q, {timeValue(job.createdAt.isValid() ? job.createdAt : QDateTime::currentDateTimeUtc()),
            text(job.organizationId), text(job.apiUrl), text(job.message),
            text(job.groupIds.join(QLatin1Char('\n'))),
            job.state.isEmpty() ? QStringLiteral("running") : job.state, job.reminder ? 1 : 0,
            text(job.sender), text(job.source)});
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
        bindValues(q, {jobId, next++, n.msisdn, n.name, n.input, numberStateKey(n.state),
                       n.invitationId, n.reason});
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
    bindValues(q, {state,
                   state == QLatin1String("running") ? QVariant(QMetaType(QMetaType::QString))
                                                     : timeValue(QDateTime::currentDateTimeUtc()),
                   jobId});
    return q.exec() || fail(q.lastError().text());
}

std::optional<JobRecord> HistoryStore::job(qint64 jobId) const
{
    return firstRow(selectQuery(database(), kJobColumns, QStringLiteral("WHERE id = ?"), {jobId}),
                    jobFrom);
}

QList<JobRecord> HistoryStore::jobs() const
{
    return allRows(selectQuery(database(), kJobColumns, QStringLiteral("ORDER BY id DESC")),
                   jobFrom);
}

QList<JobRecord> HistoryStore::unfinishedJobs(const QString &organizationId) const
{
    return allRows(
        selectQuery(database(), kJobColumns,
                    QStringLiteral("WHERE state = 'running' AND organization_id = ? ORDER BY id"),
                    {organizationId}),
        jobFrom);
}

QList<JobNumber> HistoryStore::jobNumbers(qint64 jobId) const
{
    return allRows(selectQuery(database(), kJobNumberColumns,
                               QStringLiteral("WHERE job_id = ? ORDER BY position"), {jobId}),
                   jobNumberFrom);
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
    bindValues(q, {jobId, batchStateKey(BatchState::InFlight), text(joinNumbers(msisdns)), attempt,
                   timeValue(sentAt), timeValue(notBefore)});
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
    bindValues(q,
               {batchStateKey(state), reason, timeValue(QDateTime::currentDateTimeUtc()), batchId});
    return q.exec() || fail(q.lastError().text());
}

std::optional<BatchRecord> HistoryStore::batch(qint64 batchId) const
{
    return firstRow(
        selectQuery(database(), kBatchColumns, QStringLiteral("WHERE b.id = ?"), {batchId}),
        batchFrom);
}

QList<BatchRecord> HistoryStore::batches(qint64 jobId) const
{
    return allRows(selectQuery(database(), kBatchColumns,
                               QStringLiteral("WHERE b.job_id = ? ORDER BY b.id"), {jobId}),
                   batchFrom);
}

QList<BatchRecord> HistoryStore::unfinishedBatches(const QString &organizationId) const
{
    return allRows(
        selectQuery(database(), kBatchColumns,
                    QStringLiteral("JOIN jobs j ON j.id = b.job_id WHERE b.state IN ('in_flight', "
                                   "'unknown') AND j.organization_id = ? ORDER BY b.id"),
                    {organizationId}),
        batchFrom);
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
        bindValues(insert,
                   {r.id, text(r.msisdn), r.name, text(r.status), timeValue(r.createdAt), r.message,
                    r.organizationId, r.batchId ? QVariant(r.batchId) : QVariant(batchId),
                    r.jobId ? QVariant(r.jobId) : QVariant(jobId)});
        if (!insert.exec()) {
            db.rollback();
            return fail(insert.lastError().text());
        }
    }
    QSqlQuery number(db);
    number.prepare(QStringLiteral("UPDATE job_numbers SET state = ?, invitation_id = ?, "
                                  "reason = ? WHERE job_id = ? AND msisdn = ?"));
    for (const NumberUpdate &u : updates) {
        bindValues(number, {numberStateKey(u.state), u.invitationId, u.reason, jobId, u.msisdn});
        if (!number.exec()) {
            db.rollback();
            return fail(number.lastError().text());
        }
    }
    if (batchId > 0) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE batches SET state = ?, reason = ?, finished_at = ? "
                                 "WHERE id = ?"));
        bindValues(q, {batchStateKey(batchState), reason,
                       timeValue(QDateTime::currentDateTimeUtc()), batchId});
        if (!q.exec()) {
            db.rollback();
            return fail(q.lastError().text());
        }
    }
    return db.commit() || fail(db.lastError().text());
}

QHash<QString, InvitationRecord> HistoryStore::pendingByMsisdn(const QString &organizationId) const
{
    const QList<InvitationRecord> pending =
        allRows(selectQuery(database(), kInvitationColumns,
                            QStringLiteral("WHERE status = 'PENDING' AND (organization_id = ? OR "
                                           "organization_id IS NULL) ORDER BY created_at"),
                            {organizationId}),
                invitationFrom);
    QHash<QString, InvitationRecord> result;
    for (const InvitationRecord &r : pending)
        result.insert(r.msisdn, r); // later rows win: the newest invitation
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
    if (jobId > 0) {
        return allRows(selectQuery(database(), kInvitationColumns,
                                   QStringLiteral("WHERE job_id = ? ORDER BY created_at"), {jobId}),
                       invitationFrom);
    }
    return allRows(
        selectQuery(database(), kInvitationColumns, QStringLiteral("ORDER BY created_at")),
        invitationFrom);
}

bool HistoryStore::updateInvitationStatus(const QString &invitationId, const QString &status)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE invitations SET status = ? WHERE id = ?"));
    bindValues(q, {status, invitationId});
    return (q.exec() && q.numRowsAffected() > 0) || fail(q.lastError().text());
}

} // namespace history
