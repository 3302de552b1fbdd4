#include "memberstore.h"

#include <QJsonArray>
#include <QUuid>

namespace sandbox {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject pageObject(const QJsonArray &items, qsizetype total, int pageNumber, int pageSize)
{
    return {{QStringLiteral("items"), items},
            {QStringLiteral("totalItems"), qint64(total)},
            {QStringLiteral("pageSize"), pageSize},
            {QStringLiteral("pageNumber"), pageNumber},
            {QStringLiteral("totalPages"), qint64((total + pageSize - 1) / pageSize)}};
}

} // namespace

MemberStore::MemberStore(const QString &organizationId, QObject *parent)
    : QObject(parent)
    , m_organizationId(organizationId)
{
}

MemberStore::Member MemberStore::add(const QString &msisdn, const QString &firstName,
                                     const QString &lastName, bool application)
{
    if (!msisdn.isEmpty()) {
        if (const Member *existing = findByMsisdn(msisdn))
            return *existing;
    }
    Member member{newId(),
                  newId(),
                  msisdn,
                  firstName,
                  lastName,
                  application,
                  QDateTime::currentDateTimeUtc()};
    const qsizetype index = m_members.size();
    m_members.append(member);
    if (!msisdn.isEmpty())
        m_byMsisdn.insert(msisdn, index);
    m_byUserId.insert(member.userId, index);
    m_byMembershipId.insert(member.membershipId, index);
    return member;
}

QList<MemberStore::Member> MemberStore::addGenerated(int count)
{
    QList<Member> made;
    made.reserve(count);
    while (made.size() < count) {
        // +4676 and seven digits: valid Swedish mobile numbers, distinct from the ones tests
        // usually invite (+4670…).
        const QString msisdn =
            QStringLiteral("+4676%1").arg(m_nextGenerated++, 7, 10, QLatin1Char('0'));
        if (findByMsisdn(msisdn))
            continue;
        made << add(msisdn, QStringLiteral("Member"), QString::number(m_nextGenerated));
    }
    return made;
}

std::optional<MemberStore::Member> MemberStore::remove(const QString &userId)
{
    const auto it = m_byUserId.constFind(userId);
    if (it == m_byUserId.constEnd())
        return std::nullopt;
    const Member member = m_members.takeAt(it.value());
    for (QList<QString> &ids : m_groupMembers)
        ids.removeAll(member.membershipId);
    reindex();
    Q_EMIT removed(member);
    return member;
}

void MemberStore::reindex()
{
    m_byMsisdn.clear();
    m_byUserId.clear();
    m_byMembershipId.clear();
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        const Member &m = m_members.at(i);
        if (!m.msisdn.isEmpty())
            m_byMsisdn.insert(m.msisdn, i);
        m_byUserId.insert(m.userId, i);
        m_byMembershipId.insert(m.membershipId, i);
    }
}

const MemberStore::Member *MemberStore::findByMsisdn(const QString &msisdn) const
{
    const auto it = m_byMsisdn.constFind(msisdn);
    return it == m_byMsisdn.constEnd() ? nullptr : &m_members.at(it.value());
}

const MemberStore::Member *MemberStore::findByUserId(const QString &userId) const
{
    const auto it = m_byUserId.constFind(userId);
    return it == m_byUserId.constEnd() ? nullptr : &m_members.at(it.value());
}

const MemberStore::Member *MemberStore::findByMembershipId(const QString &membershipId) const
{
    const auto it = m_byMembershipId.constFind(membershipId);
    return it == m_byMembershipId.constEnd() ? nullptr : &m_members.at(it.value());
}

void MemberStore::reset()
{
    m_members.clear();
    m_groupMembers.clear();
    m_groupAdditions = 0;
    m_faults = {};
    reindex();
}

QJsonObject MemberStore::toJson(const Member &member) const
{
    QJsonObject object{{QStringLiteral("id"), member.userId},
                       {QStringLiteral("firstName"), member.firstName},
                       {QStringLiteral("lastName"), member.lastName},
                       {QStringLiteral("application"), member.application}};
    if (!member.msisdn.isEmpty())
        object.insert(QStringLiteral("msisdn"), member.msisdn);
    return object;
}

QJsonObject MemberStore::membershipJson(const Member &member) const
{
    return {{QStringLiteral("id"), member.membershipId},
            {QStringLiteral("userId"), member.userId},
            {QStringLiteral("organizationId"), m_organizationId},
            {QStringLiteral("roles"), QJsonArray{QStringLiteral("USER")}}};
}

QJsonObject MemberStore::page(int pageNumber, int pageSize)
{
    pageSize = qBound(1, pageSize, maxPageSize);
    if (m_faults.changeTotalOnLaterPage && pageNumber > 0) {
        m_faults.changeTotalOnLaterPage = false;
        addGenerated(1);
    }
    QJsonArray items;
    if (m_faults.emptyPageAt && *m_faults.emptyPageAt == pageNumber) {
        m_faults.emptyPageAt.reset();
    } else {
        const qsizetype first = qsizetype(pageNumber) * pageSize;
        for (qsizetype i = first; i < m_members.size() && i < first + pageSize; ++i)
            items.append(toJson(m_members.at(i)));
    }
    return pageObject(items, m_members.size(), pageNumber, pageSize);
}

bool MemberStore::addToGroup(const QString &groupId, const QString &membershipId)
{
    if (!findByMembershipId(membershipId))
        return false;
    QList<QString> &ids = m_groupMembers[groupId];
    if (!ids.contains(membershipId)) {
        ids.append(membershipId);
        ++m_groupAdditions;
    }
    return true;
}

QJsonObject MemberStore::groupPage(const QString &groupId, int pageNumber, int pageSize) const
{
    pageSize = qBound(1, pageSize, maxPageSize);
    const QList<QString> ids = m_groupMembers.value(groupId);
    QJsonArray items;
    const qsizetype first = qsizetype(pageNumber) * pageSize;
    for (qsizetype i = first; i < ids.size() && i < first + pageSize; ++i) {
        if (const Member *member = findByMembershipId(ids.at(i)))
            items.append(membershipJson(*member));
    }
    return pageObject(items, ids.size(), pageNumber, pageSize);
}

QHash<QString, QStringList> MemberStore::groupsPerMsisdn() const
{
    QHash<QString, QStringList> groups;
    for (auto it = m_groupMembers.cbegin(); it != m_groupMembers.cend(); ++it) {
        for (const QString &membershipId : it.value()) {
            if (const Member *member = findByMembershipId(membershipId))
                groups[member->msisdn.isEmpty() ? member->userId : member->msisdn] << it.key();
        }
    }
    return groups;
}

} // namespace sandbox
