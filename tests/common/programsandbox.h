#pragma once

// The sandbox a program test (send, watch, privacy) runs the real accessy-invite against, and
// the control over it. Needs invite_sending_testsupport.
#include "programtestsupport.h"
#include "sendtestsupport.h"

#include <QFile>

#include <memory>

namespace programtest {

// For a program test's initTestCase: the program is built, `sandbox` runs (quiet, plus
// `extra`) and `control` drives it. Empty, or what is missing.
inline QString startProgramSandbox(SandboxProcess &sandbox,
                                   std::unique_ptr<sendtest::SandboxControl> &control,
                                   const QStringList &extra = {})
{
    if (!QFile::exists(program()))
        return QStringLiteral("no program at ") + program();
    if (!sandbox.start(QStringList{QStringLiteral("--quiet")} + extra))
        return sandbox.errorString();
    control = std::make_unique<sendtest::SandboxControl>(sandbox.baseUrl());
    return {};
}

} // namespace programtest
