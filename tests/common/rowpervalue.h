#pragma once

// Data tables with one column and a row per value: for a check that must hold for every item of
// a list (each command, each icon), or both ways of a switch.
#include "testtable.h"

#include <QStringList>
#include <QTest>

inline void addRowPerValue(const char *column, const QStringList &values)
{
    addColumns<QString>(column);
    for (const QString &value : values)
        QTest::newRow(qPrintable(value)) << value;
}

// One bool column, its two rows named for what false and what true stand for.
inline void addBothWays(const char *column, const char *whenFalse, const char *whenTrue)
{
    addColumns<bool>(column);
    QTest::newRow(whenFalse) << false;
    QTest::newRow(whenTrue) << true;
}
