#pragma once

#include <QStringList>

// accessy-invite without a command: the window, its help and version, and the answer to a
// mistyped command or option. Decided before any QApplication exists, so a mistake never opens
// a window (nor fails for want of a display).
namespace cli {

// What the words after the program name ask for, when they name no command.
struct WindowRequest
{
    bool opensWindow = false; // only the window's own options: --demo and Qt's display options
    bool demo = false;
};

// Needs no QCoreApplication: main() calls it before deciding which application to create.
WindowRequest parseWindowRequest(const QStringList &arguments);

// Answers what parseWindowRequest() did not open a window for: --help, `help`, --version, or an
// unknown command or option ("unknown command 'bogus'" and the usage on standard error,
// exit status 2). Runs inside a QCoreApplication; `arguments` are those after the program name.
int runTopLevelCommand(const QStringList &arguments);

} // namespace cli
