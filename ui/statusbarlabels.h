#pragma once

#include "events/stompclient.h"

#include <QLabel>
#include <QTimer>

namespace models {
class InvitationTableModel;
}

namespace ui {

// "● Live", "◌ Reconnecting…": the state of the live status connection, with a tip saying
// what it means for the statuses shown.
class LiveStateLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit LiveStateLabel(QWidget *parent = nullptr);
    void showState(events::StompClient::State state);
};

// "Invited: 3 · Accepted: 1": how many invitations have each status, recounted at most every
// 100 ms however many rows change.
class StatusCountsLabel final : public QLabel
{
    Q_OBJECT
public:
    StatusCountsLabel(models::InvitationTableModel *results, QWidget *parent = nullptr);
    void updateCounts();

private:
    models::InvitationTableModel *m_results;
    QTimer m_throttle;
};

} // namespace ui
