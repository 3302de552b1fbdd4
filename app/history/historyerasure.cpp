// HistoryStore's privacy operations: forgetting a person and the retention purge. Both end in
// wipeFreedSpace(), because a row deleted from SQLite is otherwise still readable in the WAL
// and in free pages of the file.
#include "history/historystore.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_DECLARE_LOGGING_CATEGORY(lcHistory)

namespace history {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Every written form a number may have in free text: E.164, its digits, and the way the admin
// typed it (kept in job_numbers.input, e.g. "070-123 45 67"). Longest first, so replacing
// "+46…" happens before its digits alone would leave a lone "+".
QStringList textForms(const QString &msisdn, const QStringList &typed)
{
    QStringList forms{msisdn};
    QString digits = msisdn;
    digits.remove(QLatin1Char('+'));
    forms << digits;
    // The Swedish national form (0 + the number without +46); other countries' national forms
    // are covered by what the admin typed.
    if (msisdn.startsWith(QLatin1String("+46")))
        forms << QLatin1Char('0') + msisdn.mid(3);
    static const QRegularExpression nonDigit(QStringLiteral("\\D"));
    for (const QString &input : typed) {
        const QString trimmed = input.trimmed();
        // Short fragments could be part of anything (a date, an id): only whole numbers.
        if (QString(trimmed).remove(nonDigit).size() >= 6)
            forms << trimmed;
    }
    forms.removeDuplicates();
    std::sort(forms.begin(), forms.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return forms;
}

// (table, column) of every text column of the schema, so a column added later is covered too.
QList<std::pair<QString, QString>> textColumns(QSqlDatabase &db)
{
    QList<std::pair<QString, QString>> result;
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                    "name NOT LIKE 'sqlite_%'")))
        return result;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery columns(db);
        if (!columns.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)))
            continue;
        while (columns.next()) {
            // The number columns themselves are handled row by row (a longer number may
            // start with this one); here only free text: names, messages, reasons.
            static const QStringList structured{QStringLiteral("msisdn"), QStringLiteral("msisdns"),
                                                QStringLiteral("input")};
            const QString column = columns.value(1).toString();
            if (columns.value(2).toString().toUpper().contains(QLatin1String("TEXT")) &&
                !structured.contains(column))
                result << std::pair{table, column};
        }
    }
    return result;
}

// Runs one erasure in a transaction. `erase(exec)` returns how many records it removed, or -1
// as soon as `exec(query)` (which reports a failed query and rolls back) returns false. What a
// committed erasure removed is then wiped from the WAL and the free pages too (`wipe`).
template<typename Fail, typename Wipe, typename Erase>
int eraseInTransaction(QSqlDatabase db, Fail fail, Wipe wipe, Erase erase)
{
    if (!db.isOpen() || !db.transaction())
        return fail(db.lastError().text()), -1;
    const auto exec = [&](QSqlQuery &q) {
        if (q.exec())
            return true;
        fail(q.lastError().text());
        db.rollback();
        return false;
    };
    const int removed = erase(exec);
    if (removed < 0)
        return -1;
    if (!db.commit())
        return fail(db.lastError().text()), -1;
    if (removed > 0)
        wipe();
    return removed;
}

} // namespace

int HistoryStore::forget(const QStringList &msisdns)
{
    QSqlDatabase db = database();
    const auto fail = [this](const QString &what) {
        return this->fail(what);
    };
    const auto wipe = [this] {
        return wipeFreedSpace();
    };
    return eraseInTransaction(db, fail, wipe, [&](const auto &exec) {
        int removed = 0;
        QSet<qint64> touchedJobs;
        const QList<std::pair<QString, QString>> columns = textColumns(db);
        for (const QString &msisdn : msisdns) {
            if (msisdn.isEmpty())
                continue;
            QStringList typed;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT job_id, input FROM job_numbers WHERE msisdn = ? "
                                     "UNION SELECT job_id, '' FROM invitations WHERE msisdn = ?"));
            q.addBindValue(msisdn);
            q.addBindValue(msisdn);
            if (!exec(q))
                return -1;
            while (q.next()) {
                touchedJobs.insert(q.value(0).toLongLong());
                typed << q.value(1).toString();
            }
            for (const char *sql : {"DELETE FROM invitations WHERE msisdn = ?",
                                    "DELETE FROM job_numbers WHERE msisdn = ?"}) {
                q.prepare(QString::fromLatin1(sql));
                q.addBindValue(msisdn);
                if (!exec(q))
                    return -1;
                removed += q.numRowsAffected();
            }
            // Journaled batches list their numbers in one text: take this one out of the list.
            q.prepare(QStringLiteral("SELECT id, msisdns, job_id FROM batches WHERE "
                                     "instr(msisdns, ?) > 0"));
            q.addBindValue(msisdn);
            if (!exec(q))
                return -1;
            QList<std::tuple<qint64, QStringList, qint64>> lists;
            while (q.next()) {
                lists.append({q.value(0).toLongLong(),
                              q.value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts),
                              q.value(2).toLongLong()});
            }
            for (auto &[id, numbers, jobId] : lists) {
                if (numbers.removeAll(msisdn) == 0)
                    continue;
                touchedJobs.insert(jobId);
                q.prepare(numbers.isEmpty() ? QStringLiteral("DELETE FROM batches WHERE id = ?")
                                            : QStringLiteral("UPDATE batches SET msisdns = ? "
                                                             "WHERE id = ?"));
                if (!numbers.isEmpty())
                    q.addBindValue(numbers.join(QLatin1Char(' ')));
                q.addBindValue(id);
                if (!exec(q))
                    return -1;
                ++removed;
            }
            // Any other text that quotes the number (an error reason, a message).
            for (const QString &form : textForms(msisdn, typed)) {
                // Whole numbers only: "+4670123456" must not be cut out of "+46701234567".
                const QRegularExpression whole(
                    QStringLiteral("(?<!\\d)%1(?!\\d)").arg(QRegularExpression::escape(form)));
                for (const auto &[table, column] : columns) {
                    q.prepare(QStringLiteral("SELECT rowid, \"%2\" FROM \"%1\" WHERE "
                                             "instr(\"%2\", ?) > 0")
                                  .arg(table, column));
                    q.addBindValue(form);
                    if (!exec(q))
                        return -1;
                    QList<std::pair<qint64, QString>> rewritten;
                    while (q.next()) {
                        QString text = q.value(1).toString();
                        if (text.contains(whole))
                            rewritten.append({q.value(0).toLongLong(), text.remove(whole)});
                    }
                    for (const auto &[rowid, text] : rewritten) {
                        q.prepare(QStringLiteral("UPDATE \"%1\" SET \"%2\" = ? WHERE rowid = ?")
                                      .arg(table, column));
                        q.addBindValue(text);
                        q.addBindValue(rowid);
                        if (!exec(q))
                            return -1;
                        ++removed;
                    }
                }
            }
        }
        // A finished job left without any number is removed with its batches: its message may
        // have been written for that one person.
        for (qint64 jobId : std::as_const(touchedJobs)) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "SELECT (SELECT COUNT(*) FROM job_numbers WHERE job_id = :id) + (SELECT COUNT(*) "
                "FROM "
                "invitations WHERE job_id = :id), (SELECT state FROM jobs WHERE id = :id)"));
            q.bindValue(QStringLiteral(":id"), jobId);
            if (!exec(q))
                return -1;
            if (!q.next() || q.value(0).toInt() > 0 ||
                q.value(1).toString() == QLatin1String("running"))
                continue;
            for (const char *sql :
                 {"DELETE FROM batches WHERE job_id = ?", "DELETE FROM jobs WHERE id = ?"}) {
                q.prepare(QString::fromLatin1(sql));
                q.addBindValue(jobId);
                if (!exec(q))
                    return -1;
                removed += q.numRowsAffected();
            }
        }
        return removed;
    });
}

int HistoryStore::countOlderThan(const QDateTime &cutoff) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM jobs WHERE created_at < :t AND "
                             "state <> 'running') + (SELECT COUNT(*) FROM invitations WHERE "
                             "created_at < :t)"));
    q.bindValue(QStringLiteral(":t"), isoTime(cutoff));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int HistoryStore::purgeOlderThan(const QDateTime &cutoff)
{
    if (!cutoff.isValid())
        return fail(database().lastError().text()), -1;
    const QString time = isoTime(cutoff);
    const auto fail = [this](const QString &what) {
        return this->fail(what);
    };
    const auto wipe = [this] {
        return wipeFreedSpace();
    };
    return eraseInTransaction(database(), fail, wipe, [&](const auto &exec) {
        int removed = 0;
        // Children first (foreign keys), then the jobs; invitations by their own date, so an
        // invitation newer than the cut-off is kept even when its job is older.
        const char *const statements[] = {
            "DELETE FROM job_numbers WHERE job_id IN (SELECT id FROM jobs WHERE created_at < :t "
            "AND state <> 'running')",
            "DELETE FROM batches WHERE job_id IN (SELECT id FROM jobs WHERE created_at < :t AND "
            "state <> 'running')",
            "DELETE FROM jobs WHERE created_at < :t AND state <> 'running'",
            "DELETE FROM invitations WHERE created_at < :t OR (created_at IS NULL AND job_id NOT "
            "IN (SELECT id FROM jobs))",
        };
        for (const char *sql : statements) {
            QSqlQuery q(database());
            q.prepare(QString::fromLatin1(sql));
            q.bindValue(QStringLiteral(":t"), time);
            if (!exec(q))
                return -1;
            // Only jobs and invitations count as entries; their numbers and batches go with
            // them.
            if (QByteArray(sql).startsWith("DELETE FROM jobs") ||
                QByteArray(sql).startsWith("DELETE FROM invitations"))
                removed += q.numRowsAffected();
        }
        return removed;
    });
}

QDateTime HistoryStore::oldestEntry() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT MIN(t) FROM (SELECT MIN(created_at) AS t FROM jobs UNION "
                               "ALL SELECT MIN(created_at) FROM invitations)")) ||
        !q.next() || q.value(0).isNull())
        return {};
    QDateTime time = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

bool HistoryStore::wipeFreedSpace()
{
    // secure_delete zeroed the rows in the pages; the old page images still sit in the WAL
    // until it is checkpointed and truncated, and b-tree rebalancing may have left copies in
    // unused space, which VACUUM rewrites away. Readers on other connections only delay this.
    QSqlQuery q(database());
    const bool ok = q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) &&
                    q.exec(QStringLiteral("VACUUM")) &&
                    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next() &&
                    q.value(0).toInt() == 0;
    if (!ok)
        qCWarning(lcHistory).noquote()
            << "The deleted history could not be wiped from the file yet:" << q.lastError().text();
    return ok;
}

} // namespace history
