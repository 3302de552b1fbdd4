#pragma once

#include "accessy/accessgroup.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace accessy {
class AccessGroupWalker;
class AccessySession;
struct ApiError;
} // namespace accessy

namespace ui {

// A searchable checklist of the organization's access groups. The checked IDs go into
// CreateInvitationsRequest::accessPermissionGroupIds; checked groups stay checked while the
// search hides them, and across a reload as long as they still exist.
class AccessGroupsPicker final : public QWidget
{
    Q_OBJECT
public:
    explicit AccessGroupsPicker(QWidget *parent = nullptr);
    ~AccessGroupsPicker() override;

    // Reads every page of the groups through the session (shows progress and errors).
    void load(accessy::AccessySession *session);
    void setGroups(const QList<accessy::AccessGroup> &groups);
    QList<accessy::AccessGroup> groups() const { return m_groups; }

    void setCheckedIds(const QStringList &ids);
    QStringList checkedIds() const;   // in list order
    QStringList checkedNames() const; // for the confirmation before sending

    void setFilterText(const QString &text);
    int visibleCount() const;
    QString statusText() const;

Q_SIGNALS:
    void checkedIdsChanged(const QStringList &ids);
    void loadFailed(const accessy::ApiError &error);

private:
    void onItemChanged();
    void updateStatus();

    QList<accessy::AccessGroup> m_groups;
    QStringList m_pendingChecked; // asked for before the groups arrived
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_status;
    QPushButton *m_reload;
    QPointer<accessy::AccessySession> m_session;
    QPointer<accessy::AccessGroupWalker> m_walker;
    bool m_filling = false;
    QString m_problem;
};

} // namespace ui
