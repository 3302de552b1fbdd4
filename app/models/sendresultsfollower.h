#pragma once

#include "sending/sendtypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace sending {
class SendController;
}

namespace models {

class InvitationTableModel;

// Shows the sends of a SendController in the results table: a row per queued number, kept up
// to date as its batch leaves and its outcome arrives. The controller knows no table; this is
// the one place that turns its signals into rows.
class SendResultsFollower final : public QObject
{
    Q_OBJECT
public:
    SendResultsFollower(sending::SendController *sender, InvitationTableModel *table,
                        QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SendResultsFollower)

    // The table row showing the number with this key; -1 when none does.
    int rowForKey(int key) const { return m_rowByKey.value(key, -1); }

private:
    void appendItems(const QList<sending::SendItem> &items);
    void setStatus(const QList<int> &keys, const QString &status);
    void applyOutcome(const sending::SendOutcome &outcome);

    QPointer<InvitationTableModel> m_table;
    QHash<int, int> m_rowByKey;
};

} // namespace models
