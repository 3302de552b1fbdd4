#pragma once

#include "phones/verdict.h"

#include <QList>
#include <QString>

namespace phones {

// Where a number is from, so that a number of another country than the chosen one is noticed
// (a typo in the country code reads as a valid number of somewhere else).

// The region ("US") of an E.164 number, "" when unknown.
QString regionOfNumber(const QString &e164);
// The calling code of a region ("SE" → 46), 0 when unknown.
int callingCodeOfRegion(const QString &region);
// The region's name in the user's language ("United States"), or the code itself.
QString regionName(const QString &region);
// Adds "Number from United States" to each sendable entry without a note whose number belongs
// to another country than `defaultRegion`. Numbers with the default country's calling code
// are skipped without parsing, so a long domestic list costs a prefix test per row.
void noteForeignNumbers(QList<PhoneEntry> &entries, const QString &defaultRegion);

} // namespace phones
