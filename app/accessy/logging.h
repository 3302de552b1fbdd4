#pragma once

#include <QLoggingCategory>

namespace accessy {
Q_DECLARE_LOGGING_CATEGORY(lcApi)
}
