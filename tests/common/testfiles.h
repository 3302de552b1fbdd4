#pragma once

// Writing the files a test reads back (phone lists, broken workbooks).
#include <QByteArray>
#include <QFile>
#include <QString>

// Writes `bytes` to `path`, replacing what was there; false when the file could not be written.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
