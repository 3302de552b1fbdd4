#include "phonelistchecker.h"

#include "numbercleaner.h"

#include <QCoreApplication>
#include <QHash>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>
#include <vector>

namespace phones {
namespace {

// Work is handed to the pool in slices big enough that scheduling costs nothing noticeable.
constexpr qsizetype SliceSize = 512;

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

QByteArray cacheKey(const CleanNumber &number)
{
    QByteArray key = number.text();
    key.prepend(char('a' + int(number.problem)));
    key.prepend(number.fromScientific ? 's' : '-');
    key.prepend(number.droppedDecimals ? 'd' : '-');
    return key;
}

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
    const qsizetype count = entries.size();
    std::vector<CleanNumber> cleaned(size_t(count), CleanNumber{});
    forEachSlice(count, [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i)
            cleaned[size_t(i)] = cleanNumber(entries[i].input);
    });

    // Each distinct cleaned number is checked once: lists repeat numbers a lot.
    QHash<QByteArray, qsizetype> distinctIndex;
    std::vector<qsizetype> entryToDistinct(static_cast<size_t>(count));
    std::vector<qsizetype> distinctToEntry;
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArray key = cacheKey(cleaned[size_t(i)]);
        auto it = distinctIndex.constFind(key);
        if (it == distinctIndex.constEnd()) {
            it = distinctIndex.insert(key, qsizetype(distinctToEntry.size()));
            distinctToEntry.push_back(i);
        }
        entryToDistinct[size_t(i)] = it.value();
    }
    std::vector<NumberCheck> checks(distinctToEntry.size());
    forEachSlice(qsizetype(checks.size()), [&](qsizetype begin, qsizetype end) {
        for (qsizetype d = begin; d < end; ++d)
            checks[size_t(d)] = m_normalizer.check(cleaned[size_t(distinctToEntry[size_t(d)])]);
    });

    QHash<QString, int> firstRow;
    for (qsizetype i = 0; i < count; ++i) {
        PhoneEntry &entry = entries[i];
        const NumberCheck &check = checks[size_t(entryToDistinct[size_t(i)])];
        entry.e164 = check.e164;
        entry.verdict = check.verdict;
        entry.note = check.note;
        if (entry.e164.isEmpty())
            continue;
        const auto it = firstRow.constFind(entry.e164);
        if (it == firstRow.constEnd()) {
            firstRow.insert(entry.e164, entry.row);
            continue;
        }
        entry.verdict = Verdict::Duplicate;
        entry.note =
            QCoreApplication::translate("PhoneVerdict", "Same number as row %1").arg(it.value());
    }
    return entries;
}

} // namespace phones
