// "Keep send history for N months": the policy as read from the settings, and the keeper that
// applies it at start and once a day, asking the admin before the first purge.
#include "history/historystore.h"
#include "history/retentionkeeper.h"

#include "testtable.h"
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace history;

class TestRetentionKeeper : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);

    QString db() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

    qint64 job(HistoryStore &store, const QDateTime &at, const QString &msisdn)
    {
        JobRecord job;
        job.createdAt = at;
        job.organizationId = QStringLiteral("org");
        job.state = QStringLiteral("finished");
        const qint64 id =
            store.createJob(job, {JobNumber{msisdn, {}, {}, NumberState::Invited, {}, {}}});
        store.recordResult(id, 0, BatchState::Done,
                           {InvitationRecord{QStringLiteral("inv-") + msisdn,
                                             msisdn,
                                             {},
                                             QStringLiteral("PENDING"),
                                             at,
                                             {},
                                             {},
                                             0,
                                             id}},
                           {});
        return id;
    }
    void keeper(RetentionKeeper &k)
    {
        k.setSettingsFile(settingsFile());
        k.setClock([this] { return m_now; });
    }
    void setMonths(const QString &value)
    {
        QSettings s(settingsFile(), QSettings::IniFormat);
        s.setValue(QStringLiteral("privacy/keepHistoryMonths"), value);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void policy_readFromSettings_data()
    {
        addColumns<QString, int>("stored", "months");
        QTest::newRow("missing: default 12") << QString() << 12;
        QTest::newRow("6") << "6" << 6;
        QTest::newRow("0 = forever") << "0" << 0;
        QTest::newRow("forever") << "forever" << 0;
        QTest::newRow("Forever, spaced") << " Forever " << 0;
        QTest::newRow("not a number: default") << "a year" << 12;
        QTest::newRow("negative: default") << "-3" << 12;
    }
    void policy_readFromSettings()
    {
        QFETCH(QString, stored);
        QFETCH(int, months);
        if (!stored.isNull())
            setMonths(stored);
        const RetentionPolicy policy =
            RetentionPolicy::load(QSettings(settingsFile(), QSettings::IniFormat));
        QCOMPARE(policy.months, months);
        QCOMPARE(policy.keepsForever(), months == 0);
        QCOMPARE(policy.cutoff(m_now).isValid(), months != 0);
        if (months)
            QCOMPARE(policy.cutoff(m_now), m_now.addMonths(-months));
    }

    void firstPurge_asksOnce_deletesNothingUntilConfirmed()
    {
        HistoryStore store;
        QVERIFY(store.open(db()));
        const qint64 old = job(store, m_now.addMonths(-13), QStringLiteral("+46701000001"));
        const qint64 recent = job(store, m_now.addMonths(-11), QStringLiteral("+46701000002"));
        RetentionKeeper k(db());
        keeper(k);
        QSignalSpy asked(&k, &RetentionKeeper::consentNeeded);
        QSignalSpy purged(&k, &RetentionKeeper::purged);
        QCOMPARE(k.applyNow(), 0);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).toInt(), 2); // the old job and its invitation
        QCOMPARE(asked.first().at(1).toDateTime(), m_now.addMonths(-12));
        QVERIFY(store.job(old));
        QCOMPARE(k.applyNow(), 0); // the question is not asked twice
        QCOMPARE(asked.size(), 1);

        k.confirmPurge();
        QCOMPARE(purged.size(), 1);
        QCOMPARE(purged.first().at(0).toInt(), 2);
        QVERIFY(!store.job(old));
        QVERIFY(store.job(recent));
        QCOMPARE(store.invitations().size(), 1);
        QVERIFY(RetentionPolicy::purgeConfirmed(QSettings(settingsFile(), QSettings::IniFormat)));

        // From now on without asking: a month later the other job is old too.
        RetentionKeeper next(db());
        keeper(next);
        QSignalSpy askedAgain(&next, &RetentionKeeper::consentNeeded);
        m_now = m_now.addMonths(2);
        QCOMPARE(next.applyNow(), 2);
        QCOMPARE(askedAgain.size(), 0);
        QVERIFY(!store.job(recent));
    }

    void keepEverything_answer_setsForever()
    {
        HistoryStore store;
        QVERIFY(store.open(db()));
        const qint64 old = job(store, m_now.addYears(-3), QStringLiteral("+46701000003"));
        RetentionKeeper k(db());
        keeper(k);
        QSignalSpy asked(&k, &RetentionKeeper::consentNeeded);
        k.applyNow();
        QCOMPARE(asked.size(), 1);
        k.keepForever();
        QVERIFY(k.policy().keepsForever());
        RetentionKeeper next(db());
        keeper(next);
        QSignalSpy askedAgain(&next, &RetentionKeeper::consentNeeded);
        QCOMPARE(next.applyNow(), 0);
        QCOMPARE(askedAgain.size(), 0);
        QVERIFY(store.job(old));
    }

    void nothingOld_noQuestion_noHistoryCreated()
    {
        RetentionKeeper k(db());
        keeper(k);
        QSignalSpy asked(&k, &RetentionKeeper::consentNeeded);
        QCOMPARE(k.applyNow(), 0);
        QVERIFY(!QFile::exists(db())); // never creates a history just to look into it
        HistoryStore store;
        QVERIFY(store.open(db()));
        job(store, m_now.addDays(-3), QStringLiteral("+46701000004"));
        QCOMPARE(k.applyNow(), 0);
        QCOMPARE(asked.size(), 0);
    }

    void timer_appliesAgainWhileRunning()
    {
        {
            QSettings s(settingsFile(), QSettings::IniFormat);
            RetentionPolicy::setPurgeConfirmed(s, true);
        }
        HistoryStore store;
        QVERIFY(store.open(db()));
        RetentionKeeper k(db());
        keeper(k);
        QSignalSpy purged(&k, &RetentionKeeper::purged);
        k.start(std::chrono::milliseconds(50)); // a day, in the test
        QCOMPARE(purged.size(), 0);
        // An entry that becomes too old while the app runs.
        const qint64 id =
            job(store, m_now.addMonths(-12).addSecs(60), QStringLiteral("+46701000005"));
        m_now = m_now.addSecs(120);
        QTRY_COMPARE(purged.size(), 1);
        QVERIFY(!store.job(id));
    }
};

QTEST_GUILESS_MAIN(TestRetentionKeeper)
#include "tst_retentionkeeper.moc"
