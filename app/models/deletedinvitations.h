#pragma once

#include "accessy/types.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace accessy {
class AccessySession;
}
namespace events {
class OrganizationEvents;
}
namespace sending {
class SendController;
struct OrganizationSnapshot;
} // namespace sending
namespace tracking {
class InvitationTracker;
struct StatusChange;
} // namespace tracking

namespace models {

class InvitationTableModel;

// Collects the numbers whose invitation was deleted — usually the person reset their account —
// so the window can offer to invite them again: an ORGANIZATION_INVITATION_DELETED event or a
// list that shows DELETED (the tracker's status change), a MEMBERSHIP_REMOVED event (its user
// id named by the last member list read), or a refresh whose list no longer has a pending
// invitation of the table that the organization's previous list had. Each invitation or
// membership counts once, however it is learnt.
class DeletedInvitations final : public QObject
{
    Q_OBJECT
public:
    DeletedInvitations(accessy::AccessySession *session, tracking::InvitationTracker *tracker,
                       events::OrganizationEvents *events, sending::SendController *sender,
                       InvitationTableModel *table, QObject *parent = nullptr);

    // The numbers not offered yet, each once, in the order learnt.
    QStringList numbers() const { return m_numbers; }
    // Offered and answered (invited again, or dismissed): later deletions start a new list.
    void clear();

Q_SIGNALS:
    void changed();

private:
    void add(const QString &key, const QString &msisdn);
    void onStatusChanged(const tracking::StatusChange &change);
    void onListRead(const QList<accessy::Invitation> &list, const QDateTime &readStartedAt);
    void rememberMembers(const sending::OrganizationSnapshot &organization);

    accessy::AccessySession *m_session;
    QPointer<InvitationTableModel> m_table;
    // The ids the organization's last list held: a row counts as gone only when its invitation
    // was listed before (not one created since, nor another organization's after a switch).
    QString m_listedOrganization;
    QSet<QString> m_listed;
    QHash<QString, QString> m_numberOfUser; // user id → number, from the last member list
    QSet<QString> m_counted;                // invitation ids and "user:" ids, each once
    QStringList m_numbers;
};

} // namespace models
