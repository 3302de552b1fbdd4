#include "invitations/invitationstatus.h"

namespace invitations {

const QList<StatusDefinition> &InvitationStatus::all()
{
    static const QList<StatusDefinition> statuses{
        {ApiStatus::pending, QT_TR_NOOP("Invited"), QStringLiteral("pending"), 2, true,
         QT_TR_NOOP("Invited: the SMS was sent; the person has not joined yet.")},
        {ApiStatus::accepted, QT_TR_NOOP("Accepted"), QStringLiteral("accepted"), 3, true,
         QT_TR_NOOP("Accepted: the person installed Accessy and joined.")},
        {ApiStatus::deleted, QT_TR_NOOP("Deleted"), QStringLiteral("deleted"), 4, true,
         QT_TR_NOOP("Deleted: the invitation was withdrawn in Accessy and no longer works.")},
        {LocalStatus::member(), QT_TR_NOOP("Member"), QStringLiteral("accepted"), 5, true,
         QT_TR_NOOP("Member: already in the organization, so no SMS was sent.")},
        {LocalStatus::addedToGroups(), QT_TR_NOOP("Added to groups"), QStringLiteral("accepted"), 6,
         true,
         QT_TR_NOOP("Added to groups: already a member, given the chosen access groups instead "
                    "of an SMS.")},
        {LocalStatus::failed(), QT_TR_NOOP("Not sent"), QStringLiteral("failed"), 7, true,
         QT_TR_NOOP("Not sent: no invitation was created; the Problem column says why.")},
        {LocalStatus::sending(), QT_TR_NOOP("Sending…"), QStringLiteral("sending"), 1, false,
         QT_TR_NOOP("Sending: the request is on its way to Accessy.")},
        {LocalStatus::queued(), QT_TR_NOOP("Waiting"), QStringLiteral("queued"), 0, false,
         QT_TR_NOOP("Waiting: queued in this send, not sent yet.")},
    };
    return statuses;
}

const StatusDefinition *InvitationStatus::find(const QString &key)
{
    for (const StatusDefinition &status : all()) {
        if (status.key == key)
            return &status;
    }
    return nullptr;
}

QString StatusDefinition::text() const
{
    return InvitationStatus::tr(sourceText);
}

QString InvitationStatus::text(const QString &key)
{
    const StatusDefinition *status = find(key);
    return status ? status->text() : key; // unknown API statuses are shown verbatim
}

QString StatusDefinition::explanation() const
{
    return InvitationStatus::tr(sourceExplanation);
}

QString InvitationStatus::explanation(const QString &key)
{
    const StatusDefinition *status = find(key);
    return status ? status->explanation() : QString();
}

QString InvitationStatus::iconName(const QString &key)
{
    const StatusDefinition *status = find(key);
    return status ? status->iconName : QString();
}

int InvitationStatus::sortRank(const QString &key)
{
    const StatusDefinition *status = find(key);
    return status ? status->sortRank : int(all().size());
}

} // namespace invitations
