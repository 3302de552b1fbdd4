#include "forgetnumberaction.h"

#include "core/draftstore.h"

#include "history/historystore.h"
#include "models/invitationtablemodel.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QMessageBox>
#include <QPushButton>

namespace ui {

ForgetNumberAction::ForgetNumberAction(QAbstractItemView *view, models::InvitationTableModel *model,
                                       std::function<history::HistoryStore *()> history,
                                       QWidget *parent)
    : QAction(tr("Forget this number…"), parent)
    , m_view(view)
    , m_model(model)
    , m_history(std::move(history))
{
    setToolTip(tr("Delete everything this app keeps about this phone number on this computer"));
    connect(this, &QAction::triggered, this, &ForgetNumberAction::forgetCurrent);
}

QString ForgetNumberAction::currentMsisdn() const
{
    QModelIndex index = m_view->currentIndex();
    // The view may show the rows through sort/filter proxies: find the table's own row.
    while (index.isValid() && index.model() != m_model) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model());
        if (!proxy)
            return {};
        index = proxy->mapToSource(index);
    }
    return index.isValid() ? m_model->row(index.row()).msisdn : QString();
}

QString ForgetNumberAction::question(const QString &msisdn)
{
    return tr("Forget %1?").arg(msisdn);
}

QString ForgetNumberAction::details()
{
    return tr("This deletes from this computer every record of this number in the send "
              "history — invitations, send jobs and their journal, with any name and message "
              "kept with them — and wipes them from the history file. Its rows leave the table.\n\n"
              "The invitation in Accessy is not affected: the person can still accept it, and "
              "Accessy keeps its own records.");
}

void ForgetNumberAction::forgetCurrent()
{
    const QString msisdn = currentMsisdn();
    auto *parent = qobject_cast<QWidget *>(this->parent());
    if (msisdn.isEmpty())
        return;
    history::HistoryStore *store = m_history();
    if (!store) {
        QMessageBox::information(parent, tr("Forget this number"),
                                 tr("Wait until the send has finished, then try again."));
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Forget this number"), question(msisdn),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(details());
    QPushButton *forget = box.addButton(tr("Forget"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != forget)
        return;
    const int records = store->forget({msisdn});
    if (records < 0) {
        QMessageBox::warning(parent, tr("Forget this number"),
                             tr("The send history could not be changed: %1. Nothing was "
                                "removed.")
                                 .arg(store->lastError()));
        return;
    }
    m_model->removeRowsWithMsisdn(msisdn);
    core::DraftStore().forget({msisdn}); // a saved draft that still lists the number
    Q_EMIT forgotten(msisdn, records);
}

} // namespace ui
