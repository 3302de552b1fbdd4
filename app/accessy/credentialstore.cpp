#include "accessy/credentialstore.h"

#include "accessy/logging.h"
#include "accessy/logredaction.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace accessy {

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::problemText(int error, const QString &detail, bool saving)
{
    QString why;
    switch (error) {
    case QKeychain::NoBackendAvailable:
        why = tr("no keychain service is available on this computer");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        why = tr("access to the keychain was refused");
        break;
    case QKeychain::NotImplemented:
        why = tr("this system's keychain is not supported");
        break;
    default:
        why = tr("the keychain did not answer (%1)").arg(logging::redact(detail));
        break;
    }
    if (!saving)
        return tr("The client secret could not be read from the system keychain: %1. Enter it "
                  "again; it will be kept for this session only.")
            .arg(why);
    return tr("The client secret could not be saved in the system keychain: %1. It is kept for "
              "this session only and must be entered again next time; it is not written "
              "anywhere else.")
        .arg(why);
}

void CredentialStore::noteProblem(const QString &reason)
{
    m_lastProblem = reason;
    qCWarning(lcApi) << "keychain unavailable:" << reason;
    Q_EMIT keychainProblem(reason);
}

void CredentialStore::runJob(QKeychain::Job *job, const QString &account, QObject *context,
                             Callback done, std::function<Outcome()> judge)
{
    job->setInsecureFallback(false); // never plain text on disk
    job->setAutoDelete(true);
    job->setKey(account);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [guard, done = std::move(done), judge = std::move(judge)](QKeychain::Job *) {
                const Outcome outcome = judge();
                if (guard)
                    done(outcome);
            });
    job->start();
}

void CredentialStore::store(const QString &account, const QString &secret, QObject *context,
                            Callback done)
{
    logging::registerSecret(secret);
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(secret);
    runJob(job, account, context, std::move(done), [=, this] {
        Outcome outcome;
        if (job->error() == QKeychain::NoError) {
            m_memory.remove(account);
            outcome.where = Where::Keychain;
        } else {
            m_memory.insert(account, secret);
            outcome.where = Where::MemoryOnly;
            outcome.keychainProblem = problemText(job->error(), job->errorString(), true);
            noteProblem(outcome.keychainProblem);
        }
        return outcome;
    });
}

void CredentialStore::read(const QString &account, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    runJob(job, account, context, std::move(done), [=, this] {
        Outcome outcome;
        const auto remembered = m_memory.constFind(account);
        if (remembered != m_memory.constEnd()) {
            // Stored in memory this run because the keychain failed earlier.
            outcome.where = Where::MemoryOnly;
            outcome.secret = *remembered;
            if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
                outcome.keychainProblem = problemText(job->error(), job->errorString(), false);
        } else if (job->error() == QKeychain::NoError) {
            outcome.where = Where::Keychain;
            outcome.secret = job->textData();
            logging::registerSecret(outcome.secret);
        } else if (job->error() == QKeychain::EntryNotFound) {
            outcome.where = Where::Nowhere;
        } else {
            outcome.where = Where::Nowhere;
            outcome.keychainProblem = problemText(job->error(), job->errorString(), false);
            noteProblem(outcome.keychainProblem);
        }
        return outcome;
    });
}

void CredentialStore::remove(const QString &account, QObject *context, Callback done)
{
    m_memory.remove(account);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    runJob(job, account, context, std::move(done), [=, this] {
        Outcome outcome;
        outcome.where = Where::Nowhere;
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            outcome.keychainProblem =
                tr("The client secret could not be removed from the system keychain (%1). "
                   "Remove the entry \"%2\" of \"%3\" with the system's password manager.")
                    .arg(logging::redact(job->errorString()), account, m_service);
            noteProblem(outcome.keychainProblem);
        }
        return outcome;
    });
}

} // namespace accessy
