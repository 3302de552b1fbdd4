#include "invitationstore.h"

#include <QUuid>

namespace sandbox {

InvitationStore::InvitationStore(const OrganizationProfile &organization, QObject *parent)
    : QObject(parent)
    , m_organization(organization)
    , m_organizationJson(organization.toJson())
{
}

QList<Invitation> InvitationStore::create(const QStringList &msisdns, const QString &message,
                                          const QStringList &groupIds)
{
    QList<Invitation> made;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &msisdn : msisdns) {
        Invitation invitation{QUuid::createUuid().toString(QUuid::WithoutBraces),
                              msisdn,
                              message,
                              groupIds,
                              QStringLiteral("PENDING"),
                              now};
        m_indexById.insert(invitation.id, m_invitations.size());
        m_invitations.append(invitation);
        made.append(invitation);
    }
    for (const Invitation &invitation : std::as_const(made))
        Q_EMIT created(invitation);
    return made;
}

const Invitation *InvitationStore::find(const QString &id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.constEnd() ? nullptr : &m_invitations.at(it.value());
}

bool InvitationStore::setStatus(const QString &id, const QString &status)
{
    const auto it = m_indexById.constFind(id);
    if (it == m_indexById.constEnd())
        return false;
    Invitation &invitation = m_invitations[it.value()];
    const QString previous = invitation.status;
    invitation.status = status;
    const Invitation copy = invitation; // a slot may reset the store
    Q_EMIT statusChanged(copy, previous);
    return true;
}

bool InvitationStore::setCreatedAt(const QString &id, const QDateTime &createdAt)
{
    const auto it = m_indexById.constFind(id);
    if (it == m_indexById.constEnd())
        return false;
    m_invitations[it.value()].createdAt = createdAt;
    return true;
}

void InvitationStore::reset()
{
    m_invitations.clear();
    m_indexById.clear();
}

QJsonObject InvitationStore::toJson(const Invitation &invitation) const
{
    return {{QStringLiteral("id"), invitation.id},
            {QStringLiteral("organization"), m_organizationJson},
            {QStringLiteral("recipientMsisdn"), invitation.recipientMsisdn},
            {QStringLiteral("invitationMessage"), invitation.message},
            {QStringLiteral("status"), invitation.status},
            {QStringLiteral("senderName"), m_organization.senderName},
            {QStringLiteral("createdAt"), invitation.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("createdByApplication"), true}};
}

QJsonArray InvitationStore::toJson(const QList<Invitation> &invitations) const
{
    QJsonArray array;
    for (const Invitation &invitation : invitations)
        array.append(toJson(invitation));
    return array;
}

QHash<QString, int> InvitationStore::invitationsPerMsisdn() const
{
    QHash<QString, int> counts;
    for (const Invitation &invitation : m_invitations)
        ++counts[invitation.recipientMsisdn];
    return counts;
}

} // namespace sandbox
