#pragma once

#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace composer {

struct MessageTemplate
{
    QString name;
    QString text;
    friend bool operator==(const MessageTemplate &, const MessageTemplate &) = default;
};

// Saved SMS texts the admin picks from, kept in QSettings under "composer/templates". Names
// are unique ignoring case and surrounding blanks; saving under an existing name replaces it.
class MessageTemplateStore final
{
public:
    // The settings object is not owned and must outlive the store.
    explicit MessageTemplateStore(QSettings *settings);

    // In name order, as the user's locale sorts.
    QList<MessageTemplate> templates() const;
    std::optional<QString> text(const QString &name) const;

    // False (and nothing saved) when the name is blank.
    bool save(const QString &name, const QString &text);
    // False when no template had that name.
    bool remove(const QString &name);

private:
    void write(const QList<MessageTemplate> &templates);

    QSettings *m_settings;
};

} // namespace composer
