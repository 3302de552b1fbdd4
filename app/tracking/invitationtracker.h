#pragma once

#include "accessy/types.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace accessy {
class AccessySession;
struct ApiError;
} // namespace accessy

namespace tracking {

// One status change, however we learnt it (an event, or a difference in the list).
struct StatusChange
{
    QString invitationId;
    QString msisdn;
    QString oldStatus; // empty when the invitation was not known before
    QString newStatus;
    QDateTime at;
};

// Follows the organization's invitations after sending: merges the server's list (on demand and
// periodically) and pushed events into one picture keyed by invitation id, and reports every
// change exactly once. Knows nothing of tables or windows; the window and `watch` both use it.
class InvitationTracker final : public QObject
{
    Q_OBJECT
public:
    explicit InvitationTracker(accessy::AccessySession *session, QObject *parent = nullptr);

    // 0 turns the periodic refresh off.
    void setRefreshInterval(int milliseconds);
    int refreshInterval() const { return m_timer.interval(); }
    void startPeriodicRefresh();
    void stopPeriodicRefresh();

    // Makes an invitation known without reporting it (we created it ourselves just now).
    void remember(const accessy::Invitation &invitation);
    QString statusOf(const QString &invitationId) const
    {
        return m_known.value(invitationId).status;
    }
    int knownCount() const { return int(m_known.size()); }
    bool isRefreshing() const { return m_refreshing; }
    // While held (a send is running), refreshes wait and run once when released, so the list
    // never races the send's own answers.
    void setHeld(bool held);
    bool isHeld() const { return m_held; }

public Q_SLOTS:
    // Reads the whole list; changes and new invitations are reported when it arrives.
    void refresh();
    // A status pushed by the event stream.
    void applyEvent(const QString &invitationId, const QString &newStatus, const QDateTime &at,
                    const QString &msisdn = {});

Q_SIGNALS:
    void statusChanged(const tracking::StatusChange &change);
    // An invitation we had not seen (created elsewhere, or before this run).
    void invitationDiscovered(const accessy::Invitation &invitation);
    void refreshed(int invitationCount);
    // The whole list as read (asked for at `readStartedAt`), after the changes it brought
    // were reported: what the history learns from (StatusHistory).
    void listRead(const QList<accessy::Invitation> &list, const QDateTime &readStartedAt);
    void refreshFailed(const QString &message);

private:
    struct Known
    {
        QString msisdn;
        QString status;
    };
    void merge(const QList<accessy::Invitation> &invitations);

    accessy::AccessySession *m_session;
    QTimer m_timer;
    QHash<QString, Known> m_known;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_held = false;
};

} // namespace tracking

Q_DECLARE_METATYPE(tracking::StatusChange)
