// The live-status wiring the window and `watch` share, against the real sandbox: an event
// reaches the tracker and, through the table's follower, the results table; a list re-read
// adds invitations created elsewhere.
#include "accessy/accessysession.h"
#include "models/invitationtablemodel.h"
#include "models/livestatusfollower.h"
#include "sandboxprocess.h"
#include "sandboxsignin.h"
#include "tracking/livestatus.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace accessy;
using models::InvitationTableModel;
using models::LiveStatusFollower;
using tracking::LiveStatus;
using tracking::StatusChange;

class TestLiveStatus : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    ApiClient m_client;
    AccessySession m_session{&m_client};

    QList<Invitation> create(const QStringList &numbers)
    {
        std::optional<Result<QList<Invitation>>> answer;
        m_session.createInvitations({QStringLiteral("hi"), numbers, {}}, this,
                                    [&](Result<QList<Invitation>> r) { answer.emplace(r); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
            return {};
        return answer->ok() ? answer->value() : QList<Invitation>();
    }

    bool setStatus(const QString &id, const QString &status)
    {
        return m_sandbox.control(
            QStringLiteral("/_sandbox/invitations/%1/status").arg(id),
            QJsonDocument(QJsonObject{{QStringLiteral("status"), status}}).toJson());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<StatusChange>();
        qRegisterMetaType<Invitation>();
        QVERIFY_STARTED(m_sandbox, {QStringLiteral("--quiet")});
        QVERIFY(m_sandbox.eventsUrl().isValid());
        pointAt(m_client, m_sandbox.baseUrl());
        m_session.setCredentials(
            {SandboxProcess::defaultClientId(), SandboxProcess::defaultClientSecret(), {}});
    }

    void event_reachesTrackerAndTable()
    {
        const QList<Invitation> created = create({QStringLiteral("+46701239001")});
        QCOMPARE(created.size(), 1);
        const QString id = created.first().id;

        InvitationTableModel table;
        QAbstractItemModelTester tester(&table,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        LiveStatus live(&m_session);
        live.tracker()->setRefreshInterval(0); // only the event may bring the change
        LiveStatusFollower follower(live.tracker(), &table);
        QSignalSpy accepted(&follower, &LiveStatusFollower::accepted);

        // The first read: the invitation becomes a row (created "elsewhere").
        QSignalSpy refreshed(live.tracker(), &tracking::InvitationTracker::refreshed);
        live.tracker()->refresh();
        QVERIFY(refreshed.wait(10000));
        const int row = table.rowForInvitationId(id);
        QVERIFY(row >= 0);
        QCOMPARE(table.row(row).status, QStringLiteral("PENDING"));
        QCOMPARE(table.row(row).msisdn, QStringLiteral("+46701239001"));

        live.start(m_sandbox.eventsUrl(), m_session.organizationId());
        QTRY_COMPARE_WITH_TIMEOUT(live.events()->state(), events::StompClient::State::Live, 10000);
        QVERIFY(setStatus(id, QStringLiteral("ACCEPTED")));
        QTRY_COMPARE_WITH_TIMEOUT(table.row(row).status, QStringLiteral("ACCEPTED"), 10000);
        QCOMPARE(live.tracker()->statusOf(id), QStringLiteral("ACCEPTED"));
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.first().at(0).value<StatusChange>().invitationId, id);
        QCOMPARE(table.rowCount(), refreshed.first().at(0).toInt()); // no row twice

        live.stop();
        QTRY_COMPARE_WITH_TIMEOUT(live.events()->state(), events::StompClient::State::Offline,
                                  10000);
    }

    void changeBeforeItsRowHasTheId_shownOnceItHas()
    {
        InvitationTableModel table;
        LiveStatus live(&m_session);
        live.tracker()->setHeld(true); // a send runs: the list reads the events ask for wait
        LiveStatusFollower follower(live.tracker(), &table);
        QSignalSpy accepted(&follower, &LiveStatusFollower::accepted);
        const QStringList numbers{QStringLiteral("+46701239101"), QStringLiteral("+46701239102")};
        for (const QString &number : numbers) {
            models::InvitationRow row;
            row.msisdn = number;
            row.status = models::LocalStatus::sending();
            table.appendRows({row});
        }
        const auto answer = [&table](int row, const QString &id) {
            models::InvitationRow value = table.row(row);
            value.invitationId = id;
            value.status = QStringLiteral("PENDING"); // what the send's answer says
            table.updateRow(row, value);
        };
        const QDateTime at = QDateTime::currentDateTimeUtc();

        // Row 0: the event is applied (to no row) long before the answer names the invitation.
        live.tracker()->applyEvent(QStringLiteral("early-0"), QStringLiteral("ACCEPTED"), at);
        QTRY_COMPARE(follower.pendingCount(), 0);
        QCOMPARE(table.row(0).status, models::LocalStatus::sending());
        answer(0, QStringLiteral("early-0"));
        QTRY_COMPARE(table.row(0).status, QStringLiteral("ACCEPTED"));
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.first().at(0).value<StatusChange>().msisdn, numbers.at(0));

        // Row 1: the answer comes while the event's change still waits for its slice; the row
        // is told once, not twice.
        live.tracker()->applyEvent(QStringLiteral("early-1"), QStringLiteral("ACCEPTED"), at);
        answer(1, QStringLiteral("early-1"));
        QTRY_COMPARE(follower.pendingCount(), 0);
        QCOMPARE(table.row(1).status, QStringLiteral("ACCEPTED"));
        QCOMPARE(accepted.size(), 2);
        QCOMPARE(accepted.last().at(0).value<StatusChange>().invitationId,
                 QStringLiteral("early-1"));
        QCOMPARE(table.statusCounts().value(QStringLiteral("ACCEPTED")), 2);
    }

    void manyChanges_appliedInSlices_allArrive()
    {
        InvitationTableModel table;
        LiveStatus live(&m_session);
        LiveStatusFollower follower(live.tracker(), &table);
        QList<models::InvitationRow> rows;
        for (int i = 0; i < 12000; ++i) {
            models::InvitationRow r;
            r.invitationId = QStringLiteral("id-%1").arg(i);
            r.status = QStringLiteral("PENDING");
            rows << r;
        }
        table.appendRows(rows);
        for (int i = 0; i < 12000; ++i) {
            Q_EMIT live.tracker()->statusChanged({QStringLiteral("id-%1").arg(i), QString(),
                                                  QStringLiteral("PENDING"),
                                                  QStringLiteral("DELETED"), QDateTime()});
        }
        // Nothing is applied inside the burst: the window stays responsive.
        QCOMPARE(follower.pendingCount(), 12000);
        QCOMPARE(table.statusCounts().value(QStringLiteral("DELETED")), 0);
        QTRY_COMPARE(follower.pendingCount(), 0);
        QCOMPARE(table.statusCounts().value(QStringLiteral("DELETED")), 12000);
    }
};

QTEST_GUILESS_MAIN(TestLiveStatus)
#include "tst_livestatus.moc"
