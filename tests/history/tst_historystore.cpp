// The send history on its own: creating, migrating, reopening.
#include "history/historyschema.h"
#include "history/historystore.h"
#include "rawsqlite.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace history;

namespace {

const QString kOrg = QStringLiteral("5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47");

// Runs SQL statements, separated by semicolons, on a file.
bool runSql(const QString &path, const QString &script, QString *error = nullptr)
{
    QStringList statements;
    for (const QString &statement : script.split(QLatin1Char(';'))) {
        QStringList lines;
        for (const QString &line : statement.split(QLatin1Char('\n')))
            if (!line.trimmed().startsWith(QLatin1String("--")))
                lines << line;
        const QString text = lines.join(QLatin1Char('\n')).trimmed();
        if (!text.isEmpty())
            statements << text;
    }
    return rawsqlite::run(path, statements, error);
}

// Runs a fixture whose statements end at a line's end (its texts hold semicolons of their own).
bool runFixture(const QString &path, const QString &fixturePath, QString *error)
{
    QFile fixture(fixturePath);
    if (!fixture.open(QIODevice::ReadOnly))
        return false;
    QStringList statements;
    QString statement;
    for (const QString &line : QString::fromUtf8(fixture.readAll()).split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        statement += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            statements << statement.trimmed();
            statement.clear();
        }
    }
    return rawsqlite::run(path, statements, error);
}

QString pragma(const QString &path, const QString &name)
{
    return rawsqlite::value(path, QStringLiteral("PRAGMA ") + name).toString();
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
            QCOMPARE(schema::kCurrentVersion, 4);
            QVERIFY(store.jobs().isEmpty());
        }
        QCOMPARE(pragma(path, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(path, QStringLiteral("user_version")), QStringLiteral("4"));
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
        QCOMPARE(store.schemaVersion(), schema::kCurrentVersion);
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

    void version3File_membersGetTheirOwnState_everythingElseKept()
    {
        const QString path = m_dir.filePath(QStringLiteral("v3.sqlite"));
        QString error;
        QVERIFY2(runFixture(path,
                            QStringLiteral(INVITE_TEST_DATA "/../history/data/history-v3.sql"),
                            &error),
                 qPrintable(error));
        QCOMPARE(pragma(path, QStringLiteral("user_version")), QStringLiteral("3"));

        HistoryStore store;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), 4);
        const QList<JobRecord> jobs = store.jobs();
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.at(1).source, QStringLiteral("club.csv"));
        QCOMPARE(jobs.at(1).sender, QStringLiteral("client-1"));
        QCOMPARE(jobs.at(0).sender, QStringLiteral("pasted token"));
        QCOMPARE(jobs.at(1).groupIds, QStringList{QStringLiteral("g-1")});

        const QList<JobNumber> first = store.jobNumbers(1);
        QCOMPARE(first.size(), 6);
        const QList<NumberState> expected{NumberState::Invited, NumberState::AlreadyInvited,
                                          NumberState::Member,  NumberState::AddedToGroups,
                                          NumberState::Member,  NumberState::Failed};
        for (int i = 0; i < first.size(); ++i)
            QCOMPARE(first.at(i).state, expected.at(i));
        // Nothing else of a row changes: its reason, invitation, input and name stay.
        QCOMPARE(first.at(2).reason,
                 QStringLiteral("Already a member of the organization: not invited."));
        QCOMPARE(first.at(4).invitationId, QStringLiteral("inv-old"));
        QCOMPARE(first.at(0).input, QStringLiteral("070-111 11 11"));
        QCOMPARE(first.at(1).invitationId, QStringLiteral("inv-0"));
        QCOMPARE(store.numberStateCounts(1).value(QStringLiteral("member")), 2);

        const QList<JobNumber> second = store.jobNumbers(2);
        QCOMPARE(second.size(), 4);
        QCOMPARE(second.at(0).state, NumberState::Member);
        QCOMPARE(second.at(1).state, NumberState::AddedToGroups);
        QCOMPARE(second.at(2).state, NumberState::Member);
        QCOMPARE(second.at(3).state, NumberState::AlreadyInvited); // pending: it names one
        // The invitation and the status learnt survive too.
        const QList<JobNumberStatus> statuses = store.jobNumberStatuses(1);
        QCOMPARE(statuses.first().currentStatus, QStringLiteral("ACCEPTED"));
        QCOMPARE(statuses.first().statusSeenAt,
                 QDateTime(QDate(2026, 10, 3), QTime(9, 0), Qt::UTC));
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
