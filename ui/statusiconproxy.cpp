#include "statusiconproxy.h"

#include "icons.h"

namespace ui {

StatusIconProxy::StatusIconProxy(int column, int statusRole, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_column(column)
    , m_statusRole(statusRole)
{
}

QVariant StatusIconProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == m_column) {
        // Looked up on every paint, so a palette switch (light ↔ dark) shows at once.
        const QIcon icon = statusIcon(QIdentityProxyModel::data(index, m_statusRole).toString());
        if (!icon.isNull())
            return icon;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace ui
