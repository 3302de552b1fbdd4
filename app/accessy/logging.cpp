#include "accessy/logging.h"

namespace accessy {
Q_LOGGING_CATEGORY(lcApi, "accessy.api", QtInfoMsg)
}
