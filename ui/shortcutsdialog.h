#pragma once

#include <QDialog>
#include <QKeySequence>

class QAction;
class QTableWidget;

namespace ui {

// Help › Keyboard shortcuts: a two-column list (what, which keys), built from the window's
// real actions so it never drifts from what the keys do.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    // Adds every action that has a shortcut, in order; its text without mnemonic and ellipsis.
    // An action whose text is already listed is skipped.
    void addActions(const QList<QAction *> &actions);
    // Shortcuts that are not actions (a button's, a view's own keys).
    void addShortcut(const QString &description, const QKeySequence &sequence);

    int count() const;
    QString description(int row) const;
    QString keys(int row) const; // as shown: native text, e.g. "Ctrl+O"

    // "&Import list…" → "Import list"
    static QString plainActionText(const QString &text);

private:
    QTableWidget *m_table = nullptr;
};

} // namespace ui
