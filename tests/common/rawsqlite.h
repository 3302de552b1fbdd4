#pragma once

// A history file read and written behind the app's back, as an older app (or the admin's own
// tool) would: a connection of the test's own, closed and dropped after each use.
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <utility>

namespace rawsqlite {

// Gives `use` a connection of its own to the file at `path`, not yet opened; closes and drops
// the connection after it. Gives back what `use` gives.
template<typename Use>
auto onOwnConnection(const QString &path, Use use)
{
    const QString name = QStringLiteral("rawsqlite");
    decltype(use(std::declval<QSqlDatabase &>())) result{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        result = use(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Runs `statements` in order on the file at `path`; stops at the first that fails (its error
// in `error`).
inline bool run(const QString &path, const QStringList &statements, QString *error = nullptr)
{
    return onOwnConnection(path, [&](QSqlDatabase &db) {
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                if (error)
                    *error = statement + QStringLiteral(": ") + q.lastError().text();
                return false;
            }
        }
        return true;
    });
}

// The first value of the first row `query` gives on the file at `path`; invalid when the file
// does not open or the query gives nothing.
inline QVariant value(const QString &path, const QString &query)
{
    return onOwnConnection(path, [&](QSqlDatabase &db) {
        if (!db.open())
            return QVariant();
        QSqlQuery q(db);
        if (q.exec(query) && q.next())
            return q.value(0);
        return QVariant();
    });
}

} // namespace rawsqlite
