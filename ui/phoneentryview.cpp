#include "phoneentryview.h"

#include "columnwidth.h"

#include "models/phoneentrymodel.h"

#include <QHeaderView>
#include <QTableView>

namespace ui {

using models::PhoneEntryModel;

void setUpPhoneEntryView(QTableView *view, const PhoneEntryColumnWidths &widths)
{
    view->verticalHeader()->setVisible(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    QHeaderView *header = view->horizontalHeader();
    header->resizeSection(PhoneEntryModel::RowColumn, widths.row);
    header->resizeSection(PhoneEntryModel::InputColumn, widths.input);
    header->resizeSection(PhoneEntryModel::NameColumn, widths.name);
    header->resizeSection(PhoneEntryModel::NumberColumn, widths.number);
    // As wide as the longest verdict in the language in use ("Ej mobilnummer").
    header->resizeSection(PhoneEntryModel::VerdictColumn,
                          verdictColumnWidth(view, widths.verdictAtLeast));
    header->setStretchLastSection(true);
}

} // namespace ui
