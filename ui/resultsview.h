#pragma once

#include <QTableView>

namespace ui {

// The results table: copying gives invitation IDs (what admins paste elsewhere), one per line.
class ResultsView final : public QTableView
{
    Q_OBJECT
public:
    explicit ResultsView(QWidget *parent = nullptr);

    // IDs of the selected rows in view order; rows without an id are skipped.
    QStringList selectedInvitationIds() const;
    void copySelectedIds();
    void copyAllIds();
    // Extra actions shown in the context menu after the copy actions.
    void addContextAction(QAction *action) { m_contextActions << action; }
    // Sizes the columns to what they show: the whole invitation ID (a UUID in the table's font),
    // the longest number in the rows, the longest status, a compact date; Problem takes the
    // room left and elides (its full text is in the tooltip). On a table too narrow for all of
    // that, Problem gives way first, then Name, Status (down to its icon), Created and Number;
    // the ID never does. Call after setModel(); it follows the table's width by itself.
    void fitColumns();
    // The width a cell needs to show `text` whole (with the status icon when `withIcon`).
    int cellWidthFor(const QString &text, bool withIcon = false) const;

Q_SIGNALS:
    void copied(int count);
    // Copy with no row selected: the window copies the last send's IDs instead.
    void copyWithoutSelection();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void copyIds(const QStringList &ids);
    void widenNumberFor(int firstRow, int lastRow);
    int titleWidth(int column) const;
    void applyWidths();

    QList<QAction *> m_contextActions;
    QList<int> m_natural;    // per column: the width that shows its values whole
    int m_numberWidth = 0;   // the longest number seen in the rows so far
    bool m_applying = false; // applyWidths() runs (its own resizes must not re-enter it)
    bool m_again = false;    // … but the width changed meanwhile: once more after
    int m_rounds = 0;
    QMetaObject::Connection m_rowsInserted, m_rowsReset, m_rowsChanged;
};

} // namespace ui
