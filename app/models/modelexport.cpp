#include "models/modelexport.h"

#include <QAbstractItemModel>

namespace models {

exporting::ExportTable exportTable(const QAbstractItemModel &model)
{
    exporting::ExportTable table;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c)
        table.header << model.headerData(c, Qt::Horizontal).toString();
    const int rows = model.rowCount();
    table.rows.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        QStringList cells;
        cells.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            const QVariant exported = model.data(index, ExportTextRole);
            cells << (exported.isValid() ? exported : model.data(index)).toString();
        }
        table.rows << cells;
    }
    return table;
}

} // namespace models
