// No keychain (no D-Bus session): the secret is kept in memory for this run only, the admin is
// told why, and it is written nowhere — not under HOME, not in the settings folders.
#include "accessy/credentialstore.h"
#include "credentialtestsupport.h"
#include "filescan.h"
#include "throwawayhome.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace accessy;

namespace {
QTemporaryDir *g_home = nullptr;
} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT

    const QString m_secret = uniqueSecret("nokc-secret");

    static CredentialStore::Outcome wait(std::function<void(CredentialStore::Callback)> call)
    {
        return waitForOutcome(call, 30000);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")); }

    void noKeychain_secretKeptInMemoryOnlyAndAdminTold()
    {
        CredentialStore store(QStringLiteral("accessy-invite-test"));
        QSignalSpy problems(&store, &CredentialStore::keychainProblem);
        const QString account = QStringLiteral("default/client-id");

        const auto stored = wait([&](auto done) { store.store(account, m_secret, this, done); });
        QCOMPARE(stored.where, CredentialStore::Where::MemoryOnly);
        QVERIFY(!stored.ok());
        QVERIFY2(stored.keychainProblem.contains(QLatin1String("this session only")),
                 qPrintable(stored.keychainProblem));
        QVERIFY2(!stored.keychainProblem.contains(m_secret), qPrintable(stored.keychainProblem));
        QCOMPARE(problems.size(), 1);
        QVERIFY(store.keychainUnavailable());

        // This run still has it…
        const auto read = wait([&](auto done) { store.read(account, this, done); });
        QCOMPARE(read.where, CredentialStore::Where::MemoryOnly);
        QCOMPARE(read.secret, m_secret);

        // …the next run (a new store) does not: nothing was persisted anywhere.
        CredentialStore nextRun(QStringLiteral("accessy-invite-test"));
        const auto later = wait([&](auto done) { nextRun.read(account, this, done); });
        QCOMPARE(later.where, CredentialStore::Where::Nowhere);
        QVERIFY(later.secret.isEmpty());
        QVERIFY(!later.ok()); // and the admin is told the keychain is missing

        // Nowhere on disk: HOME (the whole throw-away home, config/data/cache included).
        const QStringList hits = filesContaining(g_home->path(), m_secret);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        for (auto location :
             {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
              QStandardPaths::GenericCacheLocation}) {
            const QString dir = QStandardPaths::writableLocation(location);
            QVERIFY2(dir.startsWith(g_home->path()), qPrintable(dir));
        }

        // Sign out forgets it in memory too.
        wait([&](auto done) { store.remove(account, this, done); });
        const auto afterSignOut = wait([&](auto done) { store.read(account, this, done); });
        QVERIFY(afterSignOut.secret.isEmpty());
    }
};

int main(int argc, char **argv)
{
    // No D-Bus session, no display to auto-launch one, and a throw-away HOME to search.
    QTemporaryDir home;
    g_home = &home;
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    useThrowAwayHome(home.path());
    QCoreApplication app(argc, argv);
    TestNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_nokeychain.moc"
