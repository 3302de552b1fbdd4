// An invitation's fate can reach the app before the answer that names it: a loaded server
// publishes the events of an invitation it has just created (and its invitee may act at once)
// while its answer to the POST is still on the way. Against the real sandbox, with every API
// answer held back (latencyMs: the invitations are created and their events published at
// once, only the answers wait) while the event stream is not: the results table, the
// "accepted" notification and the history must still end up with the status the event told.
#include "appdataisolation.h"
#include "core/application.h"
#include "history/historystore.h"
#include "sandboxprocess.h"
#include "testtable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using core::Application;
using tracking::StatusChange;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Every invitation in the history has this status (and there is at least one).
bool historyShows(history::HistoryStore *store, const QString &status)
{
    const QList<history::InvitationRecord> records = store->invitations();
    return !records.isEmpty() && std::all_of(records.cbegin(), records.cend(),
                                             [&](const auto &r) { return r.status == status; });
}

} // namespace

class TestEventBeforeAnswer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    SandboxProcess m_sandbox;

    void signInLive(Application &app)
    {
        app.tracker()->setRefreshInterval(0); // only events (and the reads they ask for)
        app.enterPractice(m_sandbox.baseUrl(), m_sandbox.eventsUrl(),
                          SandboxProcess::defaultClientId(), SandboxProcess::defaultClientSecret());
        QSignalSpy signedIn(&app, &Application::signedIn);
        app.signIn();
        QVERIFY(signedIn.wait(15000));
        QTRY_COMPARE_WITH_TIMEOUT(app.events()->state(), events::StompClient::State::Live, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateAppData(m_data));
        qRegisterMetaType<StatusChange>();
        qRegisterMetaType<accessy::Membership>();
        QVERIFY_STARTED(m_sandbox);
    }

    void statusBeforeAnswer_reachesRowNotificationAndHistory_data()
    {
        addColumns<QString, QString, bool>("inviteeShare", "status", "notified");
        QTest::newRow("accepted") << QStringLiteral("acceptShare") << QStringLiteral("ACCEPTED")
                                  << true;
        QTest::newRow("deleted") << QStringLiteral("deleteShare") << QStringLiteral("DELETED")
                                 << false;
    }

    void statusBeforeAnswer_reachesRowNotificationAndHistory()
    {
        QFETCH(QString, inviteeShare);
        QFETCH(QString, status);
        QFETCH(bool, notified);
        QVERIFY(m_sandbox.control(QStringLiteral("/_sandbox/reset")));  // no invitation yet
        QVERIFY(m_sandbox.control(QStringLiteral("/_sandbox/faults"))); // answers on time
        // Every invitee acts the moment the invitation exists.
        QVERIFY(m_sandbox.control(QStringLiteral("/_sandbox/invitees"),
                                  json({{inviteeShare, 1},
                                        {QStringLiteral("minDelayMs"), 0},
                                        {QStringLiteral("maxDelayMs"), 0}})));
        Application app;
        signInLive(app);
        if (QTest::currentTestFailed())
            return;
        models::InvitationTableModel *table = app.results();
        QSignalSpy accepted(app.statusFollower(), &models::LiveStatusFollower::accepted);
        // The case under test: the status is known before any row holds the invitation's id.
        int earlyChanges = 0;
        connect(app.tracker(), &tracking::InvitationTracker::statusChanged, this,
                [&](const StatusChange &change) {
                    if (change.newStatus == status &&
                        table->rowForInvitationId(change.invitationId) < 0)
                        ++earlyChanges;
                });

        const QStringList numbers{QStringLiteral("+46701237001"), QStringLiteral("+46701237002")};
        // From now on the API answers late; the events are not held back.
        QVERIFY(m_sandbox.control(QStringLiteral("/_sandbox/faults"),
                                  json({{QStringLiteral("latencyMs"), 1500}})));
        QSignalSpy finished(app.sender(), &sending::SendController::finished);
        QVERIFY(app.sender()->start({sending::SendItem{-1, numbers.at(0), {}, {}},
                                     sending::SendItem{-1, numbers.at(1), {}, {}}},
                                    QStringLiteral("Hej")));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toInt(), 2);
        QCOMPARE(table->allInvitationIds().size(), 2);
        QCOMPARE(earlyChanges, 2);

        QTRY_COMPARE_WITH_TIMEOUT(table->statusCounts().value(status), 2, 10000);
        QCOMPARE(table->rowCount(), 2);
        if (notified) {
            QCOMPARE(accepted.size(), 2);
            QStringList told;
            for (const QList<QVariant> &signal : std::as_const(accepted)) {
                const StatusChange change = signal.at(0).value<StatusChange>();
                QCOMPARE(change.newStatus, status);
                QVERIFY(table->rowForInvitationId(change.invitationId) >= 0);
                told << change.msisdn; // the notification names the number
            }
            told.sort();
            QCOMPARE(told, numbers);
        } else {
            QCOMPARE(accepted.size(), 0);
        }
        // The history learns it too: from the list the tracker reads once the send is over
        // (the event came before the history held the invitation).
        QTRY_VERIFY_WITH_TIMEOUT(historyShows(app.sender()->history(), status), 15000);
    }
};

QTEST_GUILESS_MAIN(TestEventBeforeAnswer)
#include "tst_eventbeforeanswer.moc"
