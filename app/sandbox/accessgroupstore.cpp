#include "accessgroupstore.h"

#include <QJsonArray>
#include <QUuid>

namespace sandbox {

namespace {

const char *const names[] = {"Main entrance", "Workshop",       "Storage room", "Office",
                             "Garage",        "Server room",    "Kitchen",      "Laser cutter",
                             "Wood shop",     "Electronics lab"};

} // namespace

AccessGroupStore::AccessGroupStore(const QString &organizationId, int count)
    : m_organizationId(organizationId)
{
    generate(count);
}

AccessGroupStore::Group AccessGroupStore::makeGroup(int index) const
{
    constexpr int named = int(std::size(names));
    const QString name = index < named ? QString::fromLatin1(names[index])
                                       : QStringLiteral("%1 %2")
                                             .arg(QLatin1String(names[index % named]))
                                             .arg(index / named + 1);
    // Name-based UUIDs: the same organization gets the same group ids on every run.
    const QUuid id = QUuid::createUuidV5(QUuid::fromString(m_organizationId),
                                         QStringLiteral("access-group-%1").arg(index));
    return {id.toString(QUuid::WithoutBraces), name,
            QStringLiteral("Access to %1").arg(name.toLower())};
}

void AccessGroupStore::generate(int count)
{
    m_groups.clear();
    for (int i = 0; i < count; ++i)
        m_groups.append(makeGroup(i));
}

bool AccessGroupStore::contains(const QString &id) const
{
    for (const Group &group : m_groups) {
        if (group.id == id)
            return true;
    }
    return false;
}

QJsonObject AccessGroupStore::page(int pageNumber, int pageSize)
{
    pageSize = qBound(1, pageSize, maxPageSize);
    if (m_changeTotalPending && pageNumber > 0) {
        m_changeTotalPending = false;
        m_groups.append(makeGroup(int(m_groups.size())));
    }
    QJsonArray items;
    if (m_emptyPageAt && *m_emptyPageAt == pageNumber) {
        m_emptyPageAt.reset();
    } else {
        const qsizetype first = qsizetype(pageNumber) * pageSize;
        for (qsizetype i = first; i < m_groups.size() && i < first + pageSize; ++i) {
            const Group &group = m_groups.at(i);
            items.append(QJsonObject{{QStringLiteral("id"), group.id},
                                     {QStringLiteral("name"), group.name},
                                     {QStringLiteral("description"), group.description},
                                     {QStringLiteral("constraints"), QJsonValue::Null},
                                     {QStringLiteral("childConstraints"), QJsonArray()}});
        }
    }
    const qsizetype total = m_groups.size();
    return {{QStringLiteral("items"), items},
            {QStringLiteral("totalItems"), qint64(total)},
            {QStringLiteral("pageSize"), pageSize},
            {QStringLiteral("pageNumber"), pageNumber},
            {QStringLiteral("totalPages"), qint64((total + pageSize - 1) / pageSize)}};
}

} // namespace sandbox
