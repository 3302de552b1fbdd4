// The connection settings dialog, offscreen, against the real sandbox: defaults, Test
// connection (organization, roles, missing administrator role, refused secret, plain http),
// token expiry display, Save (profile without secret; no keychain here: told why), Sign out.
#include "connectiondialog.h"
#include "sandboxsignin.h"
#include "widgetlookup.h"

#include "accessy/accessysession.h"
#include "accessy/apiclient.h"
#include "connectionprofiles.h"
#include "sandboxprocess.h"
#include "settings/profilestore.h"

#include "testtable.h"
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ui;

namespace {
QString jwtWithExpiry(const QDateTime &expiry)
{
    const auto b64 = [](const QByteArray &b) {
        return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(
        b64("{\"alg\":\"none\"}") + '.' +
        b64("{\"exp\":" + QByteArray::number(expiry.toSecsSinceEpoch()) + "}") + '.' + b64("sig"));
}

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestConnectionProfiles m_connection;
    SandboxProcess m_sandbox;

    // Points the dialog's API address at `sandbox`, tests the connection and waits for the
    // answer: false when none came.
    static bool testConnectionTo(ConnectionDialog &dialog, const SandboxProcess &sandbox)
    {
        child<QLineEdit>(&dialog, "apiUrl")->setText(sandbox.baseUrl().toString());
        QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
        dialog.testConnection();
        return QTest::qWaitFor([&] { return tested.size() == 1; }, 15000);
    }
    void fillClientCredentials(ConnectionDialog &dialog, const QString &secret)
    {
        child<QLineEdit>(&dialog, "apiUrl")->setText(m_sandbox.baseUrl().toString());
        child<QRadioButton>(&dialog, "credentialsMode")->click();
        QLineEdit *id = child<QLineEdit>(&dialog, "clientId");
        id->clear();
        QTest::keyClicks(id, SandboxProcess::defaultClientId());
        QLineEdit *secretEdit = child<QLineEdit>(&dialog, "clientSecret");
        secretEdit->clear();
        QTest::keyClicks(secretEdit, secret);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY_STARTED(m_sandbox, {QStringLiteral("--quiet")});
    }
    void init() { m_connection.reset(m_dir.filePath(QStringLiteral("settings.ini"))); }

    void newProfile_showsDefaultsAndRecommendsPastedToken()
    {
        ConnectionDialog dialog(m_connection.profiles(), m_connection.keychain());
        QCOMPARE(child<QLineEdit>(&dialog, "apiUrl")->text(),
                 QStringLiteral("https://api.accessy.se"));
        QCOMPARE(child<QLineEdit>(&dialog, "eventsUrl")->text(),
                 QStringLiteral("wss://accessy.se/ws/app"));
        QRadioButton *token = child<QRadioButton>(&dialog, "tokenMode");
        QVERIFY(token->isChecked());
        QVERIFY(token->text().contains(QLatin1String("recommended")));
        QCOMPARE(child<QLineEdit>(&dialog, "token")->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QLineEdit>(&dialog, "clientSecret")->echoMode(), QLineEdit::Password);
    }

    void testConnection_showsOrganizationAndRoles()
    {
        ConnectionDialog dialog(m_connection.profiles(), m_connection.keychain());
        dialog.show();
        fillClientCredentials(dialog, SandboxProcess::defaultClientSecret());
        QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>(&dialog, "testConnection"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 15000);
        QVERIFY(tested.at(0).at(0).toBool());
        const QString result = dialog.testResult();
        QVERIFY2(result.contains(QLatin1String("5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47")),
                 qPrintable(result));
        QVERIFY2(result.contains(QLatin1String("ORGANIZATION_ADMINISTRATOR")), qPrintable(result));
        QVERIFY2(!result.contains(QLatin1String("Warning")), qPrintable(result));
        QVERIFY(child<QPushButton>(&dialog, "testConnection")->isEnabled());
    }

    void testConnection_withoutAdministratorRole_warns()
    {
        SandboxProcess userOnly;
        QVERIFY(userOnly.start({QStringLiteral("--quiet"), QStringLiteral("--roles"),
                                QStringLiteral("USER,ASSET_ADMINISTRATOR")}));
        ConnectionDialog dialog(m_connection.profiles(), m_connection.keychain());
        fillClientCredentials(dialog, SandboxProcess::defaultClientSecret());
        QVERIFY(testConnectionTo(dialog, userOnly));
        const QString result = dialog.testResult();
        QVERIFY2(result.contains(QLatin1String("USER, ASSET_ADMINISTRATOR")), qPrintable(result));
        QVERIFY2(result.contains(QLatin1String("lack the ORGANIZATION_ADMINISTRATOR role")),
                 qPrintable(result));
    }

    void testConnection_wrongSecret_showsTheRefusal()
    {
        ConnectionDialog dialog(m_connection.profiles(), m_connection.keychain());
        fillClientCredentials(dialog, QStringLiteral("not-the-secret"));
        QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 15000);
        QVERIFY(!tested.at(0).at(0).toBool());
        QVERIFY2(dialog.testResult().contains(QLatin1String("401")),
                 qPrintable(dialog.testResult()));
    }

    void testConnection_plainHttpToRemoteHost_refusedWithoutNetwork()
    {
        ConnectionDialog dialog(m_connection.profiles(), m_connection.keychain());
        fillClientCredentials(dialog, SandboxProcess::defaultClientSecret());
        child<QLineEdit>(&dialog, "apiUrl")->setText(QStringLiteral("http://api.accessy.se"));
        QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
        dialog.testConnection();
        QVERIFY2(dialog.testResult().contains(QLatin1String("not encrypted")),
                 qPrintable(dialog.testResult()));
        QCOMPARE(tested.size(), 0); // refused before any request
        // …and Save refuses too.
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(m_connection.profiles()->profileNames().isEmpty());
    }

    void pastedToken_expiryShownWhenKnown_data()
    {
        addColumns<QString, QString>("token", "expected");
        QTest::newRow("jwt in 3 hours")
            << jwtWithExpiry(QDateTime::currentDateTimeUtc().addSecs(3 * 3600 + 60)) << "in 3 hour";
        QTest::newRow("jwt in 5 days")
            << jwtWithExpiry(QDateTime::currentDateTimeUtc().addDays(5).addSecs(60)) << "in 5 day";
        QTest::newRow("expired jwt")
            << jwtWithExpiry(QDateTime::currentDateTimeUtc().addSecs(-90)) << "expired";
        QTest::newRow("opaque token") << "sbx.Opaque0123456789"
                                      << "Expiry unknown";
    }
    void pastedToken_expiryShownWhenKnown()
    {
        QFETCH(QString, token);
        QFETCH(QString, expected);
        ConnectionDialog dialog(m_connection.profiles(), m_connection.keychain());
        QTest::keyClicks(child<QLineEdit>(&dialog, "token"), token);
        QVERIFY2(dialog.tokenExpiryText().contains(expected), qPrintable(dialog.tokenExpiryText()));
        QCOMPARE(dialog.credentials().pastedToken, token);
        QVERIFY(dialog.credentials().clientSecret.isEmpty());
    }

    void pastedToken_testConnectionSignsIn()
    {
        ConnectionDialog dialog(m_connection.profiles(), m_connection.keychain());
        child<QLineEdit>(&dialog, "apiUrl")->setText(m_sandbox.baseUrl().toString());
        // A token obtained elsewhere: through a session with the client credentials.
        accessy::ApiClient client;
        accessy::ApiClientSettings s;
        s.baseUrl = m_sandbox.baseUrl();
        client.setSettings(s);
        std::optional<accessy::Result<accessy::SessionToken>> token;
        client.requestToken(SandboxProcess::defaultClientId(),
                            SandboxProcess::defaultClientSecret(), this,
                            [&token](const auto &t) { token.emplace(t); });
        QTRY_VERIFY(token.has_value());
        dialog.setPastedToken(token->value().accessToken);
        QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 15000);
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(dialog.testResult()));
    }

    void save_storesProfileButNoSecret_andSaysWhyWithoutKeychain()
    {
        // This test runs without a D-Bus session (see main): no keychain is available.
        const QString secret =
            QStringLiteral("dialog-secret-%1").arg(QDateTime::currentMSecsSinceEpoch());
        SandboxProcess ownSecret;
        QVERIFY(ownSecret.start(
            {QStringLiteral("--quiet"), QStringLiteral("--client-secret"), secret}));
        ConnectionDialog dialog(m_connection.profiles(), m_connection.keychain());
        fillClientCredentials(dialog, secret);
        child<QLineEdit>(&dialog, "apiUrl")->setText(ownSecret.baseUrl().toString());
        child<QLineEdit>(&dialog, "eventsUrl")->setText(QStringLiteral("ws://127.0.0.1:9/ws/app"));
        QSignalSpy problem(&dialog, &ConnectionDialog::keychainProblem);
        QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 15000);
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(dialog.testResult()));
        dialog.accept();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        QCOMPARE(problem.size(), 1);
        QVERIFY2(dialog.keychainNotice().contains(QLatin1String("this session only")),
                 qPrintable(dialog.keychainNotice()));
        QCOMPARE(dialog.credentials().clientSecret, secret); // usable for this run

        const settings::ConnectionProfile saved = m_connection.profiles()->current();
        QCOMPARE(saved.apiUrl, ownSecret.baseUrl());
        QCOMPARE(saved.eventsUrl, QUrl(QStringLiteral("ws://127.0.0.1:9/ws/app")));
        QCOMPARE(saved.mode, settings::SignInMode::ClientCredentials);
        QCOMPARE(saved.clientId, SandboxProcess::defaultClientId());
        QCOMPARE(saved.organizationId, QStringLiteral("5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47"));
        m_connection.ini()->sync();
        QFile file(m_connection.ini()->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(ini.contains("clientId"));
        QVERIFY2(!ini.contains(secret.toUtf8()), ini.constData());

        // Reopened: the profile comes back, the keychain problem is said again, no secret.
        ConnectionDialog again(m_connection.profiles(), m_connection.keychain());
        QCOMPARE(child<QLineEdit>(&again, "clientId")->text(), SandboxProcess::defaultClientId());
        QVERIFY(child<QRadioButton>(&again, "credentialsMode")->isChecked());
        // This run's store still holds the secret in memory, so the dialog gets it back.
        QTRY_COMPARE(child<QLineEdit>(&again, "clientSecret")->text(), secret);
        QVERIFY(again.testResult().contains(QLatin1String("Last connected")));
    }

    void profiles_switchLoadsSavedOne_newNameKeepsFields()
    {
        settings::ConnectionProfile office;
        office.name = QStringLiteral("office");
        office.apiUrl = QUrl(QStringLiteral("https://office.example.com"));
        office.mode = settings::SignInMode::ClientCredentials;
        office.clientId = QStringLiteral("office-client");
        m_connection.profiles()->save(office);
        ConnectionDialog dialog(m_connection.profiles(), m_connection.keychain());
        auto *combo = child<QComboBox>(&dialog, "profile");
        QCOMPARE(combo->findText(QStringLiteral("office")), 0);
        QCOMPARE(child<QLineEdit>(&dialog, "apiUrl")->text(),
                 QStringLiteral("https://api.accessy.se"));

        combo->setCurrentIndex(combo->findText(QStringLiteral("office")));
        Q_EMIT combo->textActivated(QStringLiteral("office"));
        QCOMPARE(child<QLineEdit>(&dialog, "apiUrl")->text(),
                 QStringLiteral("https://office.example.com"));
        QCOMPARE(child<QLineEdit>(&dialog, "clientId")->text(), QStringLiteral("office-client"));

        // A new name: the fields stay, Save stores them under it and makes it current.
        combo->setEditText(QStringLiteral("home"));
        Q_EMIT combo->textActivated(QStringLiteral("home"));
        QCOMPARE(child<QLineEdit>(&dialog, "clientId")->text(), QStringLiteral("office-client"));
        child<QRadioButton>(&dialog, "tokenMode")->click();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_connection.profiles()->currentProfileName(), QStringLiteral("home"));
        QCOMPARE(m_connection.profiles()->current().apiUrl,
                 QUrl(QStringLiteral("https://office.example.com")));
        QCOMPARE(m_connection.profiles()->current().mode, settings::SignInMode::PastedToken);
        QCOMPARE(m_connection.profiles()->load(QStringLiteral("office")), office); // untouched
    }

    void badCaFile_refusedWithTheReason()
    {
        ConnectionDialog dialog(m_connection.profiles(), m_connection.keychain());
        fillClientCredentials(dialog, SandboxProcess::defaultClientSecret());
        child<QLineEdit>(&dialog, "caFile")->setText(m_dir.filePath(QStringLiteral("missing.pem")));
        dialog.testConnection();
        QVERIFY2(dialog.testResult().contains(QLatin1String("does not exist")),
                 qPrintable(dialog.testResult()));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void signOut_forgetsTokenAndSecret()
    {
        ConnectionDialog dialog(m_connection.profiles(), m_connection.keychain());
        fillClientCredentials(dialog, QStringLiteral("to-be-forgotten-123"));
        dialog.setPastedToken(QStringLiteral("sbx.TokenToForget0123"));
        QSignalSpy signedOut(&dialog, &ConnectionDialog::signOutRequested);
        QTest::mouseClick(child<QPushButton>(&dialog, "signOut"), Qt::LeftButton);
        QCOMPARE(signedOut.size(), 1);
        QVERIFY(child<QLineEdit>(&dialog, "clientSecret")->text().isEmpty());
        QVERIFY(child<QLineEdit>(&dialog, "token")->text().isEmpty());
        QVERIFY(dialog.testResult().contains(QLatin1String("Signed out")));
        // The in-memory copy is gone too: a new dialog finds no secret.
        ConnectionDialog again(m_connection.profiles(), m_connection.keychain());
        again.setProfile(dialog.profile());
        // A read of our own, asked after the dialog's: once it answers (empty), so has the
        // dialog's.
        std::optional<QString> secret;
        m_connection.keychain()->read(dialog.profile().keychainAccount(), this,
                                      [&secret](const auto &outcome) { secret = outcome.secret; });
        QTRY_VERIFY(secret.has_value());
        QVERIFY(secret->isEmpty());
        QVERIFY(child<QLineEdit>(&again, "clientSecret")->text().isEmpty());
    }

    void caCertificateLabel_hasItsBuddy()
    {
        ConnectionDialog dialog(m_connection.profiles(), m_connection.keychain());
        QLabel *caLabel = nullptr;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1String("CA certificate")))
                caLabel = label;
        }
        QVERIFY(caLabel);
        // With a buddy the '&' marks Alt+C; without one it would be shown as it is.
        QCOMPARE(caLabel->buddy(), child<QLineEdit>(&dialog, "caFile"));
    }

    void withoutKeychain_doesNotPromiseIt()
    {
        bool answered = false;
        m_connection.keychain()->read(QStringLiteral("probe"), this,
                                      [&](const auto &) { answered = true; });
        QTRY_VERIFY(answered);
        QVERIFY(m_connection.keychain()->keychainUnavailable()); // no D-Bus session (see main)
        ConnectionDialog dialog(m_connection.profiles(), m_connection.keychain());
        const QString mode = child<QRadioButton>(&dialog, "credentialsMode")->text();
        QVERIFY2(!mode.contains(QLatin1String("kept in the system keychain")), qPrintable(mode));
        QVERIFY2(mode.contains(QLatin1String("session only")), qPrintable(mode));
    }

    void testConnection_failure_fieldsKeepTheirHeight()
    {
        ConnectionDialog dialog(m_connection.profiles(), m_connection.keychain());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillClientCredentials(dialog, QStringLiteral("wrong-secret"));
        QLineEdit *id = child<QLineEdit>(&dialog, "clientId");
        QLineEdit *secret = child<QLineEdit>(&dialog, "clientSecret");
        const int idHeight = id->height();
        QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 15000);
        QVERIFY(!tested.at(0).at(0).toBool());
        QTest::qWait(0); // let the layout settle
        QVERIFY2(id->height() >= id->minimumSizeHint().height() && id->height() >= idHeight,
                 qPrintable(QStringLiteral("%1 < %2").arg(id->height()).arg(idHeight)));
        QVERIFY(secret->height() >= secret->minimumSizeHint().height());
    }

    void testConnection_namesTheOrganization()
    {
        SandboxProcess named;
        QVERIFY(named.start({QStringLiteral("--quiet"), QStringLiteral("--org-name"),
                             QStringLiteral("Eken & Co")}));
        // Only invitations carry the name: give the organization one.
        accessy::ApiClient client;
        pointAt(client, named.baseUrl());
        accessy::AccessySession session(&client);
        session.setCredentials(sandboxCredentials());
        bool created = false;
        session.createInvitations({QStringLiteral("Hej"), {QStringLiteral("+46701119901")}, {}},
                                  this, [&](const auto &result) { created = result.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(created, 10000);

        ConnectionDialog dialog(m_connection.profiles(), m_connection.keychain());
        fillClientCredentials(dialog, SandboxProcess::defaultClientSecret());
        QVERIFY(testConnectionTo(dialog, named));
        QVERIFY2(dialog.testResult().contains(QLatin1String("Connected to Eken & Co.")),
                 qPrintable(dialog.testResult()));
        QVERIFY(!dialog.testResult().contains(QLatin1String("5a4d0b8e")));
        QCOMPARE(dialog.profile().organizationName, QStringLiteral("Eken & Co"));
    }
};

int main(int argc, char **argv)
{
    // No D-Bus session: the keychain is unavailable, as on a machine without one.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    QApplication app(argc, argv);
    TestConnectionDialog test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_connectiondialog.moc"
