#include "accessgroupspicker.h"

#include "stretchrow.h"

#include "accessy/accessgroupwalker.h"
#include "accessy/accessysession.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

AccessGroupsPicker::AccessGroupsPicker(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
    , m_reload(new QPushButton(tr("Reload"), this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterRole(Qt::ToolTipRole); // name and description
    m_search->setObjectName(QStringLiteral("groupSearch"));
    m_search->setPlaceholderText(tr("Search access groups"));
    m_search->setAccessibleName(tr("Search access groups"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("groupList"));
    m_list->setModel(m_filter);
    m_list->setAccessibleName(tr("Access groups for the invitees"));
    m_list->setUniformItemSizes(true);
    m_status->setObjectName(QStringLiteral("groupStatus"));
    m_status->setWordWrap(true);
    m_reload->setEnabled(false);
    m_reload->setToolTip(tr("Read the access groups from Accessy again"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Access &groups (optional): invitees join these"), this);
    title->setBuddy(m_search);
    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(stretchRow(m_status, {m_reload}));

    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &AccessGroupsPicker::updateStatus);
    connect(m_model, &QStandardItemModel::itemChanged, this, &AccessGroupsPicker::onItemChanged);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        if (m_session)
            load(m_session);
    });
    updateStatus();
}

AccessGroupsPicker::~AccessGroupsPicker() = default;

void AccessGroupsPicker::load(accessy::AccessySession *session)
{
    m_session = session;
    if (m_walker)
        m_walker->deleteLater();
    m_walker = new accessy::AccessGroupWalker(session, this);
    m_problem.clear();
    m_reload->setEnabled(false);
    m_status->setText(tr("Reading the access groups…"));
    connect(m_walker, &accessy::AccessGroupWalker::progress, this, [this](int read, qint64 total) {
        m_status->setText(tr("Reading the access groups… %1 of %2").arg(read).arg(total));
    });
    connect(m_walker, &accessy::AccessGroupWalker::finished, this,
            [this](const QList<accessy::AccessGroup> &groups) {
                m_reload->setEnabled(true);
                setGroups(groups);
            });
    connect(m_walker, &accessy::AccessGroupWalker::failed, this,
            [this](const accessy::ApiError &error) {
                m_reload->setEnabled(true);
                m_problem = error.userMessage();
                updateStatus();
                Q_EMIT loadFailed(error);
            });
    m_walker->start();
}

void AccessGroupsPicker::setGroups(const QList<accessy::AccessGroup> &groups)
{
    const QStringList keep = m_groups.isEmpty() ? m_pendingChecked : checkedIds();
    m_groups = groups;
    m_problem.clear();
    m_filling = true;
    m_model->clear();
    for (const accessy::AccessGroup &g : groups) {
        auto *item = new QStandardItem(g.name.isEmpty() ? g.id : g.name);
        item->setData(g.id, kIdRole);
        item->setToolTip(g.description.isEmpty() ? g.name
                                                 : g.name + QLatin1Char('\n') + g.description);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(keep.contains(g.id) ? Qt::Checked : Qt::Unchecked);
        m_model->appendRow(item);
    }
    m_filling = false;
    m_pendingChecked.clear();
    updateStatus();
    Q_EMIT checkedIdsChanged(checkedIds());
}

void AccessGroupsPicker::setCheckedIds(const QStringList &ids)
{
    if (m_groups.isEmpty()) {
        m_pendingChecked = ids; // applied when the groups arrive
        return;
    }
    m_filling = true;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        item->setCheckState(ids.contains(item->data(kIdRole).toString()) ? Qt::Checked
                                                                         : Qt::Unchecked);
    }
    m_filling = false;
    updateStatus();
    Q_EMIT checkedIdsChanged(checkedIds());
}

QStringList AccessGroupsPicker::checkedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row);
        if (item->checkState() == Qt::Checked)
            ids << item->data(kIdRole).toString();
    }
    return ids;
}

QStringList AccessGroupsPicker::checkedNames() const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row);
        if (item->checkState() == Qt::Checked)
            names << item->text();
    }
    return names;
}

void AccessGroupsPicker::setFilterText(const QString &text)
{
    m_search->setText(text);
}

int AccessGroupsPicker::visibleCount() const
{
    return m_filter->rowCount();
}

QString AccessGroupsPicker::statusText() const
{
    return m_status->text();
}

void AccessGroupsPicker::onItemChanged()
{
    if (m_filling)
        return;
    updateStatus();
    Q_EMIT checkedIdsChanged(checkedIds());
}

void AccessGroupsPicker::updateStatus()
{
    if (!m_problem.isEmpty()) {
        m_status->setText(m_problem);
        m_status->setStyleSheet(QStringLiteral("color: #b34700;"));
        return;
    }
    m_status->setStyleSheet(QString());
    const int chosen = int(checkedIds().size());
    const int total = m_model->rowCount();
    if (total == 0) {
        m_status->setText(m_session ? tr("This organization has no access groups.")
                                    : tr("Sign in to see the access groups."));
        return;
    }
    QString text = tr("%1 of %n group(s) chosen", nullptr, total).arg(chosen);
    if (!m_search->text().isEmpty())
        text += QStringLiteral(" · ") + tr("%n shown", nullptr, visibleCount());
    m_status->setText(text);
}

} // namespace ui
