#pragma once

#include <QMessageBox>
#include <QPushButton>

namespace ui {

// Adds a button to `box` under an object name, by which the tests find it (its text is
// translated and carries a mnemonic).
inline QPushButton *addNamedButton(QMessageBox *box, const QString &text,
                                   QMessageBox::ButtonRole role, const QString &objectName)
{
    QPushButton *button = box->addButton(text, role);
    button->setObjectName(objectName);
    return button;
}

} // namespace ui
