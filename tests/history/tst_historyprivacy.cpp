// The send history's privacy duties on real SQLite files: private modes, the retention purge,
// and forgetting a number down to the bytes of every file in the folder.
#include "history/historystore.h"
#include "history/privatefiles.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace history;

namespace {

const QString kOrg = QStringLiteral("5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47");

int mode(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

// Every byte of every file under `folder` that holds `needle`: "file: count" lines.
QStringList traces(const QString &folder, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (const qsizetype hits = bytes.count(needle))
            found << QStringLiteral("%1: %2").arg(file.fileName()).arg(hits);
    }
    return found;
}

// One finished job that sent `numbers`, journaled in one batch, each invited.
qint64 sendJob(HistoryStore &store, const QStringList &numbers, const QDateTime &at,
               const QStringList &typed = {},
               const QString &message = QStringLiteral("Välkommen till kontoret!"))
{
    JobRecord job;
    job.createdAt = at;
    job.organizationId = kOrg;
    job.message = message;
    QList<JobNumber> jobNumbers;
    for (int i = 0; i < numbers.size(); ++i)
        jobNumbers << JobNumber{numbers.at(i),
                                QStringLiteral("Person %1").arg(i),
                                typed.value(i, numbers.at(i)),
                                NumberState::Pending,
                                {},
                                {}};
    const qint64 id = store.createJob(job, jobNumbers);
    const qint64 batch = store.journalBatch(id, numbers, 1, at, at);
    QList<InvitationRecord> invitations;
    QList<HistoryStore::NumberUpdate> updates;
    for (const QString &n : numbers) {
        const QString invitation = QStringLiteral("inv-%1-%2").arg(id).arg(n.right(4));
        invitations << InvitationRecord{invitation,
                                        n,
                                        QStringLiteral("Person"),
                                        QStringLiteral("PENDING"),
                                        at,
                                        job.message,
                                        kOrg,
                                        batch,
                                        id};
        updates << HistoryStore::NumberUpdate{n, NumberState::Invited, invitation, {}};
    }
    store.recordResult(id, batch, BatchState::Done, invitations, updates);
    store.setJobState(id, QStringLiteral("finished"));
    return id;
}

} // namespace

class TestHistoryPrivacy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        ::umask(022); // what a desktop session usually has: files 0644, folders 0755
        QVERIFY(m_dir.isValid());
    }

    void open_createsFolderAndFilesPrivate()
    {
        const QString db = path(QStringLiteral("fresh/data/history.sqlite"));
        HistoryStore store;
        QVERIFY2(store.open(db), qPrintable(store.lastError()));
        QVERIFY(sendJob(store, {QStringLiteral("+46701112233")}, QDateTime::currentDateTimeUtc()));
        // While the store is open, SQLite keeps the WAL and the shared-memory index beside it.
        QVERIFY(QFileInfo::exists(db + QStringLiteral("-wal")));
        QVERIFY(QFileInfo::exists(db + QStringLiteral("-shm")));
        QCOMPARE(mode(db), 0600);
        QCOMPARE(mode(db + QStringLiteral("-wal")), 0600);
        QCOMPARE(mode(db + QStringLiteral("-shm")), 0600);
        QCOMPARE(mode(path(QStringLiteral("fresh/data"))), 0700);
        // The process umask is back to what it was: the admin's exports keep normal modes.
        QFile other(path(QStringLiteral("export.csv")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        QCOMPARE(mode(other.fileName()), 0644);
    }

    void open_fixesAHistoryFoundReadableByOthers()
    {
        const QString db = path(QStringLiteral("old/history.sqlite"));
        {
            HistoryStore store;
            QVERIFY(store.open(db));
        }
        QCOMPARE(::chmod(QFile::encodeName(db).constData(), 0644), 0);
        QCOMPARE(::chmod(QFile::encodeName(path(QStringLiteral("old"))).constData(), 0755), 0);
        QCOMPARE(mode(db), 0644);
        HistoryStore store;
        QVERIFY(store.open(db));
        QCOMPARE(mode(db), 0600);
        QCOMPARE(mode(path(QStringLiteral("old"))), 0700);
    }

    void settingsFile_staysPrivateWhenQSettingsRewritesIt()
    {
        // QSettings writes a new file and renames it over the old one: the mode must survive.
        const QString file = path(QStringLiteral("config/app.conf"));
        QVERIFY(privatefiles::makePrivateFolder(path(QStringLiteral("config"))));
        QVERIFY(privatefiles::ensurePrivateFile(file));
        QCOMPARE(mode(file), 0600);
        for (int i = 0; i < 2; ++i) {
            QSettings settings(file, QSettings::IniFormat);
            settings.setValue(QStringLiteral("import/recentFiles"),
                              QStringList{QString::number(i)});
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        QCOMPARE(mode(file), 0600);
        QCOMPARE(mode(path(QStringLiteral("config"))), 0700);
        // Found wider (an older version wrote it): fixed, folder included.
        QCOMPARE(::chmod(QFile::encodeName(file).constData(), 0664), 0);
        QCOMPARE(::chmod(QFile::encodeName(path(QStringLiteral("config"))).constData(), 0755), 0);
        QCOMPARE(privatefiles::tightenTree(path(QStringLiteral("config"))), 2);
        QCOMPARE(mode(file), 0600);
        QCOMPARE(mode(path(QStringLiteral("config"))), 0700);
        QCOMPARE(privatefiles::tightenTree(path(QStringLiteral("config"))), 0);
    }

    void purge_removesOlderThanCutoffOnly()
    {
        const QString db = path(QStringLiteral("purge/history.sqlite"));
        HistoryStore store;
        QVERIFY(store.open(db));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime cutoff = now.addMonths(-12);
        const qint64 old = sendJob(store, {QStringLiteral("+46701000001")}, now.addMonths(-13));
        const qint64 justOld = sendJob(store, {QStringLiteral("+46701000002")}, cutoff.addSecs(-1));
        const qint64 justNew = sendJob(store, {QStringLiteral("+46701000003")}, cutoff.addSecs(1));
        const qint64 recent = sendJob(store, {QStringLiteral("+46701000004")}, now.addDays(-1));
        JobRecord running;
        running.createdAt = now.addMonths(-14);
        running.organizationId = kOrg;
        running.state = QStringLiteral("running"); // interrupted; recovery still needs it
        const qint64 runningId = store.createJob(running, {});
        QCOMPARE(store.oldestEntry(), now.addMonths(-14));
        QCOMPARE(store.countOlderThan(cutoff), 4); // 2 finished jobs + their 2 invitations

        QCOMPARE(store.purgeOlderThan(cutoff), 4);
        QVERIFY(!store.job(old));
        QVERIFY(!store.job(justOld));
        QVERIFY(store.job(justNew));
        QVERIFY(store.job(recent));
        QVERIFY(store.job(runningId));
        QVERIFY(store.jobNumbers(old).isEmpty());
        QVERIFY(store.batches(justOld).isEmpty());
        QCOMPARE(store.jobNumbers(justNew).size(), 1);
        QCOMPARE(store.batches(recent).size(), 1);
        QStringList kept;
        for (const InvitationRecord &r : store.invitations())
            kept << r.msisdn;
        QCOMPARE(kept,
                 (QStringList{QStringLiteral("+46701000003"), QStringLiteral("+46701000004")}));
        QCOMPARE(store.countOlderThan(cutoff), 0);
        QCOMPARE(store.purgeOlderThan(cutoff), 0); // nothing more
        // The purged numbers are gone from the files too.
        QVERIFY(traces(path(QStringLiteral("purge")), "+46701000001").isEmpty());
        QVERIFY(traces(path(QStringLiteral("purge")), "+46701000002").isEmpty());
        QVERIFY(!traces(path(QStringLiteral("purge")), "+46701000003").isEmpty());
    }

    void forget_removesEveryRecordAndEveryByte()
    {
        const QString folder = path(QStringLiteral("forget"));
        const QString db = folder + QStringLiteral("/history.sqlite");
        HistoryStore store;
        QVERIFY(store.open(db));
        const QString gone = QStringLiteral("+46701234567");
        // Kept: a number that starts with the forgotten one, and one that shares a batch.
        const QString longer = QStringLiteral("+467012345678");
        const QString neighbour = QStringLiteral("+46709998877");
        const QDateTime at = QDateTime::currentDateTimeUtc();
        const qint64 shared =
            sendJob(store, {neighbour, gone, longer}, at,
                    {QStringLiteral("0709998877"), QStringLiteral("070-123 45 67"), longer});
        // A message written for that one person may quote the number nationally.
        const qint64 alone = sendJob(store, {gone}, at.addSecs(5), {},
                                     QStringLiteral("Hej! Ring 0701234567 om du har frågor."));
        QVERIFY(store.setBatchState(store.batches(shared).first().id, BatchState::Done,
                                    QStringLiteral("+46701234567 was already invited")));
        QVERIFY(!traces(folder, gone.toUtf8()).isEmpty());

        const int removed = store.forget({gone});
        QVERIFY2(removed >= 5, QByteArray::number(removed)); // 2 invitations, 2 job numbers, batch
        for (const QByteArray &form : {QByteArray("+46701234567"), QByteArray("0701234567"),
                                       QByteArray("46701234567"), QByteArray("070-123 45 67")}) {
            // The longer number still holds "+46701234567" as its first 12 bytes: only count
            // bytes not followed by its last digit.
            QStringList hits;
            QDirIterator it(folder, QDir::Files | QDir::Hidden);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                for (qsizetype at = bytes.indexOf(form); at >= 0;
                     at = bytes.indexOf(form, at + 1)) {
                    if (bytes.mid(at + form.size(), 1) != "8")
                        hits << QStringLiteral("%1 @%2").arg(file.fileName()).arg(at);
                }
            }
            QVERIFY2(hits.isEmpty(), qPrintable(QString::fromLatin1(form) + QLatin1Char(' ') +
                                                hits.join(QLatin1Char(','))));
        }
        // Nothing of the others was lost.
        QVERIFY(!store.job(alone)); // it held only the forgotten number
        const QList<JobNumber> left = store.jobNumbers(shared);
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.at(0).msisdn, neighbour);
        QCOMPARE(left.at(1).msisdn, longer);
        QCOMPARE(store.batches(shared).first().msisdns, (QStringList{neighbour, longer}));
        QCOMPARE(store.batches(shared).first().reason, QStringLiteral(" was already invited"));
        QCOMPARE(store.invitations().size(), 2);
        QVERIFY(!traces(folder, longer.toUtf8()).isEmpty());
        QVERIFY(!traces(folder, neighbour.toUtf8()).isEmpty());
        // Still a working history.
        QVERIFY(sendJob(store, {QStringLiteral("+46705554433")}, at.addSecs(10)));
    }

    void forget_unknownNumber_changesNothing()
    {
        const QString db = path(QStringLiteral("unknown/history.sqlite"));
        HistoryStore store;
        QVERIFY(store.open(db));
        sendJob(store, {QStringLiteral("+46701231231")}, QDateTime::currentDateTimeUtc());
        const int invitations = int(store.invitations().size());
        const int jobs = int(store.jobs().size());
        QCOMPARE(store.forget({QStringLiteral("+46709999999")}), 0);
        QCOMPARE(int(store.invitations().size()), invitations);
        QCOMPARE(int(store.jobs().size()), jobs);
    }
};

QTEST_GUILESS_MAIN(TestHistoryPrivacy)
#include "tst_historyprivacy.moc"
