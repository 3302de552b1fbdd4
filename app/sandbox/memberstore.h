#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace sandbox {

// The organization's members, served in pages like Accessy does. A number becomes a member when
// its invitation is accepted or when a test adds it through the control API; each member has a
// user id and a membership id, and can be added to access groups. One-shot faults test a
// client's page walk (the total changing, an empty page, a 429 or an expired token mid-walk).
class MemberStore final : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxPageSize = 250; // the same cap as the groups
    static constexpr int defaultPageSize = 20;

    struct Member
    {
        QString userId;
        QString membershipId;
        QString msisdn; // empty: an account that was reset
        QString firstName;
        QString lastName;
        bool application = false; // API credentials, not a person
        QDateTime joinedAt;
    };

    explicit MemberStore(const QString &organizationId, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MemberStore)

    // Adds a member (or answers the existing one for that number).
    Member add(const QString &msisdn, const QString &firstName, const QString &lastName,
               bool application = false);
    // count generated members with numbers +4676 0000000 upwards that are not members yet.
    QList<Member> addGenerated(int count);
    std::optional<Member> remove(const QString &userId);
    const Member *findByMsisdn(const QString &msisdn) const;
    const Member *findByUserId(const QString &userId) const;
    const Member *findByMembershipId(const QString &membershipId) const;
    const QList<Member> &members() const { return m_members; }
    void reset();

    QJsonObject toJson(const Member &member) const;
    QJsonObject membershipJson(const Member &member) const;

    // One page; pageSize is capped at maxPageSize. Applies and clears the one-shot page faults.
    QJsonObject page(int pageNumber, int pageSize);

    // Group memberships: false when the membership is unknown. Adding twice changes nothing.
    bool addToGroup(const QString &groupId, const QString &membershipId);
    int groupAdditions() const { return m_groupAdditions; }
    QJsonObject groupPage(const QString &groupId, int pageNumber, int pageSize) const;
    QHash<QString, QStringList> groupsPerMsisdn() const;

    // One-shot faults of the member list walk.
    struct WalkFaults
    {
        bool changeTotalOnLaterPage = false; // a member joins before a later page is read
        std::optional<int> emptyPageAt;
        std::optional<int> rateLimitPageAt;    // that page answers 429 once
        std::optional<int> expireTokensAtPage; // every token expires before that page
        bool rateLimitNextGroupAdd = false;    // the next group PUT/POST answers 429 once
        int retryAfterSeconds = 1;
    };
    WalkFaults &walkFaults() { return m_faults; }

Q_SIGNALS:
    void removed(const MemberStore::Member &member);

private:
    void reindex();

    QString m_organizationId;
    QList<Member> m_members;
    QHash<QString, qsizetype> m_byMsisdn;
    QHash<QString, qsizetype> m_byUserId;
    QHash<QString, qsizetype> m_byMembershipId;
    QHash<QString, QList<QString>> m_groupMembers; // group id → membership ids, in order added
    int m_groupAdditions = 0;
    qint64 m_nextGenerated = 0;
    WalkFaults m_faults;
};

} // namespace sandbox
