#pragma once

#include <QScrollArea>

class QVBoxLayout;

namespace ui {

// One side of the window that scrolls when the screen is low (2× scaling), so nothing at its
// bottom (Send) is ever out of reach, and otherwise fills its place like a plain widget.
class ScrollingSide final : public QScrollArea
{
    Q_OBJECT
public:
    explicit ScrollingSide(QWidget *parent = nullptr);

    QWidget *content() const { return m_content; }
    QVBoxLayout *contentLayout() const { return m_layout; }
    // Call once the content is filled: the side never gets narrower than its content.
    void fixMinimumWidth();

private:
    QWidget *m_content;
    QVBoxLayout *m_layout;
};

} // namespace ui
