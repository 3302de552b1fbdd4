// The session token's life against the real sandbox: renewed before it runs out (a timer, not
// only on demand), one new token and one retry after a 401, a pasted token that expires makes
// the session ask the admin and hold the requests until a new token comes (or the admin
// cancels), and the organization's name from an invitation answer.
#include "accessy/accessysession.h"
#include "sandboxprocess.h"
#include "sandboxsignin.h"
#include "sessiontestsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace accessy;

namespace {
QString jwtWithExpiry(const QDateTime &expiry)
{
    const auto b64 = [](const QByteArray &b) {
        return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray payload =
        "{\"sub\":\"admin\",\"exp\":" + QByteArray::number(expiry.toSecsSinceEpoch()) + "}";
    return QString::fromLatin1(b64("{\"alg\":\"HS256\"}") + '.' + b64(payload) + '.' +
                               b64("signature-bytes"));
}

CreateInvitationsRequest invite(const QStringList &numbers)
{
    return {QStringLiteral("Welcome"), numbers, {}};
}
} // namespace

class TestTokenLifecycle : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    ApiClient m_client;

    bool startSandbox(const QStringList &extra = {})
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        if (!m_sandbox->start(QStringList{QStringLiteral("--quiet")} + extra))
            return false;
        ApiClientSettings settings;
        settings.baseUrl = m_sandbox->baseUrl();
        settings.transferTimeoutMs = 10000;
        m_client.setSettings(settings);
        return true;
    }
    int state(const char *key)
    {
        return sandboxState(m_sandbox->baseUrl()).value(QLatin1String(key)).toInt();
    }
    // Signs `session` in and waits (as long as QTRY_VERIFY would); true once it is signed in.
    bool signIn(AccessySession &session)
    {
        Answer<Membership> signedIn;
        session.signIn(this, signedIn.callback());
        return QTest::qWaitFor([&] { return signedIn.result.has_value(); }, 5000) &&
               signedIn.result->ok();
    }
    // Every token issued so far dies, as the server's own expiry would kill it.
    // Signs in on a token the admin pasted (no client id or secret).
    bool signInOnPastedToken(AccessySession &session)
    {
        session.setCredentials({QString(), QString(), freshToken()});
        return signIn(session);
    }
    void expireTokens()
    {
        controlCall(m_sandbox->baseUrl(), "POST", QStringLiteral("/_sandbox/expire-tokens"));
    }
    QString freshToken()
    {
        return tokenFromSandbox(m_sandbox->baseUrl(), SandboxProcess::defaultClientId(),
                                SandboxProcess::defaultClientSecret());
    }

private Q_SLOTS:
    void clientCredentials_tokenRenewedBeforeExpiryWithoutAnyRequest()
    {
        // 3 s tokens: the session renews a fifth of the life (at most 10 s) before the expiry,
        // i.e. after about 2.4 s — by its timer, with no request pending.
        QVERIFY(startSandbox({QStringLiteral("--token-lifetime-ms"), QStringLiteral("3000")}));
        AccessySession session(&m_client);
        session.setCredentials(sandboxCredentials());
        QSignalSpy renewed(&session, &AccessySession::tokenChanged);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> renewedAt;
        connect(&session, &AccessySession::tokenChanged, this,
                [&] { renewedAt.append(clock.elapsed()); });
        Answer<Membership> signedIn;
        const QDateTime askedAt = QDateTime::currentDateTimeUtc();
        session.signIn(this, signedIn.callback());
        QTRY_VERIFY(signedIn.result.has_value());
        QVERIFY(signedIn.result->ok());
        QCOMPARE(renewed.size(), 1);
        const QDateTime firstExpiry = session.tokenExpiresAt();
        QVERIFY(firstExpiry.isValid());
        // About 3 s after the token came, which was between asking and now (however long the
        // sign-in took on a busy machine).
        QVERIFY2(firstExpiry >= askedAt.addMSecs(3000 - 1000) &&
                     firstExpiry <= QDateTime::currentDateTimeUtc().addMSecs(3000 + 1000),
                 qPrintable(firstExpiry.toString(Qt::ISODateWithMs)));
        QCOMPARE(state("tokensIssued"), 1);

        QTRY_VERIFY_WITH_TIMEOUT(renewed.size() >= 2, 10000);
        // Not renewed the moment it arrived: at least 1.5 s of its 3 s went by (a busy
        // machine can only make that longer).
        QVERIFY2(renewedAt.at(1) - renewedAt.at(0) >= 1500,
                 qPrintable(QString::number(renewedAt.at(1) - renewedAt.at(0))));
        QVERIFY(session.tokenExpiresAt() > firstExpiry);
        QCOMPARE(state("tokensIssued"), 2);
        // Still signed in, and the next call uses the new token without fetching another.
        Answer<QList<Invitation>> list;
        session.listInvitations(this, list.callback());
        QTRY_VERIFY(list.result.has_value());
        QVERIFY(list.result->ok());
        QCOMPARE(state("tokensIssued"), 2);
        QCOMPARE(state("answered401"), 0);
    }

    void clientCredentials_401GetsOneNewTokenAndOneRetry()
    {
        QVERIFY(startSandbox());
        AccessySession session(&m_client);
        session.setCredentials(sandboxCredentials());
        QVERIFY(signIn(session));
        expireTokens();
        Answer<QList<Invitation>> sent;
        session.createInvitations(invite({QStringLiteral("+46701234567")}), this, sent.callback());
        QTRY_VERIFY_WITH_TIMEOUT(sent.result.has_value(), 10000);
        QVERIFY2(sent.result->ok(), qPrintable(sent.result->error().userMessage()));
        QCOMPARE(state("tokensIssued"), 2);
        QCOMPARE(state("invitationCount"), 1);
        QCOMPARE(state("answered401"), 1);
    }

    void pastedTokenExpires_requestWaitsForNewTokenThenGoesOnce()
    {
        QVERIFY(startSandbox());
        AccessySession session(&m_client);
        QSignalSpy asked(&session, &AccessySession::pastedTokenExpired);
        QVERIFY(signInOnPastedToken(session));
        QVERIFY(!session.tokenExpiresAt().isValid()); // an opaque token: expiry unknown

        expireTokens();
        Answer<QList<Invitation>> sent;
        session.createInvitations(
            invite({QStringLiteral("+46701234567"), QStringLiteral("+46701234568")}), this,
            sent.callback());
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
        QCOMPARE(session.waitingCount(), 1);
        // The sandbox saw the one refused attempt and nothing after it (this round trip also
        // gives a wrong retry the time to go out).
        QCOMPARE(state("answered401"), 1);
        QCOMPARE(state("invitationRequests"), 1);
        QVERIFY(!sent.result.has_value()); // held, not failed
        QCOMPARE(asked.size(), 1);         // asked once

        session.providePastedToken(freshToken());
        QTRY_VERIFY_WITH_TIMEOUT(sent.result.has_value(), 10000);
        QVERIFY2(sent.result->ok(), qPrintable(sent.result->error().userMessage()));
        QCOMPARE(sent.result->value().size(), 2);
        QCOMPARE(state("invitationCount"), 2); // nothing lost, nothing doubled
        QCOMPARE(state("answered401"), 1);
        QCOMPARE(session.waitingCount(), 0);
    }

    void pastedTokenDeadAtSignIn_signInWaitsForNewToken()
    {
        QVERIFY(startSandbox());
        AccessySession session(&m_client);
        QSignalSpy asked(&session, &AccessySession::pastedTokenExpired);
        session.setCredentials({QString(), QString(), freshToken()});
        expireTokens();
        Answer<Membership> signedIn;
        session.signIn(this, signedIn.callback());
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
        QVERIFY(!signedIn.result.has_value());
        session.providePastedToken(freshToken());
        QTRY_VERIFY_WITH_TIMEOUT(signedIn.result.has_value(), 10000);
        QVERIFY2(signedIn.result->ok(), qPrintable(signedIn.result->error().userMessage()));
        QVERIFY(session.isSignedIn());
    }

    void pastedTokenExpires_adminCancels_requestsFailClearly()
    {
        QVERIFY(startSandbox());
        AccessySession session(&m_client);
        QSignalSpy asked(&session, &AccessySession::pastedTokenExpired);
        QVERIFY(signInOnPastedToken(session));
        expireTokens();
        Answer<QList<Invitation>> first;
        Answer<QList<Invitation>> second;
        session.listInvitations(this, first.callback());
        session.createInvitations(invite({QStringLiteral("+46701234567")}), this,
                                  second.callback());
        QTRY_VERIFY_WITH_TIMEOUT(session.waitingCount() == 2, 10000);
        QCOMPARE(asked.size(), 1);
        session.cancelWaiting();
        QTRY_VERIFY(first.result.has_value() && second.result.has_value());
        QVERIFY(!first.result->ok());
        QVERIFY(!second.result->ok());
        QVERIFY2(second.result->error().userMessage().contains(QLatin1String("cancelled")),
                 qPrintable(second.result->error().userMessage()));
        QCOMPARE(state("invitationCount"), 0);
    }

    void pastedTokenWithoutReceiver_failsAtOnceWith401()
    {
        // Nobody listens for pastedTokenExpired(): nothing may wait forever.
        QVERIFY(startSandbox());
        AccessySession session(&m_client);
        QVERIFY(signInOnPastedToken(session));
        expireTokens();
        Answer<QList<Invitation>> list;
        session.listInvitations(this, list.callback());
        QTRY_VERIFY_WITH_TIMEOUT(list.result.has_value(), 10000);
        QCOMPARE(list.result->error().httpStatus, 401);
        Answer<QList<Invitation>> again;
        session.listInvitations(this, again.callback());
        QTRY_VERIFY(again.result.has_value());
        QVERIFY2(again.result->error().userMessage().contains(QLatin1String("paste a new one")),
                 qPrintable(again.result->error().userMessage()));
    }

    void signOut_forgetsPastedTokenAndCredentials()
    {
        QVERIFY(startSandbox());
        AccessySession session(&m_client);
        QVERIFY(signInOnPastedToken(session));
        QVERIFY(session.isSignedIn());
        session.signOut();
        QVERIFY(!session.isSignedIn());
        QVERIFY(session.credentials().pastedToken.isEmpty());
        QVERIFY(!session.credentials().isComplete());
        Answer<QList<Invitation>> list;
        session.listInvitations(this, list.callback());
        QTRY_VERIFY(list.result.has_value());
        QCOMPARE(list.result->error().kind, ApiError::Kind::Configuration);
        QCOMPARE(state("listRequests"), 0); // nothing went out after signing out
    }

    void pastedJwt_expiryShownAndAdminAskedBeforeItRunsOut()
    {
        AccessySession session(&m_client);
        QSignalSpy asked(&session, &AccessySession::pastedTokenExpired);
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(4);
        session.setCredentials({QString(), QString(), jwtWithExpiry(expiry)});
        QCOMPARE(session.tokenExpiresAt().toSecsSinceEpoch(), expiry.toSecsSinceEpoch());
        // Asked shortly before the expiry, by the timer, with no request made: not at once.
        QElapsedTimer clock;
        clock.start();
        qint64 askedAfter = -1;
        connect(&session, &AccessySession::pastedTokenExpired, this,
                [&] { askedAfter = clock.elapsed(); });
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 5000);
        QVERIFY2(askedAfter >= 1000, qPrintable(QString::number(askedAfter)));
        QVERIFY(QDateTime::currentDateTimeUtc() < expiry);
    }

    void pastedJwtAlreadyExpired_adminAskedAtOnce()
    {
        QVERIFY(startSandbox()); // its counters show that nothing goes out
        AccessySession session(&m_client);
        QSignalSpy asked(&session, &AccessySession::pastedTokenExpired);
        session.setCredentials(
            {QString(), QString(), jwtWithExpiry(QDateTime::currentDateTimeUtc().addSecs(-60))});
        QVERIFY(session.tokenExpiresAt() < QDateTime::currentDateTimeUtc().addSecs(-59));
        QTRY_COMPARE(asked.size(), 1);
        // A request now waits for the new token instead of going out with the dead one.
        Answer<QList<Invitation>> list;
        session.listInvitations(this, list.callback());
        QCOMPARE(state("listRequests"), 0); // a round trip to the sandbox: nothing went out
        QVERIFY(!list.result.has_value());
        QCOMPARE(session.waitingCount(), 1);
        QCOMPARE(asked.size(), 1);
        session.cancelWaiting();
        QTRY_VERIFY(list.result.has_value());
    }

    void invitationAnswer_namesTheOrganization()
    {
        QVERIFY(startSandbox({QStringLiteral("--org-name"), QStringLiteral("Creds Makerspace")}));
        AccessySession session(&m_client);
        session.setCredentials(sandboxCredentials());
        QSignalSpy named(&session, &AccessySession::organizationNameKnown);
        Answer<QList<Invitation>> sent;
        session.createInvitations(invite({QStringLiteral("+46701234567")}), this, sent.callback());
        QTRY_VERIFY(sent.result.has_value());
        QCOMPARE(named.size(), 1);
        QCOMPARE(named.at(0).at(0).toString(), session.organizationId());
        QCOMPARE(named.at(0).at(1).toString(), QStringLiteral("Creds Makerspace"));
        QCOMPARE(session.organizationName(), QStringLiteral("Creds Makerspace"));
        // The same name again is not news.
        Answer<QList<Invitation>> list;
        session.listInvitations(this, list.callback());
        QTRY_VERIFY(list.result.has_value());
        QCOMPARE(named.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTokenLifecycle)
#include "tst_tokenlifecycle.moc"
