#include "resultsview.h"

#include "invitations/invitationstatus.h"
#include "models/invitationtablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QStyle>

#include <utility>

namespace ui {

namespace {
// The character of `chars` that is widest in this font: samples built of it bound every real
// value (digits are usually all alike, hex letters and month names are not).
QChar widest(const QFontMetrics &metrics, QStringView chars)
{
    QChar best = chars.front();
    for (QChar c : chars) {
        if (metrics.horizontalAdvance(c) > metrics.horizontalAdvance(best))
            best = c;
    }
    return best;
}

// The widest invitation ID this font can draw: a UUID (8-4-4-4-12 hex digits, lower case as
// the API and QUuid write them).
QString widestUuid(const QFontMetrics &metrics)
{
    const QString group = QString(widest(metrics, u"0123456789abcdef"));
    const QString dash = QStringLiteral("-");
    return group.repeated(8) + dash + group.repeated(4) + dash + group.repeated(4) + dash +
           group.repeated(4) + dash + group.repeated(12);
}

// The widest "Created" text: the model's compact form of a time today and of a date in each
// month, with every digit the widest one.
QString widestCreated(const QFontMetrics &metrics)
{
    using models::InvitationTableModel;
    const QChar digit = widest(metrics, u"0123456789");
    QStringList samples{InvitationTableModel::createdText(
                            QDateTime(QDate(2026, 12, 28), QTime(22, 58)), QDate(2026, 12, 28)),
                        InvitationTableModel::createdText(
                            QDateTime(QDate(2026, 12, 28), QTime(10, 58)), QDate(2026, 12, 28))};
    for (int month = 1; month <= 12; ++month)
        samples << InvitationTableModel::createdText(
            QDateTime(QDate(2026, month, 28), QTime(22, 58)), QDate(2027, 1, 1));
    QString best;
    for (QString &text : samples) {
        for (QChar &c : text) {
            if (c.isDigit())
                c = digit;
        }
        if (metrics.horizontalAdvance(text) > metrics.horizontalAdvance(best))
            best = text;
    }
    return best;
}
} // namespace

ResultsView::ResultsView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setSortingEnabled(false);
    setWordWrap(false);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->setVisible(false);
    setTabKeyNavigation(false); // Tab leaves the table instead of walking its cells forever
    setAccessibleName(tr("Invitations"));
    setAccessibleDescription(
        tr("One row per number: its invitation ID and status. Ctrl+C copies the selected IDs."));
}

QStringList ResultsView::selectedInvitationIds() const
{
    if (!selectionModel())
        return {};
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &index : rows) {
        const QString id = index.data(models::InvitationTableModel::InvitationIdRole).toString();
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

void ResultsView::copyIds(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    Q_EMIT copied(int(ids.size()));
}

void ResultsView::copySelectedIds()
{
    const QStringList ids = selectedInvitationIds();
    if (ids.isEmpty() && (!selectionModel() || !selectionModel()->hasSelection()))
        Q_EMIT copyWithoutSelection();
    else
        copyIds(ids);
}

void ResultsView::copyAllIds()
{
    QStringList ids;
    for (int row = 0; model() && row < model()->rowCount(); ++row) {
        const QString id =
            model()->index(row, 0).data(models::InvitationTableModel::InvitationIdRole).toString();
        if (!id.isEmpty())
            ids << id;
    }
    copyIds(ids);
}

int ResultsView::cellWidthFor(const QString &text, bool withIcon) const
{
    // What the delegate asks of the style for such a cell, plus the grid line it loses.
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.text = text;
    option.features |= QStyleOptionViewItem::HasDisplay;
    if (withIcon)
        option.features |= QStyleOptionViewItem::HasDecoration;
    const QSize size = style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), this);
    return size.width() + (showGrid() ? 1 : 0);
}

void ResultsView::fitColumns()
{
    using models::InvitationTableModel;
    if (!model() || model()->columnCount() < InvitationTableModel::ColumnCount)
        return;
    if (!m_rowsInserted) {
        m_rowsInserted = connect(
            model(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { widenNumberFor(first, last); });
        m_rowsChanged = connect(model(), &QAbstractItemModel::dataChanged, this,
                                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                                    if (topLeft.column() <= InvitationTableModel::NumberColumn)
                                        widenNumberFor(topLeft.row(), bottomRight.row());
                                });
        m_rowsReset = connect(model(), &QAbstractItemModel::modelReset, this, [this] {
            m_numberWidth = 0;
            widenNumberFor(0, model()->rowCount() - 1);
            applyWidths();
        });
    }
    QHeaderView *header = horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics(font());
    m_natural = QList<int>(InvitationTableModel::ColumnCount, 0);
    for (int column = 0; column < InvitationTableModel::ColumnCount; ++column)
        m_natural[column] = header->sectionSizeHint(column); // the header's text whole
    auto fit = [this](int column, int cellWidth) {
        m_natural[column] = qMax(m_natural[column], cellWidth);
    };
    fit(InvitationTableModel::NameColumn, 130);
    int status = 0;
    for (const invitations::StatusDefinition &definition : invitations::InvitationStatus::all())
        status = qMax(status, cellWidthFor(definition.text(), true));
    fit(InvitationTableModel::StatusColumn, status);
    fit(InvitationTableModel::InvitationIdColumn, cellWidthFor(widestUuid(metrics)));
    fit(InvitationTableModel::CreatedColumn, cellWidthFor(widestCreated(metrics)));
    m_numberWidth = 0;
    widenNumberFor(0, model()->rowCount() - 1);
    applyWidths();
}

void ResultsView::widenNumberFor(int firstRow, int lastRow)
{
    using models::InvitationTableModel;
    if (m_natural.isEmpty())
        return;
    // An E.164 number has at most 15 digits; a longer entry (not a number) elides, and its
    // tooltip has what was entered. The font's metrics are cheap per row; the style is asked
    // once, for the widest.
    const QFontMetrics metrics(font());
    const QString longest = QLatin1Char('+') + QString(15, widest(metrics, u"0123456789"));
    const int longestWidth = metrics.horizontalAdvance(longest);
    QString widestText;
    int widestWidth = -1;
    for (int row = qMax(0, firstRow); row <= lastRow && widestWidth < longestWidth; ++row) {
        const QString number =
            model()->index(row, InvitationTableModel::NumberColumn).data().toString();
        const int width = metrics.horizontalAdvance(number);
        if (width > widestWidth) {
            widestWidth = width;
            widestText = width < longestWidth ? number : longest;
        }
    }
    if (widestWidth < 0)
        return;
    const int needed = cellWidthFor(widestText);
    if (needed > m_numberWidth) {
        m_numberWidth = needed;
        applyWidths();
    }
}

int ResultsView::titleWidth(int column) const
{
    // The title's text and the header's margins (and the sort arrow when it sorts by this
    // column): what a column needs so that its title is not cut.
    const QHeaderView *header = horizontalHeader();
    const QString title = model()->headerData(column, Qt::Horizontal).toString();
    int width = QFontMetrics(header->font()).horizontalAdvance(title) +
                2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == column)
        width += header->height();
    return width;
}

void ResultsView::applyWidths()
{
    using M = models::InvitationTableModel;
    if (m_natural.isEmpty())
        return;
    if (m_applying) {
        // Our own resizes moved a scroll bar, so the table's width changed: go again after.
        m_again = true;
        return;
    }
    m_applying = true;
    QHeaderView *header = horizontalHeader();
    const int minimum = header->minimumSectionSize();
    QList<int> widths = m_natural;
    widths[M::NumberColumn] = qMax(widths[M::NumberColumn], m_numberWidth);
    widths[M::ErrorColumn] = minimum; // it takes the room left, below
    // Created and Problem are this function's to hide; Name is the panel's.
    auto shown = [this](int column) {
        return column == M::CreatedColumn || column == M::ErrorColumn || !isColumnHidden(column);
    };
    int needed = 0;
    for (int column = 0; column < M::ColumnCount; ++column)
        needed += shown(column) ? widths.at(column) : 0;
    int shortage = needed - viewport()->width();
    // Too narrow for everything: columns give way in this order, each down to the width
    // given (0 = hidden rather than a sliver that shows nothing; the Status tooltip still
    // holds the problem, the status icon its meaning). The ID never does.
    // A status narrowed to its icon keeps its title whole; its text is in the tooltip.
    const int statusIcon = qMax(cellWidthFor(QString(), true), titleWidth(M::StatusColumn));
    const QList<std::pair<int, int>> steps{
        {M::ErrorColumn, 0},
        {M::NameColumn, minimum},
        {M::StatusColumn, statusIcon},
        {M::CreatedColumn, 0},
        {M::NumberColumn, qMax(widths.at(M::NumberColumn) / 2, titleWidth(M::NumberColumn))},
    };
    for (const auto &[column, least] : steps) {
        if (shortage <= 0)
            break;
        if (!shown(column))
            continue;
        // A column going to 0 goes all the way: a sliver narrower than the header allows
        // would not be drawn anyway.
        const int cut =
            least == 0 ? widths.at(column) : qBound(0, widths.at(column) - least, shortage);
        widths[column] -= cut;
        shortage -= cut;
    }
    // Problem takes whatever room is left, if that holds its title (else the Status tooltip
    // carries the problem).
    const int room = widths.at(M::ErrorColumn) - shortage;
    widths[M::ErrorColumn] = room >= titleWidth(M::ErrorColumn) ? room : 0;
    for (int column : {int(M::CreatedColumn), int(M::ErrorColumn)})
        setColumnHidden(column, widths.at(column) == 0);
    for (int column = 0; column < M::ColumnCount; ++column) {
        if (shown(column) && widths.at(column) > 0 &&
            header->sectionSize(column) != widths.at(column))
            header->resizeSection(column, widths.at(column));
    }
    m_applying = false;
    if (std::exchange(m_again, false) && ++m_rounds < 3)
        applyWidths(); // the scroll bar settles after one or two rounds
    m_rounds = 0;
}

void ResultsView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::LanguageChange)
        fitColumns();
}

bool ResultsView::viewportEvent(QEvent *event)
{
    // The table's width changed (the window, the splitter or the vertical scroll bar).
    if (event->type() == QEvent::Resize)
        applyWidths();
    return QTableView::viewportEvent(event);
}

void ResultsView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelectedIds();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void ResultsView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyOne =
        menu.addAction(tr("Copy invitation ID"), this, &ResultsView::copySelectedIds);
    copyOne->setShortcut(QKeySequence::Copy);
    copyOne->setEnabled(!selectedInvitationIds().isEmpty());
    QAction *copyAll =
        menu.addAction(tr("Copy all invitation IDs"), this, &ResultsView::copyAllIds);
    copyAll->setEnabled(model() && model()->rowCount() > 0);
    if (!m_contextActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_contextActions);
    }
    menu.exec(event->globalPos());
}

} // namespace ui
