// The tracker against the real sandbox: list merges, status changes reported exactly once.
#include "accessy/accessysession.h"
#include "sandboxprocess.h"
#include "sandboxsignin.h"
#include "tracking/invitationtracker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace accessy;
using tracking::InvitationTracker;
using tracking::StatusChange;

class TestInvitationTracker : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    ApiClient m_client;
    AccessySession m_session{&m_client};
    QNetworkAccessManager m_nam;

    QList<Invitation> create(const QStringList &numbers)
    {
        std::optional<Result<QList<Invitation>>> answer;
        m_session.createInvitations({QStringLiteral("hi"), numbers, {}}, this,
                                    [&](Result<QList<Invitation>> r) { answer.emplace(r); });
        (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000);
        return answer && answer->ok() ? answer->value() : QList<Invitation>();
    }

    bool setStatus(const QString &id, const QString &status)
    {
        QUrl url = m_sandbox.baseUrl();
        url.setPath(QStringLiteral("/_sandbox/invitations/%1/status").arg(id));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.post(
            request, QJsonDocument(QJsonObject{{QStringLiteral("status"), status}}).toJson());
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        reply->deleteLater();
        return reply->error() == QNetworkReply::NoError;
    }

    // How many times the invitation list was asked for so far, by the sandbox's count. The
    // round trip also lets anything already queued here run first.
    int listRequests()
    {
        QUrl url = m_sandbox.baseUrl();
        url.setPath(QStringLiteral("/_sandbox/state"));
        QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll())
            .object()
            .value(QStringLiteral("listRequests"))
            .toInt(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<StatusChange>();
        qRegisterMetaType<Invitation>();
        QVERIFY_STARTED(m_sandbox);
        pointAt(m_client, m_sandbox.baseUrl());
        m_session.setCredentials(
            {SandboxProcess::defaultClientId(), SandboxProcess::defaultClientSecret(), {}});
    }

    void refresh_discoversNewInvitations_thenReportsChangesOnce()
    {
        const QList<Invitation> created =
            create({QStringLiteral("+46701230001"), QStringLiteral("+46701230002")});
        QCOMPARE(created.size(), 2);

        InvitationTracker tracker(&m_session);
        QSignalSpy discovered(&tracker, &InvitationTracker::invitationDiscovered);
        QSignalSpy changed(&tracker, &InvitationTracker::statusChanged);
        QSignalSpy refreshed(&tracker, &InvitationTracker::refreshed);
        tracker.refresh();
        QTRY_COMPARE(refreshed.count(), 1);
        QVERIFY(discovered.count() >= 2);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(tracker.statusOf(created.first().id), QStringLiteral("PENDING"));

        QVERIFY(setStatus(created.first().id, QStringLiteral("ACCEPTED")));
        QVERIFY(setStatus(created.last().id, QStringLiteral("SOMETHING_NEW")));
        tracker.refresh();
        QTRY_COMPARE(refreshed.count(), 2);
        QCOMPARE(changed.count(), 2);
        QHash<QString, StatusChange> byId;
        for (const QList<QVariant> &args : changed)
            byId.insert(args.first().value<StatusChange>().invitationId,
                        args.first().value<StatusChange>());
        QCOMPARE(byId.value(created.first().id).oldStatus, QStringLiteral("PENDING"));
        QCOMPARE(byId.value(created.first().id).newStatus, QStringLiteral("ACCEPTED"));
        QCOMPARE(byId.value(created.first().id).msisdn, QStringLiteral("+46701230001"));
        QCOMPARE(byId.value(created.last().id).newStatus, QStringLiteral("SOMETHING_NEW"));

        // Nothing changed on the server: nothing is reported again.
        tracker.refresh();
        QTRY_COMPARE(refreshed.count(), 3);
        QCOMPARE(changed.count(), 2);
    }

    void rememberedInvitations_areNotRediscovered_eventsReportOnce()
    {
        const QList<Invitation> created = create({QStringLiteral("+46701230003")});
        QCOMPARE(created.size(), 1);
        InvitationTracker tracker(&m_session);
        tracker.remember(created.first());
        QSignalSpy changed(&tracker, &InvitationTracker::statusChanged);
        tracker.applyEvent(created.first().id, QStringLiteral("ACCEPTED"), QDateTime());
        tracker.applyEvent(created.first().id, QStringLiteral("ACCEPTED"), QDateTime());
        QCOMPARE(changed.count(), 1);
        const StatusChange c = changed.first().first().value<StatusChange>();
        QCOMPARE(c.oldStatus, QStringLiteral("PENDING"));
        QCOMPARE(c.msisdn, QStringLiteral("+46701230003"));
        QVERIFY(c.at.isValid());
    }

    void refreshDuringRefresh_runsOnceMoreAfterwards()
    {
        InvitationTracker tracker(&m_session);
        QSignalSpy refreshed(&tracker, &InvitationTracker::refreshed);
        const int listedBefore = listRequests();
        tracker.refresh();
        tracker.refresh();
        tracker.refresh();
        QTRY_COMPARE(refreshed.count(), 2);
        // Nothing more under way, and the sandbox saw exactly the two reads.
        QVERIFY(!tracker.isRefreshing());
        QCOMPARE(listRequests() - listedBefore, 2);
        QCOMPARE(refreshed.count(), 2);
    }

    void heldTracker_refreshesOnceWhenReleased()
    {
        InvitationTracker tracker(&m_session);
        QSignalSpy refreshed(&tracker, &InvitationTracker::refreshed);
        const int listedBefore = listRequests();
        tracker.setHeld(true);
        tracker.refresh();
        tracker.refresh();
        QVERIFY(!tracker.isRefreshing());
        QCOMPARE(listRequests(), listedBefore); // nothing went out while held
        QCOMPARE(refreshed.count(), 0);
        tracker.setHeld(false);
        QTRY_COMPARE(refreshed.count(), 1);
        QVERIFY(!tracker.isRefreshing());
        QCOMPARE(listRequests() - listedBefore, 1);
        QCOMPARE(refreshed.count(), 1);
    }

    void refreshFailure_isReportedWithReason()
    {
        ApiClient client;
        pointAt(client, m_sandbox.baseUrl());
        AccessySession session(&client);
        session.setCredentials({SandboxProcess::defaultClientId(), QStringLiteral("wrong"), {}});
        InvitationTracker tracker(&session);
        QSignalSpy failed(&tracker, &InvitationTracker::refreshFailed);
        tracker.refresh();
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("401")));
    }

    void periodicRefresh_runsByItself()
    {
        InvitationTracker tracker(&m_session);
        tracker.setRefreshInterval(100);
        QSignalSpy refreshed(&tracker, &InvitationTracker::refreshed);
        tracker.startPeriodicRefresh();
        QTRY_VERIFY(refreshed.count() >= 2);
        tracker.stopPeriodicRefresh();
    }
};

QTEST_GUILESS_MAIN(TestInvitationTracker)
#include "tst_invitationtracker.moc"
