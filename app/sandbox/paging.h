#pragma once

#include "httpreply.h"

#include <QHttpServerRequest>

#include <optional>
#include <utility>

namespace sandbox {

// page_number (0 or more, default 0) and page_size (1 or more, default `defaultSize`) from the
// query of a paged list request, as every paged list of the API reads them; nullopt when one
// is not a number in range.
std::optional<std::pair<int, int>> paging(const QHttpServerRequest &request, int defaultSize);

// The 400 answer to a request whose paging() was nullopt.
HttpReply badPaging(const QHttpServerRequest &request);

} // namespace sandbox
