#pragma once

class QTableView;

namespace ui {

// The widths of a table of checked numbers (models::PhoneEntryModel), column by column; the
// note column takes the rest.
struct PhoneEntryColumnWidths
{
    int row;
    int input;
    int name;
    int number;
    int verdictAtLeast; // wider when the longest verdict in the language in use needs it
};

// Sets up `view` (its model a models::PhoneEntryModel, or a proxy of one) the way the app
// shows checked numbers: whole rows selected, alternating colours, no wrapping, no row
// numbers, and fixed column widths — sizing a column to its contents reads every row (100,000
// on a big list).
void setUpPhoneEntryView(QTableView *view, const PhoneEntryColumnWidths &widths);

} // namespace ui
