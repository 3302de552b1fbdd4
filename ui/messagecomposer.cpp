#include "messagecomposer.h"

#include "stretchrow.h"
#include "ucs2highlighter.h"

#include "composer/plaincharacters.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {
namespace {

// At most this many distinct characters are named in the hint; the marks show the rest.
constexpr int MaxNamedCharacters = 8;

QString describe(char32_t cp)
{
    if (cp == 0xA0 || cp == 0x202F || cp == 0x2007)
        return MessageComposer::tr("non-breaking space");
    if (cp == U'\t')
        return MessageComposer::tr("tab");
    if (QChar::category(cp) == QChar::Separator_Space || QChar::category(cp) == QChar::Other_Format)
        return MessageComposer::tr("invisible character U+%1")
            .arg(QString::number(quint32(cp), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    return QString::fromUcs4(&cp, 1);
}

} // namespace

MessageComposer::MessageComposer(QWidget *parent)
    : QWidget(parent)
{
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("messageEdit"));
    m_edit->setAccessibleName(tr("Message"));
    m_edit->setAccessibleDescription(
        tr("The text of the SMS. Below it: its length in characters and SMS parts."));
    m_edit->setTabChangesFocus(true);
    m_highlighter = new Ucs2Highlighter(m_edit->document());

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("messageCount"));
    m_countLabel->setAccessibleName(tr("Message length"));
    m_countLabel->setToolTip(
        tr("One SMS holds 160 characters, or 153 each when the message is split. The characters "
           "^ { } \\ [ ~ ] | € count twice. One character outside this set (such as “ ” – … or "
           "an emoji) makes the whole message Unicode: 70 characters, or 67 each when split."));

    m_replace = new QPushButton(tr("Replace with &plain characters"), this);
    m_replace->setObjectName(QStringLiteral("replacePlain"));
    m_replace->setToolTip(tr("Replace typographic quotes, dashes, ellipses, special spaces and "
                             "accents the SMS alphabet lacks, so more text fits in each SMS"));
    m_replace->setAccessibleDescription(m_replace->toolTip());
    m_replace->setVisible(false);

    m_templatesMenu = new QMenu(this);
    m_templatesButton = new QToolButton(this);
    m_templatesButton->setObjectName(QStringLiteral("messageTemplates"));
    m_templatesButton->setText(tr("&Templates"));
    m_templatesButton->setAccessibleName(tr("Message templates"));
    m_templatesButton->setToolTip(tr("Use a saved message, or save this one for next time"));
    m_templatesButton->setPopupMode(QToolButton::InstantPopup);
    m_templatesButton->setMenu(m_templatesMenu);

    m_ucs2Label = new QLabel(this);
    m_ucs2Label->setObjectName(QStringLiteral("ucs2Characters"));
    m_ucs2Label->setWordWrap(true);
    m_ucs2Label->setTextFormat(Qt::PlainText);
    m_ucs2Label->setAccessibleName(tr("Characters that shorten the SMS"));
    m_ucs2Label->setVisible(false);

    QHBoxLayout *row = stretchRow(m_countLabel, {m_replace, m_templatesButton});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addLayout(row);
    layout->addWidget(m_ucs2Label);
    setFocusProxy(m_edit);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateCount();
        Q_EMIT textChanged();
    });
    connect(m_replace, &QPushButton::clicked, this, &MessageComposer::replaceWithPlainCharacters);
    connect(m_templatesMenu, &QMenu::aboutToShow, this, &MessageComposer::fillTemplatesMenu);

    m_ownSettings = std::make_unique<QSettings>();
    m_ownStore = std::make_unique<composer::MessageTemplateStore>(m_ownSettings.get());
    m_store = m_ownStore.get();
    updateCount();
}

MessageComposer::~MessageComposer() = default;

QString MessageComposer::text() const
{
    return m_edit->toPlainText();
}

void MessageComposer::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

void MessageComposer::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void MessageComposer::setTemplateStore(composer::MessageTemplateStore *store)
{
    m_store = store ? store : m_ownStore.get();
}

QString MessageComposer::countText(const composer::SmsCount &count)
{
    const QString encoding =
        count.encoding == composer::SmsEncoding::Gsm7 ? tr("GSM") : tr("Unicode");
    //: %1 is "N characters", %2 is "M SMS", %3 the alphabet: GSM or Unicode
    return tr("%1 · %2 (%3)")
        .arg(tr("%n character(s)", nullptr, count.units), tr("%n SMS", nullptr, count.parts),
             encoding);
}

void MessageComposer::updateCount()
{
    const QString text = m_edit->toPlainText();
    m_count = composer::countSms(text);
    QString label = countText(m_count);
    if (m_count.parts > 0)
        label += QStringLiteral(" · ") + tr("%n left", nullptr, m_count.remainingInPart);
    m_countLabel->setText(label);

    const QList<composer::Ucs2Character> forcing = composer::ucs2Characters(text);
    bool replaceable = false;
    QStringList named;
    QList<char32_t> seen;
    for (const composer::Ucs2Character &c : forcing) {
        replaceable = replaceable || composer::plainReplacement(c.codePoint).has_value();
        if (!seen.contains(c.codePoint) && seen.size() < MaxNamedCharacters) {
            seen.append(c.codePoint);
            named.append(describe(c.codePoint));
        }
    }
    m_replace->setVisible(replaceable);
    m_ucs2Label->setVisible(!forcing.isEmpty());
    if (!forcing.isEmpty()) {
        m_ucs2Label->setText(
            tr("%n character(s) outside the SMS alphabet make this a Unicode SMS with fewer "
               "characters per part: %1",
               nullptr, int(forcing.size()))
                .arg(named.join(QStringLiteral("  "))));
    }
}

void MessageComposer::replaceAll(const QString &text)
{
    if (text == m_edit->toPlainText())
        return;
    // Through a cursor, not setPlainText, so Ctrl+Z brings the old text back.
    QTextCursor cursor(m_edit->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
}

void MessageComposer::replaceWithPlainCharacters()
{
    replaceAll(composer::replaceWithPlainCharacters(m_edit->toPlainText()));
}

void MessageComposer::applyTemplate(const QString &name)
{
    if (const std::optional<QString> text = m_store->text(name))
        replaceAll(*text);
}

bool MessageComposer::saveAsTemplate(const QString &name)
{
    return m_store->save(name, m_edit->toPlainText());
}

bool MessageComposer::removeTemplate(const QString &name)
{
    return m_store->remove(name);
}

void MessageComposer::fillTemplatesMenu()
{
    m_templatesMenu->clear();
    const QList<composer::MessageTemplate> templates = m_store->templates();
    for (const composer::MessageTemplate &t : templates) {
        QAction *use = m_templatesMenu->addAction(t.name);
        use->setToolTip(t.text);
        connect(use, &QAction::triggered, this, [this, name = t.name] { applyTemplate(name); });
    }
    if (templates.isEmpty())
        m_templatesMenu->addAction(tr("No saved templates"))->setEnabled(false);
    m_templatesMenu->addSeparator();
    QAction *save = m_templatesMenu->addAction(tr("&Save message as template…"), this,
                                               &MessageComposer::promptSaveTemplate);
    save->setEnabled(!m_edit->toPlainText().trimmed().isEmpty());
    QMenu *remove = m_templatesMenu->addMenu(tr("&Delete template"));
    remove->setEnabled(!templates.isEmpty());
    for (const composer::MessageTemplate &t : templates)
        remove->addAction(t.name, this, [this, name = t.name] { removeTemplate(name); });
}

void MessageComposer::promptSaveTemplate()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save message as template"), tr("Template name:"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        saveAsTemplate(name);
}

} // namespace ui
