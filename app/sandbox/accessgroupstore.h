#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sandbox {

// The organization's access permission groups, served in pages like Accessy does, with
// one-shot faults to test a client's page walk.
class AccessGroupStore final
{
public:
    static constexpr int maxPageSize = 250; // Accessy's cap since late 2025
    static constexpr int defaultPageSize = 20;

    struct Group
    {
        QString id;
        QString name;
        QString description;
    };

    AccessGroupStore(const QString &organizationId, int count);
    Q_DISABLE_COPY_MOVE(AccessGroupStore)

    // Replaces the groups by count generated ones (stable ids for a given organization).
    void generate(int count);
    const QList<Group> &groups() const { return m_groups; }
    bool contains(const QString &id) const;

    // One page; pageSize is capped at maxPageSize. Applies and clears the one-shot faults.
    QJsonObject page(int pageNumber, int pageSize);

    // One-shot faults: the next request for a page after the first adds a group (totalItems
    // changes mid-walk); the next request for page k answers no items.
    void changeTotalOnNextLaterPage() { m_changeTotalPending = true; }
    void emptyPageOnce(int pageNumber) { m_emptyPageAt = pageNumber; }

private:
    Group makeGroup(int index) const;

    QString m_organizationId;
    QList<Group> m_groups;
    bool m_changeTotalPending = false;
    std::optional<int> m_emptyPageAt;
};

} // namespace sandbox
