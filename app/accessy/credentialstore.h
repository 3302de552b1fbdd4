#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace accessy {

// Keeps client secrets in the operating system's keychain (Secret Service / KWallet, macOS
// Keychain, Windows Credential Manager) through QtKeychain — never in a file of ours. When no
// keychain answers, the secret is kept in this object's memory for this run only, and the
// reason is reported so the admin can be told; QtKeychain's plain-text fallback stays off.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)
public:
    explicit CredentialStore(const QString &service = QStringLiteral("accessy-invite"),
                             QObject *parent = nullptr);
    ~CredentialStore() override;

    enum class Where
    {
        Keychain,   // in the OS keychain
        MemoryOnly, // no keychain: this run only
        Nowhere     // (read) no secret stored for this account
    };

    struct Outcome
    {
        Where where = Where::Nowhere;
        QString secret;          // read only
        QString keychainProblem; // why the keychain could not be used, in admin words
        bool ok() const { return keychainProblem.isEmpty(); }
    };
    using Callback = std::function<void(const Outcome &)>;

    // Each callback runs once, later, while `context` is alive.
    void store(const QString &account, const QString &secret, QObject *context, Callback done);
    void read(const QString &account, QObject *context, Callback done);
    // Sign out: removes the entry from the keychain and from memory.
    void remove(const QString &account, QObject *context, Callback done);

    // True once a keychain call failed for lack of a keychain during this run.
    bool keychainUnavailable() const { return !m_lastProblem.isEmpty(); }
    QString lastProblem() const { return m_lastProblem; }

Q_SIGNALS:
    // The keychain could not be used; `reason` is a sentence for the admin.
    void keychainProblem(const QString &reason);

private:
    QString problemText(int error, const QString &detail, bool saving);
    void noteProblem(const QString &reason);
    // Runs a keychain job for `account` (never with the plain-text fallback); when it finishes,
    // `judge` turns its result into the Outcome that `done` gets while `context` is alive.
    void runJob(QKeychain::Job *job, const QString &account, QObject *context, Callback done,
                std::function<Outcome()> judge);

    QString m_service;
    QHash<QString, QString> m_memory; // only when the keychain failed
    QString m_lastProblem;
};

} // namespace accessy
