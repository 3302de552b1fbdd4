#pragma once

#include "export/exporttable.h"

#include <Qt>

class QAbstractItemModel;

namespace models {

// The text a cell is exported with when it differs from what the view shows: the whole
// message instead of one line, a time in ISO 8601. Cells without it export their display.
inline constexpr int ExportTextRole = Qt::UserRole + 100;

// The rows of `model` as they are shown (filtered and sorted, when it is a proxy), with the
// column headers, for the app's CSV and XLSX writers (export/exportfile.h).
exporting::ExportTable exportTable(const QAbstractItemModel &model);

} // namespace models
