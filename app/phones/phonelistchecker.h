#pragma once

#include "phonenormalizer.h"
#include "verdict.h"

#include <QList>
#include <QStringList>

namespace phones {

// Checks a whole list: every distinct number once (in parallel on the global thread pool),
// then marks later entries with the same E.164 number as duplicates of the first one.
class PhoneListChecker final
{
public:
    explicit PhoneListChecker(const QString &defaultRegion = QStringLiteral("SE"));

    const PhoneNormalizer &normalizer() const { return m_normalizer; }

    // Rows are numbered 1, 2, ... in the order given.
    QList<PhoneEntry> checkAll(const QStringList &inputs) const;
    // Keeps each entry's row, input and name; fills e164, verdict and note.
    QList<PhoneEntry> checkEntries(QList<PhoneEntry> entries) const;

private:
    PhoneNormalizer m_normalizer;
};

} // namespace phones
