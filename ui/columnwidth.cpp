#include "columnwidth.h"

#include "phones/verdict.h"

#include <QAbstractItemView>
#include <QStyle>

namespace ui {

int columnWidthFor(const QAbstractItemView *view, const QStringList &texts, int atLeast,
                   bool withIcon)
{
    const QStyle *style = view->style();
    // The item delegate's text margin on each side, plus a little air.
    int extra = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 6;
    if (withIcon) {
        const int icon = view->iconSize().isValid()
                             ? view->iconSize().width()
                             : style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
        extra += icon + 4;
    }
    int width = atLeast;
    for (const QString &text : texts)
        width = qMax(width, view->fontMetrics().horizontalAdvance(text) + extra);
    return width;
}

int verdictColumnWidth(const QAbstractItemView *view, int atLeast)
{
    QStringList labels;
    for (phones::Verdict verdict :
         {phones::Verdict::Valid, phones::Verdict::Fixed, phones::Verdict::NotMobile,
          phones::Verdict::Duplicate, phones::Verdict::Invalid, phones::Verdict::Refused})
        labels << phones::verdictLabel(verdict);
    return columnWidthFor(view, labels, atLeast);
}

} // namespace ui
