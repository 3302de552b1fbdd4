#pragma once

#include "invitations/invitationrow.h"
#include "invitations/invitationstatus.h"

namespace models {

// The table's rows are invitations' rows; the names stay for the model's users.
using invitations::InvitationRow;
namespace LocalStatus = invitations::LocalStatus;

} // namespace models
