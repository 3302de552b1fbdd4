// The real `accessy-invite` program with HOME pointed at a temporary folder: what its first run
// leaves on disk, `forget` down to the bytes of the data folder, and the move of the history
// out of the doubled folder of earlier versions. Sends go to the real sandbox over loopback.
#include "core/draftstore.h"
#include "history/historystore.h"
#include "programsandbox.h"
#include "programtestsupport.h"
#include "rawsqlite.h"
#include "sendtestsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "testtable.h"
#include <sys/stat.h>

using programtest::program;
using programtest::Run;

namespace {

int mode(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "file @offset" for every occurrence of `needle` in any file under `folder`.
QStringList traces(const QString &folder, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = bytesOf(path);
        for (qsizetype at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1))
            found << QStringLiteral("%1 @%2").arg(path).arg(at);
    }
    return found;
}

// Rows in `table` of the history file `database`; -1 when it cannot be read.
int count(const QString &database, const QString &table)
{
    const QVariant rows =
        rawsqlite::value(database, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return rows.isValid() ? rows.toInt() : -1;
}

} // namespace

class TestPrivacyProgram : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    std::unique_ptr<sendtest::SandboxControl> m_control;
    std::unique_ptr<QTemporaryDir> m_home;

    QString dataFolder() const
    {
        return m_home->filePath(QStringLiteral(".local/share/accessy-invite"));
    }
    QString legacyFolder() const { return dataFolder() + QStringLiteral("/accessy-invite"); }
    QString historyFile() const { return dataFolder() + QStringLiteral("/history.sqlite"); }
    QString settingsFolder() const
    {
        return m_home->filePath(QStringLiteral(".config/accessy-invite"));
    }
    QString settingsFile() const
    {
        return settingsFolder() + QStringLiteral("/accessy-invite.conf");
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = programtest::sandboxEnvironment(m_sandbox);
        for (const char *name :
             {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_DATA_DIRS", "XDG_CONFIG_DIRS"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), m_home->path());
        return env;
    }
    QString writeList(const QStringList &lines)
    {
        return programtest::writeLines(m_home->filePath(QStringLiteral("list.csv")), lines);
    }
    Run run(const QStringList &arguments) const
    {
        return programtest::run(arguments, environment());
    }
    // A send of these lines (name;phone) that must succeed.
    void send(const QStringList &lines)
    {
        const Run r = run({QStringLiteral("send"), QStringLiteral("--numbers"), writeList(lines),
                           QStringLiteral("--message"), QStringLiteral("Välkommen!"),
                           QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    // A history in the doubled folder of earlier versions, left as a crash leaves it: some
    // rows only in the WAL, the files readable by everyone.
    void writeLegacyHistory(int jobs)
    {
        QVERIFY(QDir().mkpath(legacyFolder()));
        QTemporaryDir staging;
        const QString staged = staging.filePath(QStringLiteral("history.sqlite"));
        history::HistoryStore store;
        QVERIFY(store.open(staged));
        for (int i = 0; i < jobs; ++i) {
            history::JobRecord job;
            job.organizationId = QStringLiteral("org");
            job.state = QStringLiteral("finished");
            QVERIFY(store.createJob(job, {history::JobNumber{sendtest::numbers(1, i).first(),
                                                             {},
                                                             {},
                                                             history::NumberState::Invited,
                                                             {},
                                                             {}}}));
        }
        QVERIFY(QFileInfo::exists(staged + QStringLiteral("-wal")));
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            const QString target = legacyFolder() + QStringLiteral("/history.sqlite") + suffix;
            QVERIFY(QFile::copy(staged + suffix, target));
            QCOMPARE(::chmod(QFile::encodeName(target).constData(), 0644), 0);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        ::umask(022); // a usual desktop session: without our care files would be 0644
        const QString missing = programtest::startProgramSandbox(m_sandbox, m_control);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }
    void init()
    {
        QVERIFY(m_control->clear());
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }

    void firstRun_everyFileAndFolderPrivate()
    {
        // Slow answers keep the program running long enough to see its WAL and SHM files.
        QVERIFY(m_control->setFaults({{QStringLiteral("latencyMs"), 600}}));
        QStringList lines{QStringLiteral("phone")};
        lines << sendtest::numbers(4);
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(program(),
                      {QStringLiteral("send"), QStringLiteral("--numbers"), writeList(lines),
                       QStringLiteral("--message"), QStringLiteral("Hej"),
                       QStringLiteral("--batch-size"), QStringLiteral("1"),
                       QStringLiteral("--parallel"), QStringLiteral("1"), QStringLiteral("--yes")});
        QVERIFY(process.waitForStarted(10000));
        const QString wal = historyFile() + QStringLiteral("-wal");
        const QString shm = historyFile() + QStringLiteral("-shm");
        QElapsedTimer timer;
        timer.start();
        int walMode = -1, shmMode = -1;
        while (process.state() != QProcess::NotRunning && timer.elapsed() < 60000) {
            if (walMode < 0 && QFileInfo::exists(wal))
                walMode = mode(wal);
            if (shmMode < 0 && QFileInfo::exists(shm))
                shmMode = mode(shm);
            if (walMode >= 0 && shmMode >= 0)
                break;
            process.waitForFinished(10);
        }
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(walMode, 0600);
        QCOMPARE(shmMode, 0600);
        QCOMPARE(mode(historyFile()), 0600);
        QCOMPARE(mode(dataFolder()), 0700);
        QCOMPARE(mode(settingsFile()), 0600);
        QCOMPARE(mode(settingsFolder()), 0700);
        // One folder: nothing in the doubled path of earlier versions.
        QVERIFY(!QFileInfo::exists(legacyFolder()));
        QCOMPARE(count(historyFile(), QStringLiteral("job_numbers")), 4);
    }

    void start_fixesFilesFoundReadableByOthers()
    {
        send({QStringLiteral("phone"), sendtest::numbers(1).first()});
        for (const QString &path : {historyFile(), settingsFile()})
            QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0644), 0);
        QCOMPARE(::chmod(QFile::encodeName(dataFolder()).constData(), 0755), 0);
        const Run r = run({QStringLiteral("forget"), QStringLiteral("+46709999999")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(mode(historyFile()), 0600);
        QCOMPARE(mode(settingsFile()), 0600);
        QCOMPARE(mode(dataFolder()), 0700);
    }

    void forget_realProgram_leavesNoTraceInAnyFile()
    {
        const QString msisdn = QStringLiteral("+46701234567");
        send({QStringLiteral("name;phone"), QStringLiteral("Anna;070-123 45 67"),
              QStringLiteral("Bo;+46701234568"), QStringLiteral("Cia;0701234569")});
        QVERIFY(!traces(dataFolder(), msisdn.toUtf8()).isEmpty()); // it was there
        QCOMPARE(m_control->perMsisdn().value(msisdn), 1);
        // The window's draft holds the number too, typed and imported, beside another one.
        const core::DraftStore drafts(QDir(dataFolder()).filePath(QStringLiteral("draft.json")));
        core::Draft draft;
        draft.numbersText = QStringLiteral("070-123 45 67\n0701234568");
        phones::PhoneEntry imported;
        imported.row = 1;
        imported.input = QStringLiteral("0701234567");
        imported.e164 = msisdn;
        draft.imported << imported;
        draft.message = QStringLiteral("Hej");
        QVERIFY(drafts.save(draft));
        QVERIFY(!traces(dataFolder(), "070-123 45 67").isEmpty());

        const Run r = run({QStringLiteral("forget"), QStringLiteral("070-123 45 67")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Removed "), r.out.constData());
        QVERIFY(r.out.contains(msisdn.toUtf8()));
        for (const QByteArray &form : {QByteArray("+46701234567"), QByteArray("46701234567"),
                                       QByteArray("0701234567"), QByteArray("070-123 45 67")}) {
            const QStringList hits = traces(dataFolder(), form) + traces(settingsFolder(), form);
            QVERIFY2(hits.isEmpty(), qPrintable(QString::fromLatin1(form) + QStringLiteral(": ") +
                                                hits.join(QStringLiteral(", "))));
        }
        // The others are still there, and Accessy's invitation was not touched.
        QCOMPARE(count(historyFile(), QStringLiteral("job_numbers")), 2);
        QCOMPARE(count(historyFile(), QStringLiteral("invitations")), 2);
        QVERIFY(!traces(dataFolder(), "+46701234568").isEmpty());
        QCOMPARE(drafts.load().numbersText, QStringLiteral("0701234568")); // the other stays
        QVERIFY(drafts.load().imported.isEmpty());
        QCOMPARE(m_control->perMsisdn().value(msisdn), 1);

        // Once more: nothing is left to remove.
        QCOMPARE(run({QStringLiteral("forget"), msisdn}).exitCode, 1);
    }

    void forget_neverStored_exit1_changesNothing()
    {
        send({QStringLiteral("phone"), sendtest::numbers(2).at(0), sendtest::numbers(2).at(1)});
        const QByteArray before = bytesOf(historyFile());
        const int invitations = count(historyFile(), QStringLiteral("invitations"));
        const Run r = run({QStringLiteral("forget"), QStringLiteral("0709876543")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("No record of +46709876543"), r.out.constData());
        QCOMPARE(bytesOf(historyFile()), before);
        QCOMPARE(count(historyFile(), QStringLiteral("invitations")), invitations);
    }

    void forget_noHistoryYet_exit1_createsNone()
    {
        const Run r = run({QStringLiteral("forget"), QStringLiteral("+46701234567")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFileInfo::exists(historyFile()));
    }

    void forget_badUsage_exit2_nothingRemoved_data()
    {
        addColumns<QStringList, QString>("arguments", "cause");
        QTest::newRow("no number") << QStringList{} << "Name at least one phone number";
        QTest::newRow("not a number")
            << QStringList{"+46701234568", "hello"} << "\"hello\" is not a phone number";
        QTest::newRow("unknown region")
            << QStringList{"--region", "XX", "0701234568"} << "Unknown country code \"XX\"";
        QTest::newRow("unknown option") << QStringList{"--all"} << "unknown option \"--all\"";
    }
    void forget_badUsage_exit2_nothingRemoved()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, cause);
        send({QStringLiteral("phone"), QStringLiteral("+46701234568")});
        const int before = count(historyFile(), QStringLiteral("invitations"));
        const Run r = run(QStringList{QStringLiteral("forget")} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(cause.toUtf8()), r.err.constData());
        QCOMPARE(count(historyFile(), QStringLiteral("invitations")), before);
    }

    void forget_regionOption_readsNationalNumbersOfThatCountry()
    {
        send({QStringLiteral("phone"), QStringLiteral("+4915123456789")});
        const Run r = run({QStringLiteral("forget"), QStringLiteral("--region"),
                           QStringLiteral("DE"), QStringLiteral("01512 3456789")});
        QVERIFY2(r.exitCode == 0, r.out + r.err);
        QVERIFY(traces(dataFolder(), "4915123456789").isEmpty());
    }

    void migration_movesTheDoubledFolderKeepingEveryRow()
    {
        writeLegacyHistory(25);
        QCOMPARE(mode(legacyFolder() + QStringLiteral("/history.sqlite")), 0644);
        const Run r = run({QStringLiteral("forget"), QStringLiteral("+46709999999")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFileInfo::exists(legacyFolder()));
        QCOMPARE(count(historyFile(), QStringLiteral("jobs")), 25);
        QCOMPARE(count(historyFile(), QStringLiteral("job_numbers")), 25);
        QCOMPARE(mode(historyFile()), 0600);
        // The send command now uses the moved history.
        send({QStringLiteral("phone"), sendtest::numbers(1, 100).first()});
        QCOMPARE(count(historyFile(), QStringLiteral("jobs")), 26);
    }

    void migration_bothFoldersHoldAHistory_keepsBothAndSaysSo()
    {
        send({QStringLiteral("phone"), sendtest::numbers(1, 200).first()});
        const QByteArray current = bytesOf(historyFile());
        writeLegacyHistory(3);
        const Run r = run({QStringLiteral("forget"), QStringLiteral("+46709999999")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("was not moved") && r.err.contains("kept untouched"),
                 r.err.constData());
        QCOMPARE(bytesOf(historyFile()), current);
        QCOMPARE(count(historyFile(), QStringLiteral("jobs")), 1);
        const QString old = legacyFolder() + QStringLiteral("/history.sqlite");
        QVERIFY(QFileInfo::exists(old));
        QCOMPARE(count(old, QStringLiteral("jobs")), 3);
    }
};

QTEST_GUILESS_MAIN(TestPrivacyProgram)
#include "tst_privacyprogram.moc"
