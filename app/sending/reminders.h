#pragma once

#include "accessy/types.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace history {
class HistoryStore;
}

namespace sending {

// Who is due a reminder — a new invitation, a second SMS, to people whose invitation has been
// pending too long — and what it says. Shared by `accessy-invite remind` and the window's
// View › "Pending longer than N days" and Edit › "Remind selected", so both decide alike.
namespace reminders {

// The moment a PENDING invitation created at or before is due, `days` (≥ 0) before `now`.
QDateTime cutoff(int days, const QDateTime &now = QDateTime::currentDateTimeUtc());
// A PENDING invitation created at or before `cutoff` (one without a readable time never is).
bool isDue(const QString &status, const QDateTime &createdAt, const QDateTime &cutoff);

// Per number, its newest invitation decides: picked when that one is due. A number with a
// newer accepted, younger or otherwise settled invitation is not. The longest waiting first.
QList<accessy::Invitation> pickDue(const QList<accessy::Invitation> &list, const QDateTime &cutoff);

// The text the picked invitations share, as the history recorded it (else as the server's list
// gave it); empty when they do not share one.
QString sharedMessage(const history::HistoryStore *store, const QList<accessy::Invitation> &picked);
// The access groups recorded for the picked invitations' sends (none when the history knows
// none of them); nullopt when they differ.
std::optional<QStringList> recordedGroups(const history::HistoryStore &store,
                                          const QList<accessy::Invitation> &picked);

} // namespace reminders
} // namespace sending
