// Benchmark (issue 11): planning a send against an organization of 10,000 members and 10,000
// invitations, sandbox latency 50 ms per answer. Measures the time from asking for the plan
// (OrganizationReader: the invitation list and 40 member pages of 250, four in flight) to
// having it (planner verdicts for 1,000 numbers), and the longest stall of the event loop
// meanwhile (a 5 ms timer; in the window that loop is the UI thread). Goal: ≤ 1.5 s, no stall
// over 50 ms. Prints figures; pass/fail is not its business.
#include "accessy/memberwalker.h"
#include "httpcall.h"
#include "sending/invitationlistreader.h"
#include "sending/organization.h"
#include "sending/sendplanner.h"
#include "sendtestsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

struct Figures
{
    qint64 readMs = 0;  // asking → both lists read
    qint64 totalMs = 0; // asking → plan in hand
    qint64 maxStallMs = 0;
    int members = 0;
    int invitations = 0;
    QString error;
    sending::SendPlan plan;
};

// A 5 ms timer: the longest gap between its ticks is the longest the loop was busy.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_max = qMax(m_max, m_tick.restart() - 5); });
    }
    void start()
    {
        m_max = 0;
        m_tick.start();
        m_timer.start(5);
    }
    qint64 stop()
    {
        m_timer.stop();
        return qMax<qint64>(m_max, m_tick.elapsed() - 5);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_tick;
    qint64 m_max = 0;
};

Figures plan(sendtest::Engine &engine, const QList<sending::SendItem> &items)
{
    sending::InvitationListReader lists(&engine.session);
    sending::OrganizationReader reader(&engine.session, &lists);
    Figures f;
    StallProbe probe;
    QElapsedTimer clock;
    std::optional<accessy::Result<sending::OrganizationSnapshot>> answer;
    probe.start();
    clock.start();
    reader.read([&](const accessy::Result<sending::OrganizationSnapshot> &r) {
        f.readMs = clock.elapsed();
        answer = r;
        if (!r.ok())
            return;
        sending::planner::Rules rules;
        rules.remindAfterDays = 7;
        f.plan = sending::planner::plan(items, r.value(), {}, rules);
        f.totalMs = clock.elapsed();
    });
    while (!answer && clock.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    // Let the probe see the loop idle once more so a stall at the very end is counted.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 20)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    f.maxStallMs = probe.stop();
    if (!answer)
        f.error = QStringLiteral("no answer in 60 s");
    else if (!answer->ok())
        f.error = answer->error().userMessage();
    else {
        f.members = int(answer->value().members.size());
        f.invitations = int(answer->value().invitations.size());
    }
    return f;
}

// One read on its own (the invitation list, or the member walk): its time and longest stall.
template<typename Start>
std::pair<qint64, qint64> alone(Start start)
{
    StallProbe probe;
    QElapsedTimer clock;
    bool done = false;
    probe.start();
    clock.start();
    start([&] { done = true; });
    while (!done && clock.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const qint64 ms = clock.elapsed();
    return {ms, probe.stop()};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int latency = 50;
    const int n = 10000;
    SandboxProcess sandbox;
    if (!sandbox.start({QStringLiteral("--quiet")})) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    sendtest::SandboxControl control(sandbox.baseUrl());
    // The organization, built without latency: 10,000 members and 10,000 invitations.
    control.setFaults({});
    control.addMember(QStringLiteral("+46709999999")); // one named member, then generated ones
    {
        HttpCaller http;
        http.call("POST", sandbox.baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/members"))),
                  {{"Content-Type", "application/json"}},
                  QByteArray("{\"count\": ") + QByteArray::number(n - 1) + '}');
    }
    const QStringList invited = sendtest::numbers(n);
    for (int i = 0; i < n; i += 1000)
        control.postInvitations(invited.mid(i, 1000));
    control.setFaults({{QStringLiteral("latencyMs"), latency}});

    // 1,000 numbers to plan: a quarter members, a quarter invited, half new.
    QStringList wanted = sendtest::numbers(250, 0) + sendtest::numbers(500, 20000);
    for (int i = 0; i < 250; ++i)
        wanted << QStringLiteral("+4676%1").arg(i, 7, 10, QLatin1Char('0'));
    const QList<sending::SendItem> items = sendtest::items(wanted);

    sendtest::Engine engine(sandbox.baseUrl(), 30000);
    {
        // Signed in first, as the window is when Send is pressed.
        bool signedIn = false;
        engine.session.signIn(&app, [&](const auto &) { signedIn = true; });
        while (!signedIn)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    std::printf("accessy-invite planning benchmark: %d members, %d invitations, sandbox latency "
                "%d ms per answer; 1,000 numbers planned\n",
                n, n, latency);
    std::printf("goal: plan in <= 1500 ms, no event-loop stall over 50 ms\n\n");
    std::printf("%-6s %10s %10s %14s %9s %12s %s\n", "run", "lists ms", "plan ms", "max stall ms",
                "members", "invitations", "verdicts (new/member/pending)");
    {
        // The noise floor: the same probe over an idle loop (the machine may be loaded).
        const auto idle = alone([](auto done) { QTimer::singleShot(1000, done); });
        std::printf("idle loop, 1 s: max stall %lld ms\n", idle.second);
        sending::InvitationListReader lists(&engine.session);
        const auto list = alone([&](auto done) { lists.read([done](const auto &) { done(); }); });
        std::printf("invitation list alone: %lld ms, max stall %lld ms\n", list.first, list.second);
        sending::OrganizationReader reader(&engine.session, &lists);
        accessy::MemberWalker *walker = reader.memberWalker();
        const auto walk = alone([&](auto done) {
            QObject::connect(walker, &accessy::MemberWalker::finished, done);
            walker->start();
        });
        std::printf("member walk alone (%d pages, at most %d in flight): %lld ms, max stall %lld "
                    "ms\n\n",
                    walker->pagesRead(), walker->maxPagesInFlightSeen(), walk.first, walk.second);
    }
    for (int run = 1; run <= 3; ++run) {
        const Figures f = plan(engine, items);
        if (!f.error.isEmpty()) {
            std::printf("run %d failed: %s\n", run, qPrintable(f.error));
            return 1;
        }
        std::printf("%-6d %10lld %10lld %14lld %9d %12d %d/%d/%d\n", run, f.readMs, f.totalMs,
                    f.maxStallMs, f.members, f.invitations, f.plan.count(sending::Verdict::New),
                    f.plan.count(sending::Verdict::Member),
                    f.plan.count(sending::Verdict::Pending));
        std::fflush(stdout);
    }
    return 0;
}
