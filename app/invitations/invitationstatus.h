#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace invitations {

// Our own states for rows the server has not (yet) answered for.
namespace LocalStatus {
inline QString queued()
{
    return QStringLiteral("QUEUED");
}
inline QString sending()
{
    return QStringLiteral("SENDING");
}
inline QString failed()
{
    return QStringLiteral("FAILED");
}
// Already a member of the organization: never texted.
inline QString member()
{
    return QStringLiteral("MEMBER");
}
// Already a member: added to the chosen access groups instead of texted.
inline QString addedToGroups()
{
    return QStringLiteral("ADDED_TO_GROUPS");
}
} // namespace LocalStatus

// The API's statuses this app knows by name.
namespace ApiStatus {
inline const QString pending = QStringLiteral("PENDING");
inline const QString accepted = QStringLiteral("ACCEPTED");
inline const QString deleted = QStringLiteral("DELETED");
} // namespace ApiStatus

// Everything the app shows about one status. The one list of statuses: the table, its sort and
// filter, the icons, the status bar and the export all read it.
struct StatusDefinition
{
    QString key;            // the API's word verbatim (PENDING…) or our own (QUEUED…)
    const char *sourceText; // untranslated; text() translates it
    QString iconName;       // :/icons/<variant>/status/<iconName>.svg
    int sortRank;           // the order an invitation lives through its statuses
    bool offeredAsFilter;   // settled statuses the results filter offers; passing ones are not
    const char *sourceExplanation; // one sentence for the tooltip, untranslated
    QString text() const;          // translated
    QString explanation() const;   // translated
};

class InvitationStatus final
{
    Q_DECLARE_TR_FUNCTIONS(InvitationStatus)
public:
    // In the order the status bar counts them: settled statuses first, then passing ones.
    static const QList<StatusDefinition> &all();
    // Null for a status the app does not know (a new API status).
    static const StatusDefinition *find(const QString &key);
    // Unknown statuses are shown verbatim.
    static QString text(const QString &key);
    // One sentence ("Accepted: the person installed Accessy and joined."); empty when unknown.
    static QString explanation(const QString &key);
    // Empty for an unknown status.
    static QString iconName(const QString &key);
    // Unknown statuses rank after every known one.
    static int sortRank(const QString &key);
};

} // namespace invitations
