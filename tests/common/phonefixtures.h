#pragma once

// The phone lists under tests/data/phones that the import and check tests read.
#include <QFile>
#include <QString>

inline QString phoneFixture(const QString &name)
{
    return QStringLiteral(INVITE_TEST_DATA "/phones/") + name;
}

// The fixture's bytes; a missing one stops the test at once (a broken checkout, not a finding).
inline QByteArray phoneFixtureBytes(const QString &name)
{
    QFile file(phoneFixture(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}
