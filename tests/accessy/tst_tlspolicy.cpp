// Transport security: no secret in clear text to another machine, TLS problems named, and an
// extra CA file that makes a self-signed HTTPS sandbox acceptable.
#include "accessy/accessysession.h"
#include "accessy/apiclient.h"
#include "accessy/tlspolicy.h"
#include "sandboxprocess.h"
#include "sandboxsignin.h"

#include "testtable.h"
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace accessy;

class TestTlsPolicy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;

    // A self-signed certificate for 127.0.0.1/localhost, made with the openssl command.
    bool makeCertificate(const QString &cn, QString *cert, QString *key)
    {
        *cert = m_dir.filePath(cn + QStringLiteral("-cert.pem"));
        *key = m_dir.filePath(cn + QStringLiteral("-key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), *key, QStringLiteral("-out"), *cert,
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=%1/O=Creds Test").arg(cn), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
        return openssl.waitForFinished(60000) && openssl.exitCode() == 0 && QFile::exists(*cert);
    }

    // Signs in through the session; returns the error (Kind::None on success).
    ApiError signIn(const ApiClientSettings &settings)
    {
        ApiClient client;
        client.setSettings(settings);
        AccessySession session(&client);
        session.setCredentials(sandboxCredentials());
        std::optional<Result<Membership>> answer;
        session.signIn(this, [&answer](const Result<Membership> &r) { answer.emplace(r); });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        }();
        if (!answer)
            return ApiError::configuration(QStringLiteral("test"), QStringLiteral("no answer"));
        return answer->ok() ? ApiError() : answer->error();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
                 "the openssl command is needed to make the test certificate");
        QVERIFY(makeCertificate(QStringLiteral("creds-sandbox"), &m_cert, &m_key));
    }

    void transportProblem_data()
    {
        addColumns<QString, bool>("url", "allowed");
        QTest::newRow("https remote") << "https://api.accessy.se" << true;
        QTest::newRow("wss remote") << "wss://accessy.se/ws/app" << true;
        QTest::newRow("http remote") << "http://api.accessy.se" << false;
        QTest::newRow("ws remote") << "ws://accessy.se/ws/app" << false;
        QTest::newRow("http LAN address") << "http://192.168.1.10:8080" << false;
        QTest::newRow("http loopback lookalike") << "http://127.0.0.1.example.com" << false;
        QTest::newRow("http localhost") << "http://localhost:8080" << true;
        QTest::newRow("http LOCALHOST") << "http://LOCALHOST:8080" << true;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/api" << true;
        QTest::newRow("http 127.9.8.7") << "http://127.9.8.7" << true;
        QTest::newRow("http ::1") << "http://[::1]:8080" << true;
        QTest::newRow("ws loopback") << "ws://127.0.0.1:9/ws/app" << true;
        QTest::newRow("ftp") << "ftp://api.accessy.se" << false;
        QTest::newRow("no host") << "https://" << false;
    }
    void transportProblem()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QString problem = tls::transportProblem(QUrl(url), QStringLiteral("API address"));
        QCOMPARE(problem.isEmpty(), allowed);
        if (!allowed)
            QVERIFY2(problem.contains(QLatin1String("API address")), qPrintable(problem));
    }

    void plainHttpToRemoteHost_refusedBeforeSending()
    {
        ApiClient client;
        ApiClientSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://api.accessy.se"));
        client.setSettings(settings);
        std::optional<Result<SessionToken>> answer;
        client.requestToken(QStringLiteral("id"), QStringLiteral("secret"), this,
                            [&answer](const Result<SessionToken> &r) { answer.emplace(r); });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, ApiError::Kind::Configuration);
        QVERIFY(!answer->error().requestWasSent);
        const QString message = answer->error().userMessage();
        QVERIFY2(message.contains(QLatin1String("http://api.accessy.se")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("https://")), qPrintable(message));
    }

    void selfSignedSandbox_refusedUntilCaConfigured()
    {
        SandboxProcess sandbox;
        QVERIFY_STARTED(sandbox, {QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"),
                                  m_key, QStringLiteral("--quiet")});
        QCOMPARE(sandbox.baseUrl().scheme(), QStringLiteral("https"));

        ApiClientSettings settings;
        settings.baseUrl = sandbox.baseUrl();
        settings.transferTimeoutMs = 15000;
        const ApiError refused = signIn(settings);
        QCOMPARE(refused.kind, ApiError::Kind::Network);
        QCOMPARE(refused.networkError, QNetworkReply::SslHandshakeFailedError);
        const QString message = refused.userMessage();
        // Which certificate (subject and issuer) and why.
        QVERIFY2(message.contains(QLatin1String("certificate \"creds-sandbox\" issued by "
                                                "\"creds-sandbox\"")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
                 qPrintable(message));

        const auto ca = tls::loadCaCertificates(m_cert);
        QVERIFY2(ca.ok(), qPrintable(ca.error().userMessage()));
        settings.extraCaCertificates = ca.value();
        const ApiError accepted = signIn(settings);
        QVERIFY2(!accepted.isError(), qPrintable(accepted.userMessage()));
    }

    void otherCaConfigured_stillRefused()
    {
        QString otherCert, otherKey;
        QVERIFY(makeCertificate(QStringLiteral("unrelated-ca"), &otherCert, &otherKey));
        SandboxProcess sandbox;
        QVERIFY_STARTED(sandbox, {QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"),
                                  m_key, QStringLiteral("--quiet")});
        ApiClientSettings settings;
        settings.baseUrl = sandbox.baseUrl();
        settings.extraCaCertificates = tls::loadCaCertificates(otherCert).value();
        const ApiError refused = signIn(settings);
        QCOMPARE(refused.networkError, QNetworkReply::SslHandshakeFailedError);
    }

    void loadCaCertificates_badFiles_data()
    {
        // content: empty = no file at all
        addColumns<QByteArray, QString>("content", "expected");
        QTest::newRow("missing") << QByteArray() << "does not exist";
        QTest::newRow("garbage") << QByteArray("hello, not a certificate\n")
                                 << "holds no PEM certificate";
        QTest::newRow("truncated pem")
            << QByteArray("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
            << "holds no PEM certificate";
    }
    void loadCaCertificates_badFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".pem"));
        if (!content.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const auto result = tls::loadCaCertificates(path);
        QVERIFY(!result.ok());
        const QString message = result.error().userMessage();
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.contains(path), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestTlsPolicy)
#include "tst_tlspolicy.moc"
