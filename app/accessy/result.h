#pragma once

#include "accessy/apierror.h"
#include "common/result.h"

namespace accessy {

// A value or the API error that prevented it.
template<typename T>
using Result = common::Result<T, ApiError>;

} // namespace accessy
