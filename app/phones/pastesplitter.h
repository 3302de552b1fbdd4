#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace phones {

// Splits typed or pasted text into number entries, in order: one per line, or separated by
// commas, semicolons or tabs. Spaces never separate ("+46 (0)70 123 45 67" is one number).
// Blank entries are dropped. A Swedish Excel's "4,67012E+10" stays one entry.
QList<QString> splitPastedNumbers(QStringView text);

} // namespace phones
