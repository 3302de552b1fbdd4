#pragma once

#include "accessy/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace accessy {

// One page of a paged list of the API: {"items": [...], "totalItems": N, "pageSize": N,
// "pageNumber": N, "totalPages": N}. Every paged list (members, access groups) has this shape.
template<typename Item>
struct Page
{
    QList<Item> items;
    qint64 totalItems = 0;
    int pageSize = 0;
    int pageNumber = 0;
    int totalPages = 0;
};

namespace json {

// What to say when a page is broken; each list names itself ("the member page ...").
struct PageTexts
{
    QString notAnObject;
    QString noItemsList;
    QString noValidTotal;
    QString itemWithoutId;
};

// Reads the envelope, leaving the items as JSON: a JSON object with an "items" list and a
// non-negative "totalItems" (the other counts are informative and default to 0).
Result<Page<QJsonValue>> parsePageEnvelope(const QByteArray &body, const QString &operation,
                                           const PageTexts &texts);

// Reads a whole page: the envelope, then each item with readItem(const QJsonObject &); an
// item whose `id` member is left empty makes the whole page a bad answer.
template<typename Item, typename ReadItem>
Result<Page<Item>> parsePage(const QByteArray &body, const QString &operation,
                             const PageTexts &texts, QString Item::*id, ReadItem readItem)
{
    const Result<Page<QJsonValue>> envelope = parsePageEnvelope(body, operation, texts);
    if (!envelope.ok())
        return envelope.error();
    const Page<QJsonValue> &e = envelope.value();
    Page<Item> page{{}, e.totalItems, e.pageSize, e.pageNumber, e.totalPages};
    page.items.reserve(e.items.size());
    for (const QJsonValue &value : e.items) {
        Item item = readItem(value.toObject());
        if ((item.*id).isEmpty())
            return ApiError::badAnswer(operation, texts.itemWithoutId, body);
        page.items << std::move(item);
    }
    return page;
}

// The string at `key`, or an empty string.
inline QString stringAt(const QJsonObject &item, const char *key)
{
    return item.value(QLatin1String(key)).toString();
}

} // namespace json
} // namespace accessy
