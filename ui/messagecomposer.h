#pragma once

#include "composer/messagetemplatestore.h"
#include "composer/smscounter.h"

#include <QWidget>

#include <memory>

class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QToolButton;

namespace ui {

class Ucs2Highlighter;

// The SMS text with what the admin needs while writing it: a live count of characters and
// SMS parts (GSM 03.38 or UCS-2), the characters that force UCS-2 marked and named, a
// one-click "replace with plain characters", and saved templates.
class MessageComposer final : public QWidget
{
    Q_OBJECT
public:
    explicit MessageComposer(QWidget *parent = nullptr);
    ~MessageComposer() override;

    QString text() const;
    void setText(const QString &text);
    void setPlaceholderText(const QString &text);
    QPlainTextEdit *editor() const { return m_edit; }
    composer::SmsCount count() const { return m_count; }

    // Templates come from this store (not owned; it must outlive the widget). Without one the
    // widget keeps them in the application's QSettings.
    void setTemplateStore(composer::MessageTemplateStore *store);
    composer::MessageTemplateStore *templateStore() const { return m_store; }

    // Undoable with Ctrl+Z, like typing.
    void replaceWithPlainCharacters();
    void applyTemplate(const QString &name);
    bool saveAsTemplate(const QString &name);
    bool removeTemplate(const QString &name);

    // "N characters · M SMS (GSM)" as shown under the text.
    static QString countText(const composer::SmsCount &count);

Q_SIGNALS:
    void textChanged();

private:
    void updateCount();
    void replaceAll(const QString &text);
    void fillTemplatesMenu();
    void promptSaveTemplate();

    QPlainTextEdit *m_edit = nullptr;
    Ucs2Highlighter *m_highlighter = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_ucs2Label = nullptr;
    QPushButton *m_replace = nullptr;
    QToolButton *m_templatesButton = nullptr;
    QMenu *m_templatesMenu = nullptr;
    composer::SmsCount m_count;
    std::unique_ptr<QSettings> m_ownSettings;
    std::unique_ptr<composer::MessageTemplateStore> m_ownStore;
    composer::MessageTemplateStore *m_store = nullptr;
};

} // namespace ui
