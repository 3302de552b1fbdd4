#pragma once

#include <QHBoxLayout>

#include <initializer_list>

namespace ui {

// A row whose first widget (a label, a status, a progress bar) takes the room the others
// leave; the others (its buttons) keep their natural width at the right end.
inline QHBoxLayout *stretchRow(QWidget *stretched, std::initializer_list<QWidget *> others)
{
    auto *row = new QHBoxLayout;
    row->addWidget(stretched, 1);
    for (QWidget *widget : others)
        row->addWidget(widget);
    return row;
}

} // namespace ui
