#pragma once

#include "phones/verdict.h"

#include <QList>
#include <QString>

namespace cli {

struct NumberList
{
    QList<phones::PhoneEntry> entries; // every row, checked (valid, fixed, invalid, ...)
    QString error;                     // why the list could not be read
    bool ok() const { return error.isEmpty(); }
};

// Reads a list the way the window does (any supported format, columns detected, every number
// checked). "-" reads standard input whole first, so spreadsheets can be piped too.
NumberList readNumberList(const QString &file, const QString &region, const QString &sheet);

} // namespace cli
