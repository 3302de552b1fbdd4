#pragma once

#include <QLoggingCategory>

namespace phones {
// accessy.phones: formats, encodings, counts; never a whole list.
Q_DECLARE_LOGGING_CATEGORY(lcPhones)
} // namespace phones
