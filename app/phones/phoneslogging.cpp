#include "phoneslogging.h"

namespace phones {
// Quiet by default (the check command prints CSV to stdout and sentences to stderr); the import
// summary shows with QT_LOGGING_RULES="accessy.phones.info=true".
Q_LOGGING_CATEGORY(lcPhones, "accessy.phones", QtWarningMsg)
} // namespace phones
