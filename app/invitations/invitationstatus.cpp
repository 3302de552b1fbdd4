#include "invitations/invitationstatus.h"

namespace invitations {

const QList<StatusDefinition> &InvitationStatus::all()
{
    static const QList<StatusDefinition> statuses{
        {ApiStatus::pending, QT_TR_NOOP("Invited"), QStringLiteral("pending"), 2, true},
        {ApiStatus::accepted, QT_TR_NOOP("Accepted"), QStringLiteral("accepted"), 3, true},
        {ApiStatus::deleted, QT_TR_NOOP("Deleted"), QStringLiteral("deleted"), 4, true},
        {LocalStatus::member(), QT_TR_NOOP("Member"), QStringLiteral("accepted"), 5, true},
        {LocalStatus::addedToGroups(), QT_TR_NOOP("Added to groups"), QStringLiteral("accepted"), 6,
         true},
        {LocalStatus::failed(), QT_TR_NOOP("Not sent"), QStringLiteral("failed"), 7, true},
        {LocalStatus::sending(), QT_TR_NOOP("Sending…"), QStringLiteral("sending"), 1, false},
        {LocalStatus::queued(), QT_TR_NOOP("Waiting"), QStringLiteral("queued"), 0, false},
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
