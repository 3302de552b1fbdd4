#include "eventslogging.h"

Q_LOGGING_CATEGORY(lcEvents, "accessy.events", QtInfoMsg)
