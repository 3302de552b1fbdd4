#pragma once

// Looks for a secret (or any text) in every file below a folder, as a thief with the disk would.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

// Files under `root` (hidden and system ones too) whose bytes hold `needle` as UTF-8, as
// UTF-16 or as the Base64 of its UTF-8.
inline QStringList filesContaining(const QString &root, const QString &needle)
{
    QStringList hits;
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    const QByteArray base64 = utf8.toBase64();
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        if (data.contains(utf8) || data.contains(utf16) || data.contains(base64))
            hits << f.fileName();
    }
    return hits;
}
