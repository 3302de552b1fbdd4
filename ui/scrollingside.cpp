#include "scrollingside.h"

#include <QScrollBar>
#include <QVBoxLayout>

namespace ui {

namespace {
// QScrollArea sizes content whose layout is height-for-width (word-wrapped labels) to its
// preferred height, taller than the viewport, so it would always scroll. Without it the
// content fills the viewport and scrolls only below its minimum height.
class FillingLayout final : public QVBoxLayout
{
public:
    using QVBoxLayout::QVBoxLayout;
    bool hasHeightForWidth() const override { return false; }
};
} // namespace

ScrollingSide::ScrollingSide(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_layout(new FillingLayout(m_content))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(m_content);
}

void ScrollingSide::fixMinimumWidth()
{
    setMinimumWidth(m_content->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width());
}

} // namespace ui
