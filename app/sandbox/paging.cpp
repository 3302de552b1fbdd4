#include "paging.h"

#include <QUrl>
#include <QUrlQuery>

namespace sandbox {

std::optional<std::pair<int, int>> paging(const QHttpServerRequest &request, int defaultSize)
{
    const QUrlQuery query = request.query();
    const auto number = [&query](const QString &key, int fallback, int minimum) {
        if (!query.hasQueryItem(key))
            return std::optional<int>(fallback);
        bool ok = false;
        const int value = query.queryItemValue(key).toInt(&ok);
        return ok && value >= minimum ? std::optional<int>(value) : std::nullopt;
    };
    const auto pageNumber = number(QStringLiteral("page_number"), 0, 0);
    const auto pageSize = number(QStringLiteral("page_size"), defaultSize, 1);
    if (!pageNumber || !pageSize)
        return std::nullopt;
    return std::pair{*pageNumber, *pageSize};
}

HttpReply badPaging(const QHttpServerRequest &request)
{
    return HttpReply::error(400,
                            QStringLiteral("page_number must be 0 or more and page_size 1 or more"),
                            request.url().path());
}

} // namespace sandbox
