#pragma once

// Small helpers shared by the session tests in this folder: wait for one callback answer, and
// call the sandbox's control API over real HTTP.
#include "accessy/accessysession.h"
#include "httpcall.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "testtable.h"
#include <optional>

template<typename T>
struct Answer
{
    std::optional<accessy::Result<T>> result;
    accessy::ApiClient::Callback<T> callback()
    {
        return [this](accessy::Result<T> r) {
            result.emplace(std::move(r));
        };
    }
};

inline HttpResult controlCall(const QUrl &base, const QByteArray &method, const QString &path,
                              const QJsonObject &body = {})
{
    HttpCaller http;
    return http.call(method, base.resolved(QUrl(path)), {{"Content-Type", "application/json"}},
                     method == "GET" ? QByteArray() : QJsonDocument(body).toJson());
}

inline QJsonObject sandboxState(const QUrl &base)
{
    return controlCall(base, "GET", QStringLiteral("/_sandbox/state")).json().object();
}

// A fresh token straight from the sandbox, as someone else would obtain it for the admin.
inline QString tokenFromSandbox(const QUrl &base, const QString &id, const QString &secret)
{
    HttpCaller http;
    const QJsonObject body{{QStringLiteral("audience"), QStringLiteral("https://api.accessy.se")},
                           {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                           {QStringLiteral("client_id"), id},
                           {QStringLiteral("client_secret"), secret}};
    const HttpResult r =
        http.call("POST", base.resolved(QUrl(QStringLiteral("/auth/oauth/token"))),
                  {{"Content-Type", "application/json"}}, QJsonDocument(body).toJson());
    return r.json().object().value(QStringLiteral("access_token")).toString();
}

// Runs a list walker (members, access groups) to its end within `timeoutMs`: the list, or an
// empty optional with the error in *error when it failed.
template<typename Item, typename Walker>
std::optional<QList<Item>> walkToEnd(Walker &walker, accessy::ApiError *error, int timeoutMs)
{
    QSignalSpy finished(&walker, &Walker::finished);
    QSignalSpy failed(&walker, &Walker::failed);
    walker.start();
    if (!QTest::qWaitFor([&] { return finished.size() + failed.size() > 0; }, timeoutMs))
        return std::nullopt;
    if (!failed.isEmpty()) {
        if (error)
            *error = failed.at(0).at(0).value<accessy::ApiError>();
        return std::nullopt;
    }
    return finished.at(0).at(0).value<QList<Item>>();
}

// The data rows (count, pages) of a walk over a list that the server pages by 250: nothing,
// one, a full page, one over a page, and `many` items on `manyPages` pages.
inline void addWalkSizeRows(int many, int manyPages)
{
    addColumns<int, int>("count", "pages");
    QTest::newRow("0") << 0 << 1;
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("250") << 250 << 1;
    QTest::newRow("251") << 251 << 2;
    QTest::newRow(QByteArray::number(many).constData()) << many << manyPages;
}
