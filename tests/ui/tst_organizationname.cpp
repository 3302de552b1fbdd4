// The organization's name on the first send. Accessy gives the name only inside invitations
// (API.md §2), so an organization without any has no name the API tells: the admin types it
// in Connection settings, it is saved with the profile, and the first confirmation uses it;
// once an invitation names the organization, the server's name takes over. Against the real
// sandbox over loopback.
#include "appdataisolation.h"
#include "connectiondialog.h"
#include "connectionprofiles.h"
#include "core/application.h"
#include "invitepanel.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "sandboxsignin.h"
#include "sendconfirmationdialog.h"
#include "widgetlookup.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kTyped = QStringLiteral("Kontoret Eken");
const QString kServers = QStringLiteral("Ekens Kontor AB");
} // namespace

class TestOrganizationName : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;  // the profiles' settings file
    QTemporaryDir m_data; // the application's data

    static bool startSandbox(SandboxProcess &sandbox)
    {
        return sandbox.start({QStringLiteral("--quiet"), QStringLiteral("--org-name"), kServers});
    }

    // Gives the sandbox's organization an invitation, which carries its name.
    bool inviteOnce(const QUrl &base, const QString &msisdn)
    {
        SandboxSession sandbox(base);
        bool created = false;
        sandbox.session.createInvitations({QStringLiteral("Hej"), {msisdn}, {}}, this,
                                          [&](const auto &result) { created = result.ok(); });
        return QTest::qWaitFor([&] { return created; }, 10000);
    }

    static QString question(ui::SendConfirmationDialog *dialog)
    {
        return child<QLabel>(dialog, "question")->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(isolateAppData(m_data)); // never the real history or settings
    }

    void connectionSettings_typedName_savedWithTheProfile_serversNameTakesOver()
    {
        SandboxProcess sandbox;
        QVERIFY2(startSandbox(sandbox), qPrintable(sandbox.errorString()));
        TestConnectionProfiles connection;
        connection.reset(m_dir.filePath(QStringLiteral("settings.ini")));
        {
            ui::ConnectionDialog dialog(connection.profiles(), connection.keychain());
            auto *name = child<QLineEdit>(&dialog, "organizationName");
            QVERIFY(name->text().isEmpty());
            QVERIFY(!name->placeholderText().isEmpty());
            QTest::keyClicks(name, QStringLiteral("  ") + kTyped + QStringLiteral(" "));
            dialog.accept(); // Save
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(connection.profiles()->current().organizationName, kTyped);
        connection.ini()->sync();
        QFile file(connection.ini()->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(kTyped.toUtf8()));

        // Opened again: the name is there; a test against the organization, which has no
        // invitation yet, keeps it and names the organization by it.
        ui::ConnectionDialog dialog(connection.profiles(), connection.keychain());
        auto *name = child<QLineEdit>(&dialog, "organizationName");
        QCOMPARE(name->text(), kTyped);
        child<QLineEdit>(&dialog, "apiUrl")->setText(sandbox.baseUrl().toString());
        child<QRadioButton>(&dialog, "credentialsMode")->click();
        child<QLineEdit>(&dialog, "clientId")->setText(SandboxProcess::defaultClientId());
        child<QLineEdit>(&dialog, "clientSecret")->setText(SandboxProcess::defaultClientSecret());
        QSignalSpy tested(&dialog, &ui::ConnectionDialog::connectionTested);
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 15000);
        QVERIFY(tested.at(0).at(0).toBool());
        QVERIFY2(dialog.testResult().contains(QStringLiteral("Connected to %1.").arg(kTyped)),
                 qPrintable(dialog.testResult()));
        QCOMPARE(name->text(), kTyped);

        // Once an invitation names the organization, the server's name fills the field.
        QVERIFY(inviteOnce(sandbox.baseUrl(), QStringLiteral("+46701117890")));
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 15000);
        QCOMPARE(name->text(), kServers);
        QCOMPARE(dialog.profile().organizationName, kServers);
    }

    void firstSend_confirmationUsesTheTypedName_thenTheServersName()
    {
        SandboxProcess sandbox;
        QVERIFY2(startSandbox(sandbox), qPrintable(sandbox.errorString()));
        core::Application app;
        ui::MainWindow window(&app);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The admin sets the connection up and types the name, as in the window.
        window.findChild<QPushButton *>(QStringLiteral("connectionSettings"))->click();
        auto *settings = waitForDialog<ui::ConnectionDialog>(&window);
        QVERIFY(settings);
        child<QLineEdit>(settings, "apiUrl")->setText(sandbox.baseUrl().toString());
        child<QLineEdit>(settings, "eventsUrl")->setText(sandbox.eventsUrl().toString());
        child<QRadioButton>(settings, "credentialsMode")->click();
        child<QLineEdit>(settings, "clientId")->setText(SandboxProcess::defaultClientId());
        child<QLineEdit>(settings, "clientSecret")->setText(SandboxProcess::defaultClientSecret());
        QTest::keyClicks(child<QLineEdit>(settings, "organizationName"), kTyped);
        settings->accept(); // Save
        QTRY_VERIFY_WITH_TIMEOUT(app.session()->isSignedIn(), 15000);
        QCOMPARE(app.profile().organizationName, kTyped);

        auto send = [&](const QString &number) -> ui::SendConfirmationDialog * {
            window.invitePanel()->setNumbersText(number);
            if (!QTest::qWaitFor([&] { return window.invitePanel()->canSend(); }, 10000))
                return nullptr;
            window.invitePanel()->findChild<QPushButton *>(QStringLiteral("send"))->click();
            return waitForDialog<ui::SendConfirmationDialog>(&window);
        };
        ui::SendConfirmationDialog *first = send(QStringLiteral("0701117800"));
        QVERIFY(first);
        // The preview read the organization's (empty) invitation list: no name from the API.
        QVERIFY(app.session()->organizationName().isEmpty());
        QVERIFY2(question(first).contains(kTyped), qPrintable(question(first)));
        QVERIFY(!question(first).contains(QStringLiteral("your organization")));
        child<QPushButton>(first, "confirmSend")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!app.sender()->isRunning(), 20000);
        QCOMPARE(window.resultsModel()->allInvitationIds().size(), 1);

        // The invitation named the organization: the name is remembered with the profile and
        // the next confirmation uses it.
        QTRY_COMPARE_WITH_TIMEOUT(app.organizationName(), kServers, 10000);
        QCOMPARE(app.profiles()->load(app.profile().name).organizationName, kServers);
        ui::SendConfirmationDialog *second = send(QStringLiteral("0701117801"));
        QVERIFY(second);
        QVERIFY2(question(second).contains(kServers), qPrintable(question(second)));
        second->reject();
    }
};

int main(int argc, char **argv)
{
    // No D-Bus session: the keychain is unavailable, as on a machine without one.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QApplication app(argc, argv);
    TestOrganizationName test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_organizationname.moc"
