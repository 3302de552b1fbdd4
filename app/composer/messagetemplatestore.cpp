#include "composer/messagetemplatestore.h"

#include <QCollator>
#include <QSettings>

#include <algorithm>

namespace composer {
namespace {

const QString Group = QStringLiteral("composer/templates");
const QString NameKey = QStringLiteral("name");
const QString TextKey = QStringLiteral("text");

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

MessageTemplateStore::MessageTemplateStore(QSettings *settings)
    : m_settings(settings)
{
}

QList<MessageTemplate> MessageTemplateStore::templates() const
{
    QList<MessageTemplate> result;
    const int n = m_settings->beginReadArray(Group);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        MessageTemplate t{m_settings->value(NameKey).toString(),
                          m_settings->value(TextKey).toString()};
        if (!t.name.trimmed().isEmpty()) // a hand-edited file may hold holes
            result.append(std::move(t));
    }
    m_settings->endArray();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(result.begin(), result.end(),
                     [&](const MessageTemplate &a, const MessageTemplate &b) {
                         return collator.compare(a.name, b.name) < 0;
                     });
    return result;
}

std::optional<QString> MessageTemplateStore::text(const QString &name) const
{
    for (const MessageTemplate &t : templates())
        if (sameName(t.name, name))
            return t.text;
    return std::nullopt;
}

bool MessageTemplateStore::save(const QString &name, const QString &text)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    QList<MessageTemplate> all = templates();
    all.removeIf([&](const MessageTemplate &t) { return sameName(t.name, trimmed); });
    all.append(MessageTemplate{trimmed, text});
    write(all);
    return true;
}

bool MessageTemplateStore::remove(const QString &name)
{
    QList<MessageTemplate> all = templates();
    if (all.removeIf([&](const MessageTemplate &t) { return sameName(t.name, name); }) == 0)
        return false;
    write(all);
    return true;
}

void MessageTemplateStore::write(const QList<MessageTemplate> &templates)
{
    m_settings->remove(Group);
    m_settings->beginWriteArray(Group, int(templates.size()));
    for (int i = 0; i < templates.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(NameKey, templates[i].name);
        m_settings->setValue(TextKey, templates[i].text);
    }
    m_settings->endArray();
}

} // namespace composer
