#include "resultspanel.h"

#include "resultsview.h"
#include "statusiconproxy.h"
#include "stretchrow.h"

#include "invitations/invitationstatus.h"
#include "models/invitationfiltermodel.h"
#include "models/invitationtablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedLayout>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

namespace {
// Cut IDs in the middle: their start and end are what admins compare.
class MiddleElidingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};
} // namespace

using models::InvitationTableModel;

ResultsPanel::ResultsPanel(InvitationTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new models::InvitationFilterModel(this))
    , m_view(nullptr)
    , m_empty(nullptr)
    , m_search(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_toolbar(new QWidget(this))
{
    m_filter->setSourceModel(model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *toolbarLayout = new QHBoxLayout(m_toolbar);
    toolbarLayout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Invitations</b>"), m_toolbar);
    toolbarLayout->addWidget(title);
    toolbarLayout->addStretch(1);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Show invitations with status"));
    m_statusFilter->setToolTip(tr("Show only invitations with this status"));
    m_statusFilter->addItem(tr("All statuses"), QStringList());
    for (const invitations::StatusDefinition &status : invitations::InvitationStatus::all()) {
        if (status.offeredAsFilter)
            m_statusFilter->addItem(status.text(), QStringList{status.key});
    }
    toolbarLayout->addWidget(m_statusFilter);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search number, name or ID (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search invitations"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140); // the window must fit 800 logical pixels (2× scaling)
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_statusFilter->setMinimumContentsLength(8);
    toolbarLayout->addWidget(m_search);
    layout->addWidget(m_toolbar);

    auto *stackHost = new QWidget(this);
    auto *stack = new QStackedLayout(stackHost);
    stack->setStackingMode(QStackedLayout::StackAll);
    m_view = new ResultsView(stackHost);
    m_view->setObjectName(QStringLiteral("results"));
    // view -> status icons -> filter/sort -> rows: the icon proxy keeps row numbers.
    m_view->setModel(new StatusIconProxy(InvitationTableModel::StatusColumn,
                                         InvitationTableModel::StatusRole, m_filter));
    static_cast<QIdentityProxyModel *>(m_view->model())->setSourceModel(m_filter);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // send order first
    m_view->setSortingEnabled(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setMinimumSectionSize(24); // a status shrinks to its icon on a narrow window
    // Number, status, the whole ID and the date fit their widest value; Problem takes the room
    // left. Should the admin narrow the ID anyway, it is cut in the middle (start and end are
    // what admins compare) and the tooltip has it whole.
    m_view->fitColumns();
    m_view->setItemDelegateForColumn(InvitationTableModel::InvitationIdColumn,
                                     new MiddleElidingDelegate(m_view));
    m_empty = new QLabel(
        tr("No invitations yet.\nPaste numbers or import a list on the left, write a message, "
           "then press Send."),
        stackHost);
    m_empty->setObjectName(QStringLiteral("emptyResults"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    QPalette muted = m_empty->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::Disabled, QPalette::WindowText));
    m_empty->setPalette(muted);
    stack->addWidget(m_empty);
    stack->addWidget(m_view);
    layout->addWidget(stackHost, 1);

    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Sending progress"));
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setToolTip(tr("Start no more requests; those under way finish and are shown"));
    m_cancel->setVisible(false);
    layout->addLayout(stretchRow(m_progress, {m_cancel}));

    connect(m_cancel, &QPushButton::clicked, this, &ResultsPanel::cancelRequested);
    connect(m_search, &QLineEdit::textChanged, m_filter,
            &models::InvitationFilterModel::setSearchText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusFilter(m_statusFilter->currentData().toStringList());
        updateEmptyState();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ResultsPanel::updateEmptyState);
    // The name column appears once a row has a name (imported lists), not before.
    m_view->setColumnHidden(InvitationTableModel::NameColumn, true);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                for (int r = first;
                     r <= last && m_view->isColumnHidden(InvitationTableModel::NameColumn); ++r) {
                    if (!m_model->row(r).name.isEmpty()) {
                        m_view->setColumnHidden(InvitationTableModel::NameColumn, false);
                        m_view->fitColumns(); // the other columns make room for it
                    }
                }
            });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ResultsPanel::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ResultsPanel::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ResultsPanel::updateEmptyState);
    updateEmptyState();
}

void ResultsPanel::updateEmptyState()
{
    if (m_model->rowCount() == 0) {
        m_empty->setText(tr("No invitations yet.\nPaste numbers or import a list on the left, "
                            "write a message, then press Send."));
        m_empty->setVisible(true);
    } else if (m_filter->rowCount() == 0) {
        m_empty->setText(tr("No invitation matches the search or the status filter."));
        m_empty->setVisible(true);
    } else {
        m_empty->setVisible(false);
    }
}

QList<int> ResultsPanel::selectedSourceRows() const
{
    QModelIndexList selected = m_view->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<int> rows;
    for (const QModelIndex &index : selected)
        rows << m_filter->mapToSource(m_filter->index(index.row(), 0)).row();
    return rows;
}

QList<int> ResultsPanel::visibleSourceRows() const
{
    QList<int> rows;
    rows.reserve(m_filter->rowCount());
    for (int r = 0; r < m_filter->rowCount(); ++r)
        rows << m_filter->mapToSource(m_filter->index(r, 0)).row();
    return rows;
}

int ResultsPanel::statusFilterIndex() const
{
    return m_statusFilter->currentIndex();
}

void ResultsPanel::setStatusFilterIndex(int index)
{
    if (index >= 0 && index < m_statusFilter->count())
        m_statusFilter->setCurrentIndex(index);
}

void ResultsPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ResultsPanel::setSending(bool sending)
{
    if (sending) {
        m_sendClock.start();
        m_progressText.clear();
        m_progress->setRange(0, 0); // busy until the first count arrives
    }
    m_progress->setVisible(sending);
    m_cancel->setVisible(sending);
    m_cancel->setEnabled(sending);
}

void ResultsPanel::setProgress(int sent, int failed, int remaining)
{
    m_progressText = progressText(sent, failed, remaining, m_sendClock.elapsed());
    m_progress->setFormat(m_waitingText.isEmpty()
                              ? m_progressText
                              : m_progressText + QStringLiteral(" — ") + m_waitingText);
    m_progress->setMaximum(qMax(1, sent + failed + remaining));
    m_progress->setValue(sent + failed);
}

QString ResultsPanel::progressText(int sent, int failed, int remaining, qint64 elapsedMs)
{
    const QString separator = QStringLiteral(" · ");
    QString text = tr("%n sent", nullptr, sent) + separator + tr("%n failed", nullptr, failed) +
                   separator + tr("%n to go", nullptr, remaining);
    const int done = sent + failed;
    if (done > 0 && remaining > 0 && elapsedMs > 0) {
        // The batches answered so far set the pace for the rest.
        const qint64 leftMs = elapsedMs * remaining / done;
        const int seconds = int(qMax<qint64>(1, (leftMs + 999) / 1000));
        text += separator + (seconds < 120 ? tr("about %n s left", nullptr, seconds)
                                           : tr("about %n min left", nullptr, (seconds + 59) / 60));
    }
    return text;
}

void ResultsPanel::setUnconfirmed(int numbers, int secondsLeft)
{
    m_waitingText = numbers > 0 ? tr("waiting %1 s to be sure the server did not already text %n "
                                     "number(s)",
                                     nullptr, numbers)
                                      .arg(secondsLeft)
                                : QString();
    m_progress->setToolTip(m_waitingText);
    m_progress->setFormat(m_waitingText.isEmpty()
                              ? m_progressText
                              : m_progressText + QStringLiteral(" — ") + m_waitingText);
}

void ResultsPanel::addToolButton(QToolButton *button)
{
    auto *layout = qobject_cast<QHBoxLayout *>(m_toolbar->layout());
    layout->insertWidget(2, button);
}

} // namespace ui
