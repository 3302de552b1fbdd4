#pragma once

#include "importing/readresult.h"
#include "phones/verdict.h"

#include <QList>
#include <QString>

namespace cli {

// Reads a list through the same import pipeline as the window and `check` (any supported
// format, vCard columns fixed, other columns detected, every number checked; "-" is standard
// input): every row checked (valid, fixed, invalid, ...), or why the list cannot be used. An
// unknown region or a list with no phone column is such an error, as in `check`.
importing::Result<QList<phones::PhoneEntry>>
readNumberList(const QString &file, const QString &region, const QString &sheet);

} // namespace cli
