#pragma once

// A test's input file written into its temporary folder, for tests that build files by name.
#include "testfiles.h"

#include <QTemporaryDir>

// Writes `bytes` as `name` in `dir` and returns the path. A file the test cannot write ends the
// test program: every check after it would read something else than the test meant.
inline QString writeIntoTempDir(const QTemporaryDir &dir, const QString &name,
                                const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    if (!writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}
