#pragma once

#include <QString>

class QSqlDatabase;

namespace history {

// The journal's schema, versioned with PRAGMA user_version. Each migration moves a file one
// version up inside a transaction, so a file is always at exactly one known version.
//   1: jobs, batches, invitations
//   2: invitations.organization_id, batches.not_before, job_numbers (to finish a job after a
//      crash), indexes for the "already invited" look-up
namespace schema {

inline constexpr int kCurrentVersion = 2;

int version(QSqlDatabase &db);
// Brings the database to kCurrentVersion; false with a reason when it cannot (a newer app
// wrote the file, or SQL failed).
bool migrate(QSqlDatabase &db, QString *error);

} // namespace schema
} // namespace history
