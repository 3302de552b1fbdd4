#pragma once

// A data-driven test's columns in one line: the types in order, then the names in the same order,
// e.g. addColumns<QString, int>("input", "expected"). One call per table, so the columns are
// read at a glance and a missing name fails to compile instead of shifting every row.
#include <QTest>

template<typename... Types, typename... Names>
void addColumns(Names... names)
{
    static_assert(sizeof...(Types) == sizeof...(Names), "one name per column type");
    (QTest::addColumn<Types>(names), ...);
}
