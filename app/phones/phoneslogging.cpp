#include "phoneslogging.h"

namespace phones {
Q_LOGGING_CATEGORY(lcPhones, "accessy.phones")
} // namespace phones
