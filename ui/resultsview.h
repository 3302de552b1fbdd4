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

Q_SIGNALS:
    void copied(int count);
    // Copy with no row selected: the window copies the last send's IDs instead.
    void copyWithoutSelection();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void copyIds(const QStringList &ids);

    QList<QAction *> m_contextActions;
};

} // namespace ui
