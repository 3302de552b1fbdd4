#pragma once

#include "phonenormalizer.h"
#include "verdict.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <vector>

namespace phones {

// Checks a whole list: every distinct number once (in parallel on the checker's own pool),
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

    // One long list checked in consecutive blocks, in list order, so a caller can write each
    // block out and let it go (`check` of a million rows): a later block's duplicates point
    // at rows of earlier blocks, and a number met before is not checked again.
    class Pass final
    {
    public:
        explicit Pass(const PhoneListChecker &checker);
        void check(QList<PhoneEntry> &block);

    private:
        const PhoneListChecker &m_checker;
        QHash<QByteArray, qsizetype> m_known; // cleaned number (cacheKey) -> index in m_checks
        std::vector<NumberCheck> m_checks;
        QHash<quint64, int> m_firstRow;     // E.164 digits -> row of its first entry
        QHash<QString, int> m_firstRowLong; // the same for numbers of 20 digits
    };

private:
    PhoneNormalizer m_normalizer;
};

} // namespace phones
