#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace ui {

// Help › About: the program's name, version, purpose, the libraries it stands on and its
// licence (the MIT text, shown on request).
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The licence text compiled into the program (resources/LICENSE).
    static QString licenceText();

private:
    QPlainTextEdit *m_licence = nullptr;
};

} // namespace ui
