// A 2,000-number send through sending::SendController while the session token dies under it
// (every token revoked mid-send; tokens that live two seconds): the send finishes with every
// number invited exactly once — nothing lost, nothing doubled — checked against the sandbox's
// own ground truth.
#include "accessy/accessysession.h"
#include "models/invitationtablemodel.h"
#include "models/sendresultsfollower.h"
#include "sandboxprocess.h"
#include "sandboxsignin.h"
#include "sending/sendcontroller.h"
#include "sessiontestsupport.h"
#include "throwawayhome.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace accessy;

namespace {
constexpr int kNumbers = 2000;

// Each test sends its own numbers: the engine's history (shared by the tests of this run)
// rightly leaves out numbers that already have a pending invitation.
QList<sending::SendItem> numbers(int first)
{
    QList<sending::SendItem> items;
    for (int i = 0; i < kNumbers; ++i) {
        const QString msisdn = QStringLiteral("+4670%1").arg(first + i);
        items << sending::SendItem{-1, msisdn, QString(), msisdn};
    }
    return items;
}

// Every token issued so far dies, asynchronously, as an outside event would kill them.
void expireTokensAsync(QNetworkAccessManager &nam, const SandboxProcess &sandbox)
{
    QNetworkRequest request(
        sandbox.baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/expire-tokens"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, QByteArrayLiteral("{}"));
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}
} // namespace

class TestExpiringSend : public QObject
{
    Q_OBJECT

    // Sends everything and checks the ground truth; `midway` runs once a third is sent.
    void sendAll(SandboxProcess &sandbox, AccessySession &session, int firstNumber,
                 std::function<void()> midway, int batchSize = 50)
    {
        models::InvitationTableModel table;
        sending::SendController sender(&session);
        models::SendResultsFollower follower(&sender, &table);
        sending::SendOptions options;
        options.batchSize = batchSize;
        options.maxInFlight = 4;
        sender.setOptions(options);
        QSignalSpy finished(&sender, &sending::SendController::finished);
        bool fired = false;
        connect(&sender, &sending::SendController::progress, this, [&](int sent, int, int) {
            if (!fired && sent >= kNumbers / 3) {
                fired = true;
                midway();
            }
        });
        QVERIFY(sender.start(numbers(firstNumber), QStringLiteral("Welcome to the office")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 240000);
        QCOMPARE(finished.at(0).at(0).toInt(), kNumbers); // sent
        QCOMPARE(finished.at(0).at(1).toInt(), 0);        // failed
        QVERIFY(fired);

        const QJsonObject state = sandboxState(sandbox.baseUrl());
        QCOMPARE(state.value(QStringLiteral("invitationCount")).toInt(), kNumbers);
        const QJsonObject perNumber =
            state.value(QStringLiteral("invitationsPerMsisdn")).toObject();
        QCOMPARE(perNumber.size(), kNumbers);
        for (const sending::SendItem &item : numbers(firstNumber))
            QVERIFY2(perNumber.value(item.msisdn).toInt() == 1, qPrintable(item.msisdn));
    }

private Q_SLOTS:
    void tokensRevokedMidSend_everyNumberInvitedOnce()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--quiet")}));
        SandboxSession signedIn(sandbox.baseUrl());
        AccessySession &session = signedIn.session;
        QNetworkAccessManager nam;
        sendAll(sandbox, session, 1000000, [&] { expireTokensAsync(nam, sandbox); });
        const QJsonObject state = sandboxState(sandbox.baseUrl());
        QVERIFY(state.value(QStringLiteral("answered401")).toInt() >= 1);
        QVERIFY(state.value(QStringLiteral("tokensIssued")).toInt() >= 2);
    }

    void pastedTokenRevokedMidSend_adminPastesNewOne_everyNumberInvitedOnce()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--quiet")}));
        SandboxSession signedIn(sandbox.baseUrl());
        AccessySession &session = signedIn.session;
        session.setCredentials( // a pasted token instead of the client's credentials
            {QString(), QString(),
             tokenFromSandbox(sandbox.baseUrl(), SandboxProcess::defaultClientId(),
                              SandboxProcess::defaultClientSecret())});
        QNetworkAccessManager nam;
        int asked = 0;
        // The admin answers the request for a new token a moment later.
        connect(&session, &AccessySession::pastedTokenExpired, this, [&] {
            ++asked;
            QTimer::singleShot(200, &session, [&] {
                session.providePastedToken(tokenFromSandbox(sandbox.baseUrl(),
                                                            SandboxProcess::defaultClientId(),
                                                            SandboxProcess::defaultClientSecret()));
            });
        });
        sendAll(sandbox, session, 3000000, [&] { expireTokensAsync(nam, sandbox); });
        QCOMPARE(asked, 1);
    }

    void shortLivedTokens_renewedThroughoutTheSend()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--quiet"), QStringLiteral("--token-lifetime-ms"),
                               QStringLiteral("1500"), QStringLiteral("--latency-ms"),
                               QStringLiteral("100")}));
        SandboxSession signedIn(sandbox.baseUrl());
        AccessySession &session = signedIn.session;
        QSignalSpy renewed(&session, &AccessySession::tokenChanged);
        // 200 batches of 10, 4 at a time, 100 ms each: about 5 s, several token lives.
        sendAll(
            sandbox, session, 2000000, [] {}, 10);
        QVERIFY2(renewed.size() >= 2, "the send should outlive several tokens");
    }
};

int main(int argc, char **argv)
{
    // The sending engine keeps a history under the data folder: a throw-away HOME.
    QTemporaryDir home;
    useThrowAwayHome(home.path());
    QCoreApplication app(argc, argv);
    TestExpiringSend test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_expiringsend.moc"
