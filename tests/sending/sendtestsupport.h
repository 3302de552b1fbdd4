#pragma once

#include "accessy/accessysession.h"
#include "accessy/apiclient.h"
#include "history/historystore.h"
#include "sandboxprocess.h"
#include "sending/sendjob.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QTemporaryDir>

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
    // No faults and nothing stored: where each test function starts.
    bool clear() { return setFaults({}) && reset(); }
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

// A history of its own for each test function: open() in init(), close() in cleanup().
class TestHistory final
{
public:
    bool open();
    void close();
    history::HistoryStore *get() const { return m_store.get(); }
    history::HistoryStore *operator->() const { return m_store.get(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<history::HistoryStore> m_store;
};

// The frame of the send-engine tests: one quiet sandbox for the whole test, with its control
// API, and for each test function a sandbox without faults or data and a history of its own.
// A test class derives from it and calls startSandbox() in initTestCase(), beginTest() in
// init() and endTest() in cleanup().
class EngineTestFrame
{
protected:
    bool startSandbox()
    {
        if (!m_sandbox.start({QStringLiteral("--quiet")}))
            return false;
        m_control = std::make_unique<SandboxControl>(m_sandbox.baseUrl());
        return true;
    }
    bool beginTest() { return m_control->clear() && m_history.open(); }
    void endTest() { m_history.close(); }

    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxControl> m_control;
    TestHistory m_history;
};

// An ApiClient + AccessySession signed in to the sandbox with its default credentials.
struct Engine
{
    explicit Engine(const QUrl &base, int transferTimeoutMs = 2000);
    // Signs in and waits for the answer (10 s at most); true when signed in.
    bool signIn();
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
