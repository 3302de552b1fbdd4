#pragma once

// The main window in practice mode against a real sandbox, as the widget tests drive it.
#include "core/application.h"
#include "mainwindow.h"
#include "sandboxprocess.h"

// Signs `window` in to `sandbox` with the sandbox's credentials and shows it; without an events
// address the window follows statuses by reading the list.
inline void showInPractice(ui::MainWindow &window, const SandboxProcess &sandbox,
                           const QUrl &eventsUrl = QUrl())
{
    window.enterPracticeMode(sandbox.baseUrl(), eventsUrl, SandboxProcess::defaultClientId(),
                             SandboxProcess::defaultClientSecret());
    window.show();
}

// What most window tests begin with: a sandbox of their own, the application, and its main
// window shown in practice mode against that sandbox. start() it like a SandboxProcess.
struct PracticeWindow
{
    bool start(const QStringList &sandboxArguments = {})
    {
        if (!sandbox.start(sandboxArguments))
            return false;
        showInPractice(window, sandbox);
        return true;
    }
    QString errorString() const { return sandbox.errorString(); }

    SandboxProcess sandbox;
    core::Application app;
    ui::MainWindow window{&app};
};
