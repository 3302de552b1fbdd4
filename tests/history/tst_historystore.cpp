// The send history on its own: creating, migrating, reopening.
#include "history/historyschema.h"
#include "history/historystore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace history;

namespace {

const QString kOrg = QStringLiteral("5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47");

// Runs SQL statements on a file through a connection of its own (as an older app would).
bool runSql(const QString &path, const QString &script, QString *error = nullptr)
{
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (QString statement : script.split(QLatin1Char(';'))) {
            QStringList lines;
            for (const QString &line : statement.split(QLatin1Char('\n')))
                if (!line.trimmed().startsWith(QLatin1String("--")))
                    lines << line;
            statement = lines.join(QLatin1Char('\n')).trimmed();
            if (ok && !statement.isEmpty() && !q.exec(statement)) {
                ok = false;
                if (error)
                    *error = q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

QString pragma(const QString &path, const QString &name)
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("p"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA ") + name) && q.next())
                value = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("p"));
    return value;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void emptyFile_migratedToCurrentVersion_walMode()
    {
        const QString path = m_dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
        {
            HistoryStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QCOMPARE(store.schemaVersion(), schema::kCurrentVersion);
            QCOMPARE(schema::kCurrentVersion, 3);
            QVERIFY(store.jobs().isEmpty());
        }
        QCOMPARE(pragma(path, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(path, QStringLiteral("user_version")), QStringLiteral("3"));
    }

    void version1File_migratedKeepingItsData()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        QFile fixture(QStringLiteral(INVITE_TEST_DATA "/../history/data/history-v1.sql"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QString error;
        QVERIFY2(runSql(path, QString::fromUtf8(fixture.readAll()), &error), qPrintable(error));
        QCOMPARE(pragma(path, QStringLiteral("user_version")), QStringLiteral("1"));

        HistoryStore store;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), 3);
        const QList<JobRecord> jobs = store.jobs();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().message, QStringLiteral("Welcome to the club"));
        QCOMPARE(jobs.first().createdAt, QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC));
        // The interrupted batch of version 1 is found for reconciliation.
        const QList<BatchRecord> open = store.unfinishedBatches(kOrg);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().msisdns, QStringList{QStringLiteral("+46703333333")});
        QCOMPARE(open.first().state, BatchState::InFlight);
        // Version 1 kept no organization with invitations: still counted as pending.
        const auto pending = store.pendingByMsisdn(kOrg);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.value(QStringLiteral("+46701111111")).name, QStringLiteral("Anna"));
        // Version 2's new table works on the migrated file.
        QVERIFY(store.addJobNumbers(
            1, {JobNumber{QStringLiteral("+46703333333"), {}, {}, NumberState::Pending, {}, {}}}));
        QCOMPARE(store.jobNumbers(1).size(), 1);
    }

    void newerSchema_refusedWithReason()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
        QVERIFY(runSql(path, QStringLiteral("CREATE TABLE x (a); PRAGMA user_version = 99")));
        HistoryStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("future.sqlite")));
    }

    void notADatabase_refusedWithReason()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        HistoryStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("garbage.sqlite")), qPrintable(error));
        QVERIFY(!store.isOpen() || store.schemaVersion() != 2);
    }

    void survivesRestart_everythingReadBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("restart.sqlite"));
        qint64 jobId = 0, batchId = 0;
        const QDateTime sent = QDateTime(QDate(2026, 11, 26), QTime(9, 30, 0, 123), Qt::UTC);
        {
            HistoryStore store;
            QVERIFY(store.open(path));
            JobRecord job;
            job.organizationId = kOrg;
            job.message = QStringLiteral("Hej och välkommen");
            job.groupIds = {QStringLiteral("g1"), QStringLiteral("g2")};
            jobId = store.createJob(job, {JobNumber{QStringLiteral("+46701234567"),
                                                    QStringLiteral("Åsa"),
                                                    QStringLiteral("070-123 45 67"),
                                                    NumberState::Pending,
                                                    {},
                                                    {}}});
            QVERIFY(jobId > 0);
            batchId = store.journalBatch(jobId, {QStringLiteral("+46701234567")}, 1, sent,
                                         sent.addSecs(-60));
            QVERIFY(batchId > 0);
            InvitationRecord inv;
            inv.id = QStringLiteral("inv-1");
            inv.msisdn = QStringLiteral("+46701234567");
            inv.status = QStringLiteral("PENDING");
            inv.createdAt = sent.addMSecs(40);
            inv.organizationId = kOrg;
            QVERIFY(store.recordResult(jobId, batchId, BatchState::Done, {inv},
                                       {{QStringLiteral("+46701234567"),
                                         NumberState::Invited,
                                         QStringLiteral("inv-1"),
                                         {}}}));
        }
        HistoryStore store;
        QVERIFY(store.open(path));
        const JobRecord job = *store.job(jobId);
        QCOMPARE(job.message, QStringLiteral("Hej och välkommen"));
        QCOMPARE(job.groupIds, (QStringList{QStringLiteral("g1"), QStringLiteral("g2")}));
        QCOMPARE(job.state, QStringLiteral("running"));
        const BatchRecord batch = *store.batch(batchId);
        QCOMPARE(batch.state, BatchState::Done);
        QCOMPARE(batch.sentAt, sent);
        QCOMPARE(batch.notBefore, sent.addSecs(-60));
        const QList<JobNumber> numbers = store.jobNumbers(jobId);
        QCOMPARE(numbers.size(), 1);
        QCOMPARE(numbers.first().name, QStringLiteral("Åsa"));
        QCOMPARE(numbers.first().state, NumberState::Invited);
        QCOMPARE(numbers.first().invitationId, QStringLiteral("inv-1"));
        QCOMPARE(store.invitations(jobId).first().createdAt, sent.addMSecs(40));
        QVERIFY(store.knownInvitationIds().contains(QStringLiteral("inv-1")));
        QVERIFY(store.updateInvitationStatus(QStringLiteral("inv-1"), QStringLiteral("ACCEPTED")));
        QVERIFY(store.pendingByMsisdn(kOrg).isEmpty());
        QVERIFY(store.unfinishedBatches(kOrg).isEmpty());
        QCOMPARE(store.unfinishedJobs(kOrg).size(), 1);
        QVERIFY(store.setJobState(jobId, QStringLiteral("finished")));
        QVERIFY(store.unfinishedJobs(kOrg).isEmpty());
    }

    void twoStoresOnOneFile_bothWork()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
        HistoryStore a, b;
        QVERIFY(a.open(path));
        QVERIFY(b.open(path));
        JobRecord job;
        job.organizationId = kOrg;
        job.message = QStringLiteral("x");
        const qint64 id = a.createJob(job, {});
        QVERIFY(id > 0);
        QCOMPARE(b.job(id)->message, QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
