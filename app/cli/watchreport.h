#pragma once

#include "tracking/invitationtracker.h"

#include <QString>

namespace cli {

// The watch command's CSV: time,invitation_id,msisdn,old_status,new_status.
QString watchHeader();
// RFC 4180 quoting where needed; time in UTC, ISO 8601 with milliseconds.
QString watchLine(const tracking::StatusChange &change);

} // namespace cli
