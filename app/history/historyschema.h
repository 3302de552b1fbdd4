#pragma once

#include <QString>

class QSqlDatabase;

namespace history {

// The journal's schema, versioned with PRAGMA user_version. Each migration moves a file one
// version up inside a transaction, so a file is always at exactly one known version.
//   1: jobs, batches, invitations
//   2: invitations.organization_id, batches.not_before, job_numbers (to finish a job after a
//      crash), indexes for the "already invited" look-up
//   3: jobs.reminder, jobs.sender (client id or "pasted token"), jobs.source (file name);
//      invitations.status_seen_at (when the app last learnt the status from the server)
//   4: members get number states of their own ("member", "added_to_groups"); the numbers
//      versions 2-3 journaled as "already_invited" for being members are moved to them
namespace schema {

inline constexpr int kCurrentVersion = 4;

int version(QSqlDatabase &db);
// Brings the database to kCurrentVersion; false with a reason when it cannot (a newer app
// wrote the file, or SQL failed).
bool migrate(QSqlDatabase &db, QString *error);

} // namespace schema
} // namespace history
