// Secrets are masked by the logging itself: whatever a log line holds, no token leaves.
#include "accessy/logredaction.h"
#include "accessy/tokeninfo.h"

#include "testtable.h"
#include <QLoggingCategory>
#include <QTest>

Q_LOGGING_CATEGORY(lcTest, "accessy.test")

namespace {
QStringList g_printed;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_printed << message;
}
} // namespace

class TestLogRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The redacting handler forwards to whatever was installed before it: our capture.
        qInstallMessageHandler(capture);
        accessy::logging::installRedactingMessageHandler();
        QLoggingCategory::setFilterRules(QStringLiteral("accessy.*=true"));
    }

    void redact_masksSecrets_data()
    {
        addColumns<QString, QString>("line", "secret");
        QTest::newRow("bearer header") << "Authorization: Bearer sbx.AbCdEf0123456789_-xyz"
                                       << "sbx.AbCdEf0123456789_-xyz";
        QTest::newRow("qdebug quoted bearer")
            << "request with Authorization: Bearer \"sbx.QuotedToken0123456789\""
            << "sbx.QuotedToken0123456789";
        QTest::newRow("bearer lower case") << "sent with bearer QWERTY12345678 to /org"
                                           << "QWERTY12345678";
        QTest::newRow("authorization without scheme") << "authorization=zx81spectrum99 next"
                                                      << "zx81spectrum99";
        QTest::newRow("json access_token")
            << "{\"access_token\": \"tok-9f8e7d6c5b4a\", \"token_type\": \"Bearer\"}"
            << "tok-9f8e7d6c5b4a";
        QTest::newRow("escaped json (QDebug of a QByteArray)")
            << "\"{\\\"access_token\\\":\\\"tok-escaped-123456\\\",\\\"expires_in\\\":\\\"1\\\"}\""
            << "tok-escaped-123456";
        QTest::newRow("json client_secret")
            << "{\"client_id\":\"abc\",\"client_secret\":\"s3cr3t-Value!\",\"grant_type\":\"x\"}"
            << "s3cr3t-Value!";
        QTest::newRow("form client_secret") << "client_id=abc&client_secret=formSecret42&x=1"
                                            << "formSecret42";
        QTest::newRow("jwt anywhere")
            << "token eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE3MDAwMDAwMDB9.c2lnbmF0dXJlLXh5eg was used"
            << "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE3MDAwMDAwMDB9.c2lnbmF0dXJlLXh5eg";
    }
    void redact_masksSecrets()
    {
        QFETCH(QString, line);
        QFETCH(QString, secret);
        const QString clean = accessy::logging::redact(line);
        QVERIFY2(!clean.contains(secret), qPrintable(clean));
        QVERIFY2(clean.contains(QLatin1String("***")), qPrintable(clean));
    }

    void redact_keepsHarmlessText_data()
    {
        addColumns<QString>("line");
        QTest::newRow("path") << "GET /org/admin/organization/5a4d/invitation failed: 2 401";
        QTest::newRow("token_type")
            << "{\"token_type\": \"Bearer\", \"expires_in\": \"604800000\"}";
        QTest::newRow("numbers") << "+46701234567 invited";
    }
    void redact_keepsHarmlessText()
    {
        QFETCH(QString, line);
        QCOMPARE(accessy::logging::redact(line), line);
    }

    void registeredSecret_maskedInAnyContext()
    {
        const QString secret =
            QStringLiteral("plain-words-secret-%1").arg(QTime::currentTime().msec());
        QVERIFY(!accessy::logging::redact(QStringLiteral("x ") + secret)
                     .contains(QLatin1String("***")));
        accessy::logging::registerSecret(secret);
        const QString clean = accessy::logging::redact(QStringLiteral("weird: [") + secret + "]");
        QCOMPARE(clean, QStringLiteral("weird: [***]"));
    }

    void messageHandler_redactsEveryCategoryAndRecordsProblems()
    {
        g_printed.clear();
        const QString token = QStringLiteral("sbx.HandlerToken0123456789abcdef");
        qCInfo(lcTest) << "request with Authorization: Bearer" << token;
        qWarning("server said {\"client_secret\":\"warn-secret-777\"}");
        qDebug() << QByteArray("{\"access_token\":\"debug-token-888\"}");
        QCOMPARE(g_printed.size(), 3);
        const QString all = g_printed.join(QLatin1Char('\n'));
        QVERIFY2(!all.contains(token), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("warn-secret-777")), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("debug-token-888")), qPrintable(all));
        const QString problems = accessy::logging::recentProblems().join(QLatin1Char('\n'));
        QVERIFY(problems.contains(QLatin1String("accessy.test")));
        QVERIFY(problems.contains(QLatin1String("server said")));
        QVERIFY(!problems.contains(QLatin1String("warn-secret-777")));
        QVERIFY(!problems.contains(token));
    }

    void jwtExpiry_data()
    {
        // expected: seconds, -1 = unknown
        addColumns<QString, qint64>("token", "expected");
        const auto jwt = [](const QByteArray &payload) {
            const auto b64 = [](const QByteArray &b) {
                return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            };
            return QString::fromLatin1(b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + '.' +
                                       b64(payload) + '.' + b64("signature"));
        };
        QTest::newRow("exp claim")
            << jwt("{\"sub\":\"x\",\"exp\":1893456000}") << qint64(1893456000);
        QTest::newRow("no exp") << jwt("{\"sub\":\"x\"}") << qint64(-1);
        QTest::newRow("exp as text") << jwt("{\"exp\":\"1893456000\"}") << qint64(-1);
        QTest::newRow("payload not json") << jwt("not json") << qint64(-1);
        QTest::newRow("opaque sandbox token")
            << "sbx.AbCdEf0123456789AbCdEf0123456789" << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("bad base64") << "a.%%%%.c" << qint64(-1);
    }
    void jwtExpiry()
    {
        QFETCH(QString, token);
        QFETCH(qint64, expected);
        const QDateTime expiry = accessy::jwtExpiry(token);
        if (expected < 0) {
            QVERIFY(!expiry.isValid());
        } else {
            QVERIFY(expiry.isValid());
            QCOMPARE(expiry.toSecsSinceEpoch(), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "tst_logredaction.moc"
