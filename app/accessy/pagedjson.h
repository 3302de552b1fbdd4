#pragma once

#include "accessy/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

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

// Reads a whole page: the envelope, then each item with readItem(const QJsonObject &), which
// gives std::nullopt for an item without its id (the whole page is then a bad answer).
template<typename Item, typename ReadItem>
Result<Page<Item>> parsePage(const QByteArray &body, const QString &operation,
                             const PageTexts &texts, ReadItem readItem)
{
    const Result<Page<QJsonValue>> envelope = parsePageEnvelope(body, operation, texts);
    if (!envelope.ok())
        return envelope.error();
    const Page<QJsonValue> &e = envelope.value();
    Page<Item> page{{}, e.totalItems, e.pageSize, e.pageNumber, e.totalPages};
    page.items.reserve(e.items.size());
    for (const QJsonValue &value : e.items) {
        const std::optional<Item> item = readItem(value.toObject());
        if (!item)
            return ApiError::badAnswer(operation, texts.itemWithoutId, body);
        page.items << *item;
    }
    return page;
}

} // namespace json
} // namespace accessy
