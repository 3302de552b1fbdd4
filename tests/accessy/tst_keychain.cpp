// The client secret in a real Secret Service (gnome-keyring in a private D-Bus session):
// stored, read back, replaced, removed — and never written in plain text under HOME.
// CTest runs this through run_with_keyring.sh.
#include "accessy/credentialstore.h"
#include "credentialtestsupport.h"
#include "filescan.h"

#include <QTest>

using namespace accessy;

class TestKeychain : public QObject
{
    Q_OBJECT

    CredentialStore m_store{QStringLiteral("accessy-invite-test")};
    const QString m_account =
        QStringLiteral("default/client-%1").arg(QDateTime::currentMSecsSinceEpoch());
    const QString m_secret = uniqueSecret("kc-secret");

    static CredentialStore::Outcome wait(std::function<void(CredentialStore::Callback)> call)
    {
        return waitForOutcome(call, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/accessy/run_with_keyring.sh (needs a D-Bus session with "
                 "gnome-keyring)");
        QVERIFY2(QDir::homePath().contains(QLatin1String("keyring-home")),
                 "HOME must be the wrapper's throw-away folder");
    }

    void storeReadRemove_roundTripThroughSecretService()
    {
        const auto stored =
            wait([&](auto done) { m_store.store(m_account, m_secret, this, done); });
        QVERIFY2(stored.ok(), qPrintable(stored.keychainProblem));
        QCOMPARE(stored.where, CredentialStore::Where::Keychain);
        QVERIFY(!m_store.keychainUnavailable());

        // Another store object (like the next start of the app) finds it in the keychain.
        CredentialStore nextRun(QStringLiteral("accessy-invite-test"));
        const auto read = wait([&](auto done) { nextRun.read(m_account, this, done); });
        QVERIFY2(read.ok(), qPrintable(read.keychainProblem));
        QCOMPARE(read.where, CredentialStore::Where::Keychain);
        QCOMPARE(read.secret, m_secret);

        const QString replacement = m_secret + QStringLiteral("-new");
        QVERIFY(wait([&](auto done) { m_store.store(m_account, replacement, this, done); }).ok());
        QCOMPARE(wait([&](auto done) { nextRun.read(m_account, this, done); }).secret, replacement);

        const auto removed = wait([&](auto done) { m_store.remove(m_account, this, done); });
        QVERIFY2(removed.ok(), qPrintable(removed.keychainProblem));
        const auto gone = wait([&](auto done) { nextRun.read(m_account, this, done); });
        QVERIFY(gone.ok());
        QCOMPARE(gone.where, CredentialStore::Where::Nowhere);
        QVERIFY(gone.secret.isEmpty());
    }

    void storedSecret_notInPlainTextUnderHome()
    {
        const QString secret = m_secret + QStringLiteral("-disk");
        QVERIFY(wait([&](auto done) { m_store.store(m_account, secret, this, done); }).ok());
        // The keyring file exists (the secret is on disk, encrypted) but never in plain text.
        const QDir keyrings(QDir::homePath() + QStringLiteral("/.local/share/keyrings"));
        QVERIFY2(!keyrings.entryList(QDir::Files).isEmpty(), "gnome-keyring wrote no keyring file");
        const QStringList hits = filesContaining(QDir::homePath(), secret);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        QVERIFY(wait([&](auto done) { m_store.remove(m_account, this, done); }).ok());
    }

    void removeMissingEntry_isNotAnError()
    {
        const auto removed =
            wait([&](auto done) { m_store.remove(QStringLiteral("never/stored"), this, done); });
        QVERIFY2(removed.ok(), qPrintable(removed.keychainProblem));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
