#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *intro = new QLabel(tr("Every command can be reached from the keyboard. Alt with an "
                                "underlined letter opens a menu or presses a button."),
                             this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(480, 420);
}

QString ShortcutsDialog::plainActionText(const QString &text)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size()) {
            plain += text[++i]; // "&&" is a literal ampersand; "&X" underlines X
            continue;
        }
        plain += text[i];
    }
    plain = plain.trimmed();
    if (plain.endsWith(QChar(0x2026)))
        plain.chop(1);
    else if (plain.endsWith(QLatin1String("...")))
        plain.chop(3);
    return plain.trimmed();
}

void ShortcutsDialog::addActions(const QList<QAction *> &actions)
{
    for (const QAction *action : actions) {
        if (!action || action->isSeparator() || action->shortcut().isEmpty())
            continue;
        const QString text = plainActionText(action->text());
        bool listed = false;
        for (int row = 0; row < count() && !listed; ++row)
            listed = description(row) == text;
        if (!listed && !text.isEmpty()) {
            // Every bound sequence (an action may have several), as the platform writes them.
            QStringList sequences;
            for (const QKeySequence &s : action->shortcuts())
                sequences << s.toString(QKeySequence::NativeText);
            addShortcut(text, QKeySequence());
            m_table->item(count() - 1, 1)->setText(sequences.join(QStringLiteral(", ")));
        }
    }
}

void ShortcutsDialog::addShortcut(const QString &description, const QKeySequence &sequence)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(description));
    m_table->setItem(row, 1, new QTableWidgetItem(sequence.toString(QKeySequence::NativeText)));
}

int ShortcutsDialog::count() const
{
    return m_table->rowCount();
}

QString ShortcutsDialog::description(int row) const
{
    return m_table->item(row, 0)->text();
}

QString ShortcutsDialog::keys(int row) const
{
    return m_table->item(row, 1)->text();
}

} // namespace ui
