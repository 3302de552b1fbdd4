#pragma once

#include <QLoggingCategory>

// accessy.events: the event stream. Never logs a token or an Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcEvents)
