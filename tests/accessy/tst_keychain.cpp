// The client secret in a real Secret Service (gnome-keyring in a private D-Bus session):
// stored, read back, replaced, removed — and never written in plain text under HOME.
// CTest runs this through run_with_keyring.sh.
#include "accessy/credentialstore.h"

#include <QDirIterator>
#include <QTest>

using namespace accessy;

namespace {
// Files under `root` whose bytes contain `needle` (UTF-8 and UTF-16).
QStringList filesContaining(const QString &root, const QString &needle)
{
    QStringList hits;
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        if (data.contains(utf8) || data.contains(utf16))
            hits << f.fileName();
    }
    return hits;
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

    CredentialStore m_store{QStringLiteral("accessy-invite-test")};
    const QString m_account =
        QStringLiteral("default/client-%1").arg(QDateTime::currentMSecsSinceEpoch());
    const QString m_secret = QStringLiteral("kc-secret-%1-%2")
                                 .arg(QDateTime::currentMSecsSinceEpoch())
                                 .arg(QCoreApplication::applicationPid());

    CredentialStore::Outcome wait(std::function<void(CredentialStore::Callback)> call)
    {
        std::optional<CredentialStore::Outcome> outcome;
        call([&outcome](const CredentialStore::Outcome &o) { outcome = o; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        }();
        return outcome.value_or(CredentialStore::Outcome{
            CredentialStore::Where::Nowhere, {}, QStringLiteral("no answer")});
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
