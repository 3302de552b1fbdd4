#pragma once

#include <QIdentityProxyModel>

namespace ui {

// Puts the status icon (ui/icons.h: a shape per status, not colour alone) beside the status
// text of a table: Qt::DecorationRole of `column` comes from the status code in `statusRole`
// of the source. Everything else passes through unchanged.
class StatusIconProxy final : public QIdentityProxyModel
{
    Q_OBJECT
public:
    StatusIconProxy(int column, int statusRole, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_column;
    int m_statusRole;
};

} // namespace ui
