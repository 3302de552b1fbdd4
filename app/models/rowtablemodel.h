#pragma once

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>

#include <utility>

namespace models {

// What the app's flat, read-only tables share: a list of rows, one a table row; the row and
// column counts; data() for a cell, answered by the model's cellData() from its row; and the
// column titles, given once in column order.
template<typename Row>
class RowTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_titles.size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return cellData(m_rows.at(index.row()), index.column(), role);
    }
    // The title of a column, translated in the model's own context (as its tr() would).
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
            section < m_titles.size() && m_titles.at(section))
            return QCoreApplication::translate(metaObject()->className(), m_titles.at(section));
        return QAbstractTableModel::headerData(section, orientation, role);
    }

protected:
    // titles: one a column (columnCount of them), in column order, marked with QT_TR_NOOP in
    // the model's class; a null title is for a column whose header the model answers itself.
    RowTableModel(int columnCount, QList<const char *> titles, QObject *parent)
        : QAbstractTableModel(parent)
        , m_titles(std::move(titles))
    {
        Q_ASSERT(m_titles.size() == columnCount);
        Q_UNUSED(columnCount)
    }

    virtual QVariant cellData(const Row &row, int column, int role) const = 0;

    // Replaces every row; views reset.
    void resetRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

    QList<Row> m_rows;

private:
    QList<const char *> m_titles;
};

} // namespace models
