#include "invitepanel.h"

#include "accessgroupspicker.h"
#include "messagecomposer.h"
#include "phoneentryview.h"
#include "stretchrow.h"

#include "i18n/translations.h"
#include "phones/numberregion.h"
#include "phones/pastesplitter.h"
#include "phones/phonelistchecker.h"
#include "phones/phonenormalizer.h"

#include <QApplication>
#include <QClipboard>
#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

using models::PhoneEntryModel;

InvitePanel::InvitePanel(QWidget *parent)
    : QWidget(parent)
    , m_numbers(new QPlainTextEdit(this))
    , m_clearImport(new QPushButton(tr("C&lear imported list"), this))
    , m_regionChoice(new QComboBox(this))
    , m_regionNote(new QLabel(this))
    , m_checkedView(new QTableView(this))
    , m_counts(new QLabel(this))
    , m_message(new MessageComposer(this))
    , m_groups(new AccessGroupsPicker(this))
    , m_groupsToggle(new QToolButton(this))
    , m_hint(new QLabel(this))
    , m_send(new QPushButton(tr("&Send invitations"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *numbersLabel =
        new QLabel(tr("&Phone numbers — one per line, or separated by commas:"), this);
    numbersLabel->setBuddy(m_numbers);
    m_numbers->setObjectName(QStringLiteral("numbers"));
    m_numbers->setPlaceholderText(
        tr("Paste numbers or import a list (Ctrl+O), e.g.\n070-123 45 67\n+46 70 765 43 21"));
    m_numbers->setAccessibleName(tr("Phone numbers"));
    m_numbers->setAccessibleDescription(
        tr("One number per line, or separated by commas, semicolons or tabs"));
    m_numbers->setTabChangesFocus(true);
    m_typedPlaceholder = m_numbers->placeholderText();
    m_clearImport->setObjectName(QStringLiteral("clearImport"));
    m_clearImport->setToolTip(tr("Forget the imported list and type or paste numbers instead"));
    m_clearImport->setVisible(false);
    layout->addLayout(stretchRow(numbersLabel, {m_clearImport}));
    layout->addWidget(m_numbers, 2);

    // Numbers written without +CC belong to this country (Sweden unless chosen otherwise).
    auto *regionRow = new QHBoxLayout;
    auto *regionLabel = new QLabel(tr("Numbers without a country code are from:"), this);
    regionLabel->setBuddy(m_regionChoice);
    regionLabel->setWordWrap(true); // narrow windows (2× scaling) wrap instead of widening
    // Long country names would make the box, and the window, wider than a small screen.
    m_regionChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_regionChoice->setMinimumContentsLength(14);
    m_regionChoice->setObjectName(QStringLiteral("defaultRegion"));
    m_regionChoice->setAccessibleName(tr("Country of numbers without a country code"));
    // In the language in use, sorted as its readers expect (Å, Ä, Ö last in Swedish).
    QList<std::pair<QString, QString>> regions;
    for (const QString &code : phones::PhoneNormalizer::supportedRegions()) {
        const QString name = i18n::countryName(code);
        if (name != code) // a name to show (not the non-geographic "001")
            regions.append({name, code});
    }
    const QCollator collator;
    std::sort(regions.begin(), regions.end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.first, b.first) < 0;
    });
    for (const auto &[name, code] : regions)
        m_regionChoice->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    m_regionChoice->setCurrentIndex(m_regionChoice->findData(m_region));
    connect(m_regionChoice, &QComboBox::activated, this,
            [this] { chooseRegion(m_regionChoice->currentData().toString(), m_region); });
    // Typing into a closed country box (after a Tab meant for the next field) must not pick
    // another country: it opens with Alt+Down, F4 or Space, and is searched when open.
    m_regionChoice->installEventFilter(this);
    regionRow->addWidget(regionLabel);
    regionRow->addWidget(m_regionChoice, 1);
    layout->addLayout(regionRow);
    m_regionNote->setObjectName(QStringLiteral("regionNote"));
    m_regionNote->setWordWrap(true);
    m_regionNote->setVisible(false);
    connect(m_regionNote, &QLabel::linkActivated, this, [this] {
        if (!m_previousRegion.isEmpty())
            chooseRegion(m_previousRegion, {});
    });
    layout->addWidget(m_regionNote);

    m_checkedView->setObjectName(QStringLiteral("checkedNumbers"));
    m_checkedView->setModel(&m_checked);
    m_checkedView->setAccessibleName(tr("Checked numbers"));
    m_checkedView->setAccessibleDescription(
        tr("Each entered number, its international form and whether it will be invited"));
    setUpPhoneEntryView(
        m_checkedView, {.row = 56, .input = 120, .name = 110, .number = 115, .verdictAtLeast = 80});
    layout->addWidget(m_checkedView, 3);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);

    auto *messageLabel = new QLabel(tr("&Message in the SMS:"), this);
    messageLabel->setBuddy(m_message->editor());
    m_message->setObjectName(QStringLiteral("composer"));
    m_message->editor()->setObjectName(QStringLiteral("message"));
    m_message->setPlaceholderText(tr("For example: Welcome to the office! Install Accessy to "
                                     "open the doors with your phone."));
    m_message->editor()->setAccessibleName(tr("Message"));
    m_message->editor()->setTabChangesFocus(true);
    m_message->editor()->setMaximumHeight(90);
    layout->addWidget(messageLabel);
    layout->addWidget(m_message);

    // Access groups are optional: folded away until the admin wants them.
    m_groupsToggle->setObjectName(QStringLiteral("groupsToggle"));
    // A disclosure triangle and a raised look: clearly something that opens.
    m_groupsToggle->setCheckable(true);
    m_groupsToggle->setArrowType(Qt::RightArrow);
    m_groupsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_groupsToggle->setAutoRaise(false);
    m_groupsToggle->setToolTip(tr("Access groups the invitees join once they accept (optional)"));
    m_groups->setObjectName(QStringLiteral("accessGroups"));
    m_groups->setVisible(false);
    m_groups->setMaximumHeight(180);
    layout->addWidget(m_groupsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_groups);
    connect(m_groupsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_groups->setVisible(open);
        m_groupsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_groups, &AccessGroupsPicker::checkedIdsChanged, this,
            &InvitePanel::updateGroupsToggle);
    updateGroupsToggle();

    auto *sendRow = new QHBoxLayout;
    m_hint->setObjectName(QStringLiteral("sendHint"));
    m_hint->setWordWrap(true);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setDefault(true);
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_send->setToolTip(tr("Send an invitation by SMS to every valid number (Ctrl+Return)"));
    m_send->setAccessibleName(tr("Send invitations"));
    sendRow->addWidget(m_hint, 1);
    sendRow->addWidget(m_send, 0, Qt::AlignTop);
    layout->addLayout(sendRow);

    m_recheckTimer.setSingleShot(true);
    m_recheckTimer.setInterval(150); // check once typing pauses, not on every key
    connect(&m_recheckTimer, &QTimer::timeout, this, &InvitePanel::recheck);
    connect(m_numbers, &QPlainTextEdit::textChanged, &m_recheckTimer, qOverload<>(&QTimer::start));
    connect(m_clearImport, &QPushButton::clicked, this, &InvitePanel::clearImported);
    connect(m_message, &MessageComposer::textChanged, this, &InvitePanel::updateState);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (canSend())
            Q_EMIT sendRequested();
    });
    m_numbers->installEventFilter(this);
    recheck();
}

void InvitePanel::chooseRegion(QString region, QString previous)
{
    setDefaultRegion(region);
    Q_EMIT defaultRegionChosen(region);
    m_previousRegion = std::move(previous);
    const int code = phones::callingCodeOfRegion(region);
    QString note = tr("Numbers without a country code are read as %1 (+%2).")
                       .arg(phones::regionName(region).toHtmlEscaped())
                       .arg(code);
    if (!m_previousRegion.isEmpty()) {
        note += QLatin1Char(' ') +
                QStringLiteral("<a href=\"undo\">%1</a>")
                    .arg(tr("Undo: back to %1")
                             .arg(phones::regionName(m_previousRegion).toHtmlEscaped()));
    }
    m_regionNote->setText(note);
    m_regionNote->setVisible(true);
}

bool InvitePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_regionChoice && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool opens = key->key() == Qt::Key_F4 || key->key() == Qt::Key_Space ||
                           ((key->modifiers() & Qt::AltModifier) &&
                            (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up));
        const bool changes = !key->text().trimmed().isEmpty() || key->key() == Qt::Key_Up ||
                             key->key() == Qt::Key_Down || key->key() == Qt::Key_PageUp ||
                             key->key() == Qt::Key_PageDown || key->key() == Qt::Key_Home ||
                             key->key() == Qt::Key_End;
        if (!opens && changes)
            return true; // swallowed: the country changes only by choosing it in the open list
    }
    if (watched == m_numbers && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Undo) &&
        m_numbers->document()->isEmpty() && !m_clearedImport.isEmpty()) {
        undoClearImport();
        return true;
    }
    if (watched == m_numbers && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QString text = QApplication::clipboard()->text();
        if (text.contains(QLatin1Char('\t'))) {
            Q_EMIT spreadsheetPasted(text);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString InvitePanel::message() const
{
    return m_message->text().trimmed();
}

QPlainTextEdit *InvitePanel::messageEdit() const
{
    return m_message->editor();
}

void InvitePanel::setDefaultRegion(const QString &region)
{
    m_region = region;
    const int index = m_regionChoice->findData(region);
    if (index >= 0)
        m_regionChoice->setCurrentIndex(index);
    recheck();
}

void InvitePanel::appendNumbers(const QStringList &numbers)
{
    if (!m_imported.isEmpty()) {
        // An imported list stays as it is (names and all); the numbers join it at the end.
        QList<phones::PhoneEntry> entries = m_imported;
        int row = entries.isEmpty() ? 0 : entries.last().row;
        for (const QString &number : numbers)
            entries << phones::PhoneEntry{++row, number, {}, {}, phones::Verdict::Invalid, {}};
        showImported(phones::PhoneListChecker(m_region).checkEntries(entries));
        return;
    }
    QString text = m_numbers->toPlainText();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    text += numbers.join(QLatin1Char('\n'));
    m_numbers->setPlainText(text);
    recheck();
}

QString InvitePanel::numbersText() const
{
    return m_imported.isEmpty() ? m_numbers->toPlainText() : QString();
}

void InvitePanel::setNumbersText(const QString &text)
{
    if (!m_imported.isEmpty())
        dropImported();
    m_numbers->setPlainText(text);
    recheck();
}

void InvitePanel::restoreImportedEntries(const QList<phones::PhoneEntry> &entries)
{
    showImported(phones::PhoneListChecker(m_region).checkEntries(entries));
}

void InvitePanel::replaceNumbers(const QStringList &numbers)
{
    setNumbersText(numbers.join(QLatin1Char('\n')));
}

void InvitePanel::clearNumbers()
{
    setNumbersText(QString());
}

void InvitePanel::setMessage(const QString &text)
{
    m_message->setText(text);
}

void InvitePanel::setImportedEntries(const QList<phones::PhoneEntry> &entries)
{
    showImported(entries);
}

void InvitePanel::showImported(const QList<phones::PhoneEntry> &entries)
{
    // An imported list is shown in the table only: 100,000 lines of text in the field would
    // freeze the window, and its names would be lost on the first keystroke.
    m_recheckTimer.stop();
    {
        const QSignalBlocker blocker(m_numbers);
        m_numbers->clear();
    }
    m_imported = entries;
    phones::noteForeignNumbers(m_imported, m_region);
    m_numbers->setReadOnly(true);
    m_numbers->setPlaceholderText(
        tr("%n number(s) from the imported list are shown below. Clear the list to type "
           "numbers instead.",
           nullptr, int(entries.size())));
    m_clearImport->setVisible(true);
    m_checked.setEntries(m_imported);
    m_checkedView->setColumnHidden(PhoneEntryModel::NameColumn, false);
    updateState();
}

void InvitePanel::addImportedEntries(const QList<phones::PhoneEntry> &entries)
{
    QList<phones::PhoneEntry> all = m_checked.entries();
    int row = 0;
    for (phones::PhoneEntry &e : all)
        e.row = ++row;
    for (phones::PhoneEntry e : entries) {
        e.row = ++row;
        all << e;
    }
    showImported(phones::PhoneListChecker(m_region).checkEntries(all));
}

void InvitePanel::undoClearImport()
{
    if (m_clearedImport.isEmpty() || !m_numbers->document()->isEmpty())
        return;
    showImported(
        phones::PhoneListChecker(m_region).checkEntries(std::exchange(m_clearedImport, {})));
}

void InvitePanel::clearImported()
{
    const int cleared = int(m_imported.size());
    m_clearedImport = m_imported;
    dropImported();
    m_numbers->setFocus();
    if (cleared > 0)
        Q_EMIT importCleared(cleared);
}

void InvitePanel::dropImported()
{
    m_imported.clear();
    m_numbers->setReadOnly(false);
    m_numbers->setPlaceholderText(m_typedPlaceholder);
    m_clearImport->setVisible(false);
    recheck();
}

void InvitePanel::setBlockedReason(const QString &reason)
{
    m_blockedReason = reason;
    updateState();
}

bool InvitePanel::canSend() const
{
    return m_send->isEnabled();
}

void InvitePanel::updateGroupsToggle()
{
    const int n = int(m_groups->checkedIds().size());
    m_groupsToggle->setText(n == 0 ? tr("Access groups: none")
                                   : tr("Access groups: %n chosen", nullptr, n));
}

void InvitePanel::focusNumbers()
{
    m_numbers->setFocus();
}

void InvitePanel::recheck()
{
    if (!m_imported.isEmpty())
        return;
    QList<phones::PhoneEntry> entries = phones::PhoneListChecker(m_region).checkAll(
        phones::splitPastedNumbers(m_numbers->toPlainText()));
    phones::noteForeignNumbers(entries, m_region);
    m_checked.setEntries(entries);
    bool anyName = false;
    for (const phones::PhoneEntry &e : entries)
        anyName = anyName || !e.name.isEmpty();
    m_checkedView->setColumnHidden(PhoneEntryModel::NameColumn, !anyName);
    updateState();
}

void InvitePanel::updateState()
{
    const phones::VerdictCounts c = m_checked.counts();
    if (c.total() == 0) {
        m_counts->setText(tr("Each number is checked as you type."));
    } else {
        m_counts->setText(phones::verdictSummary(c));
    }
    QString hint = m_blockedReason;
    if (hint.isEmpty() && c.sendable() == 0)
        hint = tr("Enter at least one valid mobile number.");
    if (hint.isEmpty() && message().isEmpty())
        hint = tr("Write the message for the SMS.");
    const bool was = m_send->isEnabled();
    m_send->setEnabled(hint.isEmpty());
    m_hint->setText(hint);
    if (was != m_send->isEnabled())
        Q_EMIT sendabilityChanged(m_send->isEnabled());
}

} // namespace ui
