#include "phonelistchecker.h"

#include "numbercleaner.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <optional>
#include <vector>

namespace phones {
namespace {

// Work is handed to the pool in slices big enough that scheduling costs nothing noticeable.
constexpr qsizetype SliceSize = 2048;

// Our own pool, not Qt's global one: Qt's raster painting borrows the global pool's threads,
// and a window waiting for them behind 100,000 number checks froze for a second.
Q_GLOBAL_STATIC(QThreadPool, checkerPool)

template<typename Function>
void forEachSlice(qsizetype count, Function function)
{
    std::vector<qsizetype> starts;
    for (qsizetype start = 0; start < count; start += SliceSize)
        starts.push_back(start);
    if (starts.size() <= 1) {
        if (count > 0)
            function(0, count);
        return;
    }
    QtConcurrent::blockingMap(checkerPool(), starts, [&](qsizetype start) {
        function(start, std::min(count, start + SliceSize));
    });
}

// Everything of a cleaned number its verdict depends on, in one short byte string.
QByteArray cacheKey(const CleanNumber &number)
{
    QByteArray key;
    key.reserve(number.digits.size() + 3);
    key += char('a' + int(number.problem));
    key += char('0' + (number.fromScientific ? 1 : 0) + (number.droppedDecimals ? 2 : 0));
    key += number.plus ? '+' : '-';
    key += number.digits;
    return key;
}

// "+46701234567" as a number: the country code never starts with a zero, so the digits alone
// identify it (cheaper to hash and compare than the text). Up to 19 digits fit; libphonenumber
// allows 20 at most, and those rare ones keep their text as the key.
constexpr qsizetype MaxKeyDigits = 19;

quint64 e164Key(const QString &e164)
{
    quint64 key = 0;
    for (qsizetype i = 1; i < e164.size(); ++i)
        key = key * 10 + quint64(e164[i].unicode() - u'0');
    return key;
}

// The row of the first entry with this number; nothing when this is the first.
template<typename Key>
std::optional<int> earlierRow(QHash<Key, int> &firstRows, const Key &key, int row)
{
    const auto it = firstRows.constFind(key);
    if (it != firstRows.constEnd())
        return it.value();
    firstRows.insert(key, row);
    return std::nullopt;
}

// Numbers remembered between blocks, so a very long list's cache stays far below its size.
constexpr size_t MaxRemembered = 1 << 16;

} // namespace

PhoneListChecker::PhoneListChecker(const QString &defaultRegion)
    : m_normalizer(defaultRegion)
{
}

QList<PhoneEntry> PhoneListChecker::checkAll(const QStringList &inputs) const
{
    QList<PhoneEntry> entries;
    entries.reserve(inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        PhoneEntry entry;
        entry.row = int(i + 1);
        entry.input = inputs[i];
        entries.append(std::move(entry));
    }
    return checkEntries(std::move(entries));
}

QList<PhoneEntry> PhoneListChecker::checkEntries(QList<PhoneEntry> entries) const
{
    Pass pass(*this);
    pass.check(entries);
    return entries;
}

PhoneListChecker::Pass::Pass(const PhoneListChecker &checker)
    : m_checker(checker)
{
}

void PhoneListChecker::Pass::check(QList<PhoneEntry> &entries)
{
    const qsizetype count = entries.size();
    std::vector<CleanNumber> cleaned(static_cast<size_t>(count));
    std::vector<QByteArray> keys(static_cast<size_t>(count));
    forEachSlice(count, [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i) {
            cleaned[size_t(i)] = cleanNumber(entries[i].input);
            keys[size_t(i)] = cacheKey(cleaned[size_t(i)]);
        }
    });

    // Each distinct cleaned number is checked once: lists repeat numbers a lot.
    std::vector<qsizetype> entryCheck(static_cast<size_t>(count));
    std::vector<qsizetype> firstEntryOfNew; // entries whose number is checked below
    if (m_checks.size() > MaxRemembered) {
        m_known.clear();
        m_checks.clear();
    }
    const size_t knownBefore = m_checks.size();
    for (qsizetype i = 0; i < count; ++i) {
        auto it = m_known.constFind(keys[size_t(i)]);
        if (it == m_known.constEnd()) {
            it = m_known.insert(std::move(keys[size_t(i)]), qsizetype(m_checks.size()));
            m_checks.emplace_back();
            firstEntryOfNew.push_back(i);
        }
        entryCheck[size_t(i)] = it.value();
    }
    keys = {};
    const PhoneNormalizer &normalizer = m_checker.m_normalizer;
    forEachSlice(qsizetype(firstEntryOfNew.size()), [&](qsizetype begin, qsizetype end) {
        RepairNotes notes; // this slice's: translated once, not once per number
        for (qsizetype d = begin; d < end; ++d) {
            m_checks[knownBefore + size_t(d)] =
                normalizer.check(cleaned[size_t(firstEntryOfNew[size_t(d)])], notes);
        }
    });

    // Translated once per call, not once per duplicate (lists repeat numbers a lot); the
    // language cannot change while one block is checked.
    std::optional<QString> sameNumberNote;
    for (qsizetype i = 0; i < count; ++i) {
        PhoneEntry &entry = entries[i];
        const NumberCheck &check = m_checks[size_t(entryCheck[size_t(i)])];
        entry.e164 = check.e164;
        entry.verdict = check.verdict;
        entry.note = check.note;
        if (entry.e164.isEmpty())
            continue;
        const std::optional<int> firstRow =
            entry.e164.size() - 1 <= MaxKeyDigits
                ? earlierRow(m_firstRow, e164Key(entry.e164), entry.row)
                : earlierRow(m_firstRowLong, entry.e164, entry.row);
        if (!firstRow)
            continue;
        entry.verdict = Verdict::Duplicate;
        if (!sameNumberNote)
            sameNumberNote = QCoreApplication::translate("PhoneVerdict", "Same number as row %1");
        entry.note = sameNumberNote->arg(*firstRow);
    }
}

} // namespace phones
