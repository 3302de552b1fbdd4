#include "sendhistorywindow.h"

#include "exportpathdialog.h"
#include "stretchrow.h"

#include "export/exportfile.h"
#include "history/historystore.h"
#include "history/sendhistoryquery.h"
#include "models/modelexport.h"
#include "models/sendhistorymodel.h"
#include "models/sendnumbersmodel.h"
#include "settings/profilestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

namespace {

const QString kGeometryKey = QStringLiteral("sendHistory/geometry");
const QString kSplitterKey = QStringLiteral("sendHistory/splitter");

// Organization ids → names, from the connection profiles that learnt them.
QHash<QString, QString> knownOrganizationNames()
{
    QHash<QString, QString> names;
    settings::ProfileStore profiles;
    for (const QString &name : profiles.profileNames()) {
        const settings::ConnectionProfile profile = profiles.load(name);
        if (!profile.organizationId.isEmpty() && !profile.organizationName.isEmpty())
            names.insert(profile.organizationId, profile.organizationName);
    }
    return names;
}

QTableView *newTable(QWidget *parent, QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setTabKeyNavigation(false); // Tab moves on to the next control
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setAccessibleName(name);
    return view;
}

// Each column as wide as its longest cell or header, but no wider than 200 pixels (scaled
// with the font): a long message, organization id or file name is elided, its tooltip whole,
// so that the counts stay in sight.
void fitColumns(QTableView *view)
{
    view->resizeColumnsToContents();
    const int widest = view->fontMetrics().averageCharWidth() * 28;
    QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionSize(column) > widest)
            header->resizeSection(column, widest);
    }
}

} // namespace

SendHistoryWindow::SendHistoryWindow(QWidget *parent)
    : QDialog(parent)
    , m_sends(new models::SendHistoryModel(this))
    , m_shown(new models::SendHistoryFilterModel(this))
    , m_numbers(new models::SendNumbersModel(this))
{
    setObjectName(QStringLiteral("sendHistoryWindow"));
    setWindowTitle(tr("Send history"));
    // A window of its own: minimize and maximize, and it stays open beside the main window.
    setWindowFlags(Qt::Window | Qt::WindowTitleHint | Qt::WindowSystemMenuHint |
                   Qt::WindowMinMaxButtonsHint | Qt::WindowCloseButtonHint);
    setModal(false);
    setSizeGripEnabled(true);
    m_shown->setSourceModel(m_sends);
    buildLayout();

    if (!restoreGeometry(QSettings().value(kGeometryKey).toByteArray())) {
        QSize size(780, 520); // fits a 800×600 screen with its frame
        if (const QScreen *screen = parent ? parent->screen() : this->screen())
            size = size.boundedTo(screen->availableGeometry().size() - QSize(16, 48));
        resize(size);
    }
    reload();
}

SendHistoryWindow::~SendHistoryWindow() = default;

SendHistoryWindow *SendHistoryWindow::showFor(QWidget *owner)
{
    auto *window = owner->findChild<SendHistoryWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!window) {
        window = new SendHistoryWindow(owner);
    } else {
        window->reload();
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void SendHistoryWindow::buildLayout()
{
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Number, file, message or organization"));
    m_search->setAccessibleName(tr("Search the send history"));
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_period = new QComboBox(this);
    m_period->addItems(
        {tr("Any time"), tr("Today"), tr("Last 7 days"), tr("Last 30 days"), tr("Last 12 months")});
    auto *periodLabel = new QLabel(tr("S&ent:"), this);
    periodLabel->setBuddy(m_period);
    m_count = new QLabel(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(periodLabel);
    filters->addWidget(m_period);
    filters->addWidget(m_count);

    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sendsView = newTable(this, m_shown, tr("Past sends"));
    m_sendsView->sortByColumn(models::SendHistoryModel::WhenColumn, Qt::DescendingOrder);
    auto *numbersSorted = new QSortFilterProxyModel(this);
    numbersSorted->setSourceModel(m_numbers);
    numbersSorted->setSortRole(models::SendNumbersModel::SortRole);
    m_numbersView = newTable(this, numbersSorted, tr("Numbers of the selected send"));
    m_numbersView->horizontalHeader()->setStretchLastSection(true);
    m_numbersView->sortByColumn(-1, Qt::AscendingOrder); // the send's own order until asked
    m_numbersTitle = new QLabel(this);
    m_numbersTitle->setBuddy(m_numbersView);
    auto *numbersPane = new QWidget(this);
    auto *numbersLayout = new QVBoxLayout(numbersPane);
    numbersLayout->setContentsMargins(0, 0, 0, 0);
    numbersLayout->addWidget(m_numbersTitle);
    numbersLayout->addWidget(m_numbersView);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_sendsView);
    splitter->addWidget(numbersPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->restoreState(QSettings().value(kSplitterKey).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { QSettings().setValue(kSplitterKey, splitter->saveState()); });
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(splitter);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("E&xport…"), QDialogButtonBox::ActionRole);
    m_export->setToolTip(tr("Save the sends shown as CSV or Excel"));
    m_refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    m_refresh->setToolTip(tr("Read the history again (F5)"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    // Enter in the search field must not close the window or start an export.
    for (QPushButton *button : {m_export, m_refresh, close}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    QHBoxLayout *bottom = stretchRow(m_note, {buttons});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_pages, 1);
    layout->addLayout(bottom);
    setTabOrder(m_search, m_period);
    setTabOrder(m_period, m_sendsView);
    setTabOrder(m_sendsView, m_numbersView);
    setTabOrder(m_numbersView, m_export);
    setTabOrder(m_export, m_refresh);
    setTabOrder(m_refresh, close);

    // Ctrl+F: the search, from any control of this window.
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_shown->setSearchText(text);
        updateState();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, &SendHistoryWindow::applyPeriod);
    connect(m_sendsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SendHistoryWindow::showNumbersOfCurrent);
    connect(m_shown, &QAbstractItemModel::modelReset, this,
            &SendHistoryWindow::showNumbersOfCurrent);
    connect(m_export, &QPushButton::clicked, this, &SendHistoryWindow::chooseExportFile);
    connect(m_refresh, &QPushButton::clicked, this, &SendHistoryWindow::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

history::HistoryStore *SendHistoryWindow::store()
{
    if (m_store && m_store->isOpen())
        return m_store.get();
    m_store.reset();
    const QString path = history::HistoryStore::defaultPath();
    if (!QFile::exists(path))
        return nullptr; // nothing sent from this computer yet; the file is not created
    auto store = std::make_unique<history::HistoryStore>();
    QString error;
    if (!store->open(path, &error)) {
        m_problem = error;
        return nullptr;
    }
    m_store = std::move(store);
    return m_store.get();
}

void SendHistoryWindow::reload()
{
    const qint64 selected =
        m_sendsView->currentIndex().data(models::SendHistoryModel::JobIdRole).toLongLong();
    m_problem.clear();
    m_sends->setOrganizationNames(knownOrganizationNames());
    history::HistoryStore *history = store();
    m_sends->setSends(history ? history::SendHistoryQuery(*history).sends()
                              : QList<history::SendSummary>());
    m_note->clear();
    // The same send as before, else the newest shown.
    QModelIndex current = m_shown->index(0, 0);
    for (int row = 0; row < m_shown->rowCount(); ++row) {
        const QModelIndex index = m_shown->index(row, 0);
        if (selected > 0 && index.data(models::SendHistoryModel::JobIdRole) == selected)
            current = index;
    }
    if (current.isValid())
        m_sendsView->selectionModel()->setCurrentIndex(
            current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showNumbersOfCurrent();
    updateState();
    // An outcome no send had takes no room (the export still has its column).
    for (history::NumberState state : history::SendHistoryQuery::outcomes()) {
        bool seen = false;
        for (int row = 0; row < m_sends->rowCount() && !seen; ++row)
            seen = m_sends->send(row).count(state) > 0;
        m_sendsView->setColumnHidden(models::SendHistoryModel::outcomeColumn(state), !seen);
    }
    fitColumns(m_sendsView);
}

void SendHistoryWindow::setPeriod(Period period)
{
    m_period->setCurrentIndex(period);
}

void SendHistoryWindow::applyPeriod()
{
    const QDate today = QDate::currentDate();
    QDateTime since;
    switch (Period(m_period->currentIndex())) {
    case AnyTime:
        break;
    case Today:
        since = today.startOfDay();
        break;
    case Last7Days:
        since = today.addDays(-6).startOfDay();
        break;
    case Last30Days:
        since = today.addDays(-29).startOfDay();
        break;
    case Last12Months:
        since = today.addYears(-1).startOfDay();
        break;
    }
    m_shown->setSince(since);
    updateState();
}

void SendHistoryWindow::showNumbersOfCurrent()
{
    const QModelIndex current = m_sendsView->currentIndex();
    history::HistoryStore *history = m_store.get();
    if (!current.isValid() || !history) {
        m_numbers->setNumbers({});
        m_numbersTitle->setText(tr("&Numbers: choose a send above."));
        return;
    }
    const qint64 jobId = current.data(models::SendHistoryModel::JobIdRole).toLongLong();
    m_numbers->setNumbers(history::SendHistoryQuery(*history).numbers(jobId));
    fitColumns(m_numbersView);
    const QString when =
        m_shown->index(current.row(), models::SendHistoryModel::WhenColumn).data().toString();
    m_numbersTitle->setText(tr("&Numbers of the send of %1 (%n), with their status now:", nullptr,
                               m_numbers->rowCount())
                                .arg(when));
}

void SendHistoryWindow::updateState()
{
    const int total = m_sends->rowCount();
    const int shown = m_shown->rowCount();
    if (!m_problem.isEmpty()) {
        m_empty->setText(m_problem);
    } else if (total == 0) {
        m_empty->setText(tr("No sends yet. Every send from this computer, from the window or "
                            "the command line, is listed here with its numbers and what became "
                            "of them."));
    }
    const bool empty = total == 0 || !m_problem.isEmpty();
    m_pages->setCurrentIndex(empty ? 0 : 1);
    m_count->setText(empty            ? QString()
                     : shown == 0     ? tr("No send matches.")
                     : shown == total ? tr("%n send(s)", nullptr, total)
                                      : tr("%1 of %n send(s)", nullptr, total).arg(shown));
    m_export->setEnabled(shown > 0);
    if (shown == 0)
        m_numbers->setNumbers({});
    else if (!m_sendsView->currentIndex().isValid())
        m_sendsView->selectionModel()->setCurrentIndex(
            m_shown->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool SendHistoryWindow::showsEmptyState() const
{
    return m_pages->currentIndex() == 0;
}

std::optional<QString> SendHistoryWindow::exportTo(const QString &path)
{
    const exporting::ExportTable table = models::exportTable(*m_shown);
    if (auto error = exporting::writeExportFile(table, path, exporting::exportFormatForPath(path)))
        return error;
    m_note->setText(tr("%n send(s) exported to %1.", nullptr, int(table.rows.size()))
                        .arg(QDir::toNativeSeparators(path)));
    return std::nullopt;
}

void SendHistoryWindow::chooseExportFile()
{
    const QString name = tr("send-history-%1.xlsx").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = askExportPath(this, tr("Export send history"), name);
    if (path.isEmpty())
        return;
    if (const auto error = exportTo(path))
        QMessageBox::warning(this, tr("Not exported"), *error);
}

void SendHistoryWindow::onClosed()
{
    QSettings().setValue(kGeometryKey, saveGeometry());
    // Closed, the window holds no connection to the history (forgetting a number rewrites
    // the file); showFor() reads it again.
    m_store.reset();
}

void SendHistoryWindow::done(int result)
{
    onClosed();
    QDialog::done(result);
}

void SendHistoryWindow::closeEvent(QCloseEvent *event)
{
    onClosed();
    QDialog::closeEvent(event);
}

} // namespace ui
