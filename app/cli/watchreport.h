#pragma once

#include "tracking/invitationtracker.h"

#include <QString>

namespace cli {

// The watch command's CSV: time,invitation_id,msisdn,old_status,new_status.
QString watchHeader();
// Through the one CSV writer (quoting, formula guard); time in UTC, ISO 8601 with ms.
QString watchLine(const tracking::StatusChange &change);

} // namespace cli
