#pragma once

#include "accessy/accessysession.h"
#include "accessy/apiclient.h"
#include "sandboxprocess.h"
#include "sending/sendjob.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStringList>

#include <memory>

// Helpers the sending, history and command-line tests share: control calls to the real
// sandbox, generated numbers, and an engine signed in to the sandbox.
namespace sendtest {

// n distinct Swedish mobile numbers in E.164, starting at `first`.
QStringList numbers(int n, int first = 0);
QList<sending::SendItem> items(const QStringList &msisdns);

// Synchronous calls to the sandbox's control API (/_sandbox/...).
class SandboxControl final
{
public:
    explicit SandboxControl(const QUrl &base)
        : m_base(base)
    {
    }
    Q_DISABLE_COPY_MOVE(SandboxControl)

    bool setFaults(const QJsonObject &faults);
    bool reset();
    bool expireTokens();
    QJsonObject state();
    // Invitations per number, from the ground truth.
    QHash<QString, int> perMsisdn();
    // Fires expire-tokens without waiting (safe to call from a slot).
    void expireTokensAsync();
    // Creates invitations directly (as a lost request of a crashed sender would have).
    QJsonArray postInvitations(const QStringList &msisdns);
    // Adds a member who was never invited; answers the member (with "id", "membershipId").
    QJsonObject addMember(const QString &msisdn);

private:
    QByteArray call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    int *status = nullptr);

    QUrl m_base;
    QNetworkAccessManager m_network;
};

// An ApiClient + AccessySession signed in to the sandbox with its default credentials.
struct Engine
{
    explicit Engine(const QUrl &base, int transferTimeoutMs = 2000);
    accessy::ApiClient client;
    accessy::AccessySession session{&client};
};

// The outcome of a whole job, collected from its signals.
struct JobRun
{
    QHash<QString, sending::SendOutcome> byMsisdn;
    QList<sending::SendOutcome> outcomes;
    QList<sending::RecoverySummary> recoveries;
    QList<sending::SendPlan> plans;
    int progressSignals = 0;
    int lastRemaining = -1;
    bool finished = false;
    qint64 elapsedMs = 0;
    int maxBatchSeen = 0;

    int count(sending::OutcomeKind kind) const;
};

// Connects to the job's signals, starts it with `request` and waits (event loop) for
// finished or the timeout.
JobRun runJob(sending::SendJob &job, const sending::SendRequest &request, int timeoutMs = 60000);

// Options that make a test quick: short back-off and reconciliation delay, seeded jitter.
sending::SendOptions quickOptions(int batchSize = 3, int maxInFlight = 2);

} // namespace sendtest
