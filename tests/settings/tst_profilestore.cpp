// Connection profiles in QSettings: defaults, round trip, several profiles, the organization
// remembered, the access-group choice per organization — and never a secret or token.
#include "settings/diagnosticsreport.h"
#include "settings/profilestore.h"

#include "accessy/logredaction.h"

#include "testtable.h"
#include <QTemporaryDir>
#include <QTest>

using namespace settings;

class TestProfileStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_ini;

    QSettings *freshSettings()
    {
        m_ini = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("p.ini")),
                                            QSettings::IniFormat);
        return m_ini.get();
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("p.ini")));
        freshSettings();
    }

    void unknownProfile_hasDocumentedDefaults()
    {
        ProfileStore store(m_ini.get());
        const ConnectionProfile p = store.current();
        QCOMPARE(p.name, QStringLiteral("default"));
        QCOMPARE(p.apiUrl, QUrl(QStringLiteral("https://api.accessy.se")));
        QCOMPARE(p.eventsUrl, QUrl(QStringLiteral("wss://accessy.se/ws/app")));
        QCOMPARE(p.mode, SignInMode::PastedToken);
        QVERIFY(p.clientId.isEmpty());
        QVERIFY(store.profileNames().isEmpty());
    }

    void saveAndLoad_roundTripsEveryFieldAcrossRuns()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("Office / Stockholm");
        p.apiUrl = QUrl(QStringLiteral("https://proxy.example.com/accessy"));
        p.eventsUrl = QUrl(QStringLiteral("wss://events.example.com/ws/app"));
        p.mode = SignInMode::ClientCredentials;
        p.clientId = QStringLiteral("client-123");
        p.caCertificateFile = QStringLiteral("/etc/ssl/company-ca.pem");
        p.organizationId = QStringLiteral("org-1");
        p.organizationName = QStringLiteral("Makerspace Åre");
        {
            ProfileStore store(m_ini.get());
            store.save(p);
            store.setCurrentProfileName(p.name);
            store.sync();
        }
        ProfileStore next(freshSettings()); // a new QSettings: read back from the file
        QCOMPARE(next.profileNames(), QStringList{p.name});
        QCOMPARE(next.currentProfileName(), p.name);
        QCOMPARE(next.current(), p);
        QCOMPARE(next.current().keychainAccount(), QStringLiteral("Office / Stockholm/client-123"));
    }

    void rememberOrganization_keepsNameUntilAnotherOrganization()
    {
        ProfileStore store(m_ini.get());
        store.rememberOrganization(QStringLiteral("default"), QStringLiteral("org-1"), QString());
        store.rememberOrganization(QStringLiteral("default"), QString(), QStringLiteral("First"));
        QCOMPARE(store.current().organizationName, QStringLiteral("First"));
        store.rememberOrganization(QStringLiteral("default"), QStringLiteral("org-1"), QString());
        QCOMPARE(store.current().organizationName, QStringLiteral("First"));
        store.rememberOrganization(QStringLiteral("default"), QStringLiteral("org-2"), QString());
        QCOMPARE(store.current().organizationId, QStringLiteral("org-2"));
        QVERIFY(store.current().organizationName.isEmpty()); // not org-2's name
    }

    void accessGroupChoice_rememberedPerOrganization()
    {
        {
            ProfileStore store(m_ini.get());
            store.setAccessGroupSelection(QStringLiteral("org/1"),
                                          {QStringLiteral("g1"), QStringLiteral("g2")});
            store.setAccessGroupSelection(QStringLiteral("org-2"), {QStringLiteral("g9")});
            store.setAccessGroupSelection(QString(), {QStringLiteral("ignored")});
            store.sync();
        }
        ProfileStore next(freshSettings());
        QCOMPARE(next.accessGroupSelection(QStringLiteral("org/1")),
                 (QStringList{QStringLiteral("g1"), QStringLiteral("g2")}));
        QCOMPARE(next.accessGroupSelection(QStringLiteral("org-2")),
                 QStringList{QStringLiteral("g9")});
        QVERIFY(next.accessGroupSelection(QStringLiteral("org-3")).isEmpty());
        QVERIFY(next.accessGroupSelection(QString()).isEmpty());
    }

    void clientSettingsFor_checksAddressesAndCaFile_data()
    {
        // problem: empty = fine
        addColumns<QString, QString, QString, QString>("api", "events", "ca", "problem");
        const auto row = [](const char *name, const char *api, const char *events, const char *ca,
                            const char *problem) {
            QTest::newRow(name) << QString::fromUtf8(api) << QString::fromUtf8(events)
                                << QString::fromUtf8(ca) << QString::fromUtf8(problem);
        };
        row("defaults", "https://api.accessy.se", "wss://accessy.se/ws/app", "", "");
        row("loopback sandbox", "http://127.0.0.1:8080", "ws://127.0.0.1:8081/ws/app", "", "");
        row("http api", "http://api.accessy.se", "wss://accessy.se/ws/app", "", "not encrypted");
        row("ws events", "https://api.accessy.se", "ws://accessy.se/ws/app", "", "events address");
        row("missing ca", "https://api.accessy.se", "wss://accessy.se/ws/app",
            "/nonexistent/ca.pem", "does not exist");
    }
    void clientSettingsFor_checksAddressesAndCaFile()
    {
        QFETCH(QString, api);
        QFETCH(QString, events);
        QFETCH(QString, ca);
        QFETCH(QString, problem);
        ConnectionProfile p;
        p.apiUrl = QUrl(api);
        p.eventsUrl = QUrl(events);
        p.caCertificateFile = ca;
        const auto settings = clientSettingsFor(p);
        QCOMPARE(settings.ok(), problem.isEmpty());
        if (settings.ok())
            QCOMPARE(settings.value().baseUrl, QUrl(api));
        else
            QVERIFY2(settings.error().userMessage().contains(problem),
                     qPrintable(settings.error().userMessage()));
    }

    void diagnostics_haveVersionsAndSettingsButNoSecrets()
    {
        const QString secret =
            QStringLiteral("diag-secret-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const QString token =
            QStringLiteral("sbx.DiagToken%1").arg(QDateTime::currentMSecsSinceEpoch());
        accessy::logging::registerSecret(secret);
        accessy::logging::registerSecret(token);
        DiagnosticsInput in;
        in.profile.apiUrl = QUrl(QStringLiteral("https://user:pw@proxy.example.com"));
        in.profile.mode = SignInMode::ClientCredentials;
        in.profile.clientId = QStringLiteral("abcdefghijklmnop");
        in.profile.organizationId = QStringLiteral("org-1");
        in.profile.organizationName = QStringLiteral("Makerspace");
        in.roles = {QStringLiteral("USER")};
        in.lastErrors = {QStringLiteral("Could not sign in: refused (secret was ") + secret + ')',
                         QStringLiteral("Authorization: Bearer ") + token};
        in.extraLines = {QStringLiteral("Pasted: ") + token};
        const QString text = buildDiagnostics(in);
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QLatin1String("proxy.example.com")));
        QVERIFY(text.contains(QLatin1String("Makerspace")));
        QVERIFY(text.contains(QLatin1String("client-credentials")));
        QVERIFY(text.contains(QLatin1String("abcdefgh")));
        QVERIFY(!text.contains(QLatin1String("abcdefghijklmnop"))); // shortened
        QVERIFY2(!text.contains(QLatin1String("user:pw")), qPrintable(text));
        QVERIFY2(!text.contains(secret), qPrintable(text));
        QVERIFY2(!text.contains(token), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Could not sign in")));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
