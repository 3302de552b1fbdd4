// SendLock: one send per organization and machine; a lock whose process is gone is stale.
#include "history/privatefiles.h"
#include "sending/sendlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using sending::SendLock;

namespace {
const QString kOrg = QStringLiteral("4f9a61c3-8d1e-4b3a-9a7e-0c2b5d6e7f80");

// Two locks of one organization on one folder: the holder, and another send that wants it.
struct TwoLocks
{
    QTemporaryDir dir;
    SendLock holder{dir.path(), kOrg};
    SendLock waiter{dir.path(), kOrg};
};
} // namespace

class TestSendLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileName_perOrganization_neverAPath()
    {
        QCOMPARE(SendLock::fileName(kOrg), QStringLiteral("send-%1.lock").arg(kOrg));
        const QString odd = SendLock::fileName(QStringLiteral("../../etc/passwd"));
        QVERIFY2(!odd.contains(QLatin1Char('/')) && !odd.contains(QLatin1String("..")),
                 qPrintable(odd));
        QVERIFY(odd.startsWith(QLatin1String("send-")) && odd.endsWith(QLatin1String(".lock")));
        QVERIFY(SendLock::fileName(QStringLiteral("org-a")) !=
                SendLock::fileName(QStringLiteral("org-b")));
    }

    void secondHolder_refusedWithThePid_otherOrganizationFree()
    {
        QTemporaryDir dir;
        SendLock first(dir.path(), kOrg);
        QVERIFY(first.tryLock());
        QVERIFY(QFile::exists(dir.filePath(SendLock::fileName(kOrg))));
        QVERIFY(history::privatefiles::isPrivate(first.path()));
        SendLock second(dir.path(), kOrg);
        QVERIFY(!second.tryLock());
        QVERIFY(second.error().isEmpty());
        QCOMPARE(second.holderPid(), QCoreApplication::applicationPid());
        SendLock other(dir.path(), QStringLiteral("another-org"));
        QVERIFY(other.tryLock());
        first.unlock();
        QVERIFY(!QFile::exists(first.path()));
        QVERIFY(second.tryLock());
    }

    void acquire_waitsForTheHolder_thenTakesIt()
    {
        TwoLocks locks;
        auto &[dir, holder, waiter] = locks;
        QVERIFY(holder.tryLock());
        QSignalSpy waiting(&waiter, &SendLock::waiting);
        QSignalSpy acquired(&waiter, &SendLock::acquired);
        waiter.acquire();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().at(0).toLongLong(), QCoreApplication::applicationPid());
        QVERIFY(acquired.isEmpty());
        QVERIFY(!waiter.isLocked());
        holder.unlock();
        QTRY_COMPARE_WITH_TIMEOUT(acquired.size(), 1, 10000);
        QVERIFY(waiter.isLocked());
        QCOMPARE(waiting.size(), 1);
    }

    void cancel_stopsWaiting()
    {
        TwoLocks locks;
        auto &[dir, holder, waiter] = locks;
        QVERIFY(holder.tryLock());
        QSignalSpy acquired(&waiter, &SendLock::acquired);
        waiter.acquire();
        waiter.cancel();
        holder.unlock();
        // The free lock is there to be taken by whoever asks; the cancelled waiter does not.
        SendLock third(dir.path(), kOrg);
        QVERIFY(third.tryLock());
        QVERIFY(acquired.isEmpty());
        QVERIFY(!waiter.isLocked());
    }

    void staleLock_ofAGoneProcess_isTakenOver()
    {
        // A holder killed with SIGKILL leaves its file behind, naming a process that is gone.
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForStarted());
        const qint64 pid = gone.processId();
        QVERIFY(gone.waitForFinished());
        QTemporaryDir dir;
        const QString path = dir.filePath(SendLock::fileName(kOrg));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::number(pid) + "\naccessy-invite\n" +
                   QSysInfo::machineHostName().toUtf8() + '\n');
        file.close();
        SendLock lock(dir.path(), kOrg);
        QVERIFY(lock.tryLock());
        QVERIFY(lock.isLocked());
    }

    void liveHolder_isNeverStale_howeverOld()
    {
        QTemporaryDir dir;
        SendLock holder(dir.path(), kOrg);
        QVERIFY(holder.tryLock());
        // Aged far beyond QLockFile's default stale time (30 s): a long send stays locked.
        QFile file(holder.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600),
                                 QFileDevice::FileModificationTime));
        file.close();
        SendLock second(dir.path(), kOrg);
        QVERIFY(!second.tryLock());
        QVERIFY(second.heldByAnotherProcess() == false); // ours, not another process's
        QCOMPARE(second.holderPid(), QCoreApplication::applicationPid());
    }

    void unwritableFolder_clearError()
    {
        // A "folder" that is a file: no lock file can be made there (whoever runs the test).
        QTemporaryDir dir;
        const QString notAFolder = dir.filePath(QStringLiteral("file"));
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        SendLock lock(notAFolder, kOrg);
        QSignalSpy failed(&lock, &SendLock::failed);
        QSignalSpy waiting(&lock, &SendLock::waiting);
        lock.acquire();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().at(0).toString().contains(QLatin1String("cannot be created")),
                 qPrintable(failed.first().at(0).toString()));
        QVERIFY(waiting.isEmpty());
        QVERIFY(!lock.isLocked());
    }
};

QTEST_GUILESS_MAIN(TestSendLock)
#include "tst_sendlock.moc"
