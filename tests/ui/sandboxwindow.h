#pragma once

// The main window against a real sandbox: what the organization-aware window tests share
// (tst_organizationwindow, tst_reminderwindow, tst_remindtick).
#include "invitepanel.h"
#include "mainwindow.h"
#include "sandboxprocess.h"
#include "tracking/invitationtracker.h"

#include <QJsonObject>
#include <QPushButton>
#include <QTest>

namespace sandboxwindow {

// How many invitations the sandbox created for each number.
inline QJsonObject perMsisdn(SandboxProcess &sandbox)
{
    return sandbox.state().value(QStringLiteral("invitationsPerMsisdn")).toObject();
}

// A member who was never invited (the sandbox's control API).
inline bool addMember(SandboxProcess &sandbox, const QString &msisdn,
                      const QString &firstName = QStringLiteral("Ada"))
{
    return sandbox.control(QStringLiteral("/_sandbox/members"),
                           QStringLiteral(R"({"msisdn":"%1","firstName":"%2","lastName":"M"})")
                               .arg(msisdn, firstName)
                               .toUtf8());
}

enum class Events
{
    Off,
    Live
};

// Signs the window in to the sandbox in practice mode and shows it; with Events::Live it
// follows the sandbox's events and refreshes only when the test asks.
inline void startWindow(ui::MainWindow &window, SandboxProcess &sandbox,
                        Events events = Events::Off)
{
    if (events == Events::Live)
        window.tracker()->setRefreshInterval(0);
    window.enterPracticeMode(
        sandbox.baseUrl(), events == Events::Live ? sandbox.eventsUrl() : QUrl(),
        SandboxProcess::defaultClientId(), SandboxProcess::defaultClientSecret());
    window.show();
}

// Types `numbers` (national form) and presses Send; false when Send never became possible.
inline bool typeAndSend(ui::MainWindow &window, const QString &numbers)
{
    window.invitePanel()->setNumbersText(numbers);
    if (!QTest::qWaitFor([&] { return window.invitePanel()->canSend(); }, 10000))
        return false;
    window.invitePanel()->findChild<QPushButton *>(QStringLiteral("send"))->click();
    return true;
}

} // namespace sandboxwindow
