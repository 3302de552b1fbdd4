#pragma once

#include <QStringList>

class QAbstractItemView;

namespace ui {

// The width a column of `view` needs to show the longest of `texts` uncut in the language in
// use ("Ej mobilnummer", "Tillagd i grupper"), with the cell's margins and, when asked, the
// room of a small icon before the text; never less than `atLeast`.
int columnWidthFor(const QAbstractItemView *view, const QStringList &texts, int atLeast,
                   bool withIcon = false);
// The same for a column of phone verdicts ("Giltigt", "Ej mobilnummer").
int verdictColumnWidth(const QAbstractItemView *view, int atLeast);

} // namespace ui
