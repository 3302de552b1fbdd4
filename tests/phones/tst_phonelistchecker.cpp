#include "phones/pastesplitter.h"
#include "phones/phonelistchecker.h"

#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <thread>
#include <vector>

using phones::PhoneEntry;
using phones::PhoneListChecker;
using phones::Verdict;
using namespace Qt::StringLiterals;

class TestPhoneListChecker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkAll_numbersRowsFromOne();
    void duplicates_pointAtTheFirstRowWithTheSameNumber();
    void duplicates_ofANotMobileNumberAreStillDuplicates();
    void invalidEntries_areNeverDuplicates();
    void checkEntries_keepsRowsInputsAndNames();
    void pastedText_splitThenChecked();
    void countVerdicts_countsEachVerdict();
    void verdictSummary_oneWordingInVerdictOrder();
    void verdictKeys_areStable();
    void concurrentChecks_giveTheSameAnswersAsOneThread();
    void largeList_usesThePoolAndKeepsOrder();
    void passInBlocks_givesWhatOneCheckGives();
    void sameRowNumberTwice_isStillADuplicate();
};

void TestPhoneListChecker::checkAll_numbersRowsFromOne()
{
    const QList<PhoneEntry> entries =
        PhoneListChecker().checkAll({u"0701234567"_s, u"abc"_s, u"08-123 456 78"_s});
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0].row, 1);
    QCOMPARE(entries[1].row, 2);
    QCOMPARE(entries[2].row, 3);
    QCOMPARE(entries[0].verdict, Verdict::Valid);
    QCOMPARE(entries[1].verdict, Verdict::Invalid);
    QCOMPARE(entries[2].verdict, Verdict::NotMobile);
    QCOMPARE(entries[1].input, u"abc"_s);
}

void TestPhoneListChecker::duplicates_pointAtTheFirstRowWithTheSameNumber()
{
    const QList<PhoneEntry> entries =
        PhoneListChecker().checkAll({u"0701234567"_s, u"0702345678"_s, u"+46 70 123 45 67"_s,
                                     u"0046701234567"_s, u"701234567"_s, u"070-234 56 78"_s});
    QCOMPARE(entries[0].verdict, Verdict::Valid);
    QCOMPARE(entries[1].verdict, Verdict::Valid);
    for (int i : {2, 3, 4}) {
        QCOMPARE(entries[i].verdict, Verdict::Duplicate);
        QCOMPARE(entries[i].e164, u"+46701234567"_s);
        QCOMPARE(entries[i].note, u"Same number as row 1"_s);
    }
    QCOMPARE(entries[5].verdict, Verdict::Duplicate);
    QCOMPARE(entries[5].note, u"Same number as row 2"_s);
    QCOMPARE(phones::countVerdicts(entries).sendable(), 2);
}

void TestPhoneListChecker::duplicates_ofANotMobileNumberAreStillDuplicates()
{
    const QList<PhoneEntry> entries =
        PhoneListChecker().checkAll({u"08-123 456 78"_s, u"+46812345678"_s});
    QCOMPARE(entries[0].verdict, Verdict::NotMobile);
    QCOMPARE(entries[1].verdict, Verdict::Duplicate);
    QCOMPARE(entries[1].note, u"Same number as row 1"_s);
}

void TestPhoneListChecker::invalidEntries_areNeverDuplicates()
{
    const QList<PhoneEntry> entries =
        PhoneListChecker().checkAll({u"abc"_s, u"abc"_s, u"112"_s, u"112"_s});
    QCOMPARE(entries[1].verdict, Verdict::Invalid);
    QCOMPARE(entries[3].verdict, Verdict::Refused);
}

void TestPhoneListChecker::checkEntries_keepsRowsInputsAndNames()
{
    QList<PhoneEntry> given(2);
    given[0].row = 7;
    given[0].input = u"070-123 45 67"_s;
    given[0].name = u"Åsa Öberg"_s;
    given[1].row = 12;
    given[1].input = u"0701234567"_s;
    given[1].name = u"Åsa again"_s;
    const QList<PhoneEntry> entries = PhoneListChecker().checkEntries(given);
    QCOMPARE(entries[0].row, 7);
    QCOMPARE(entries[0].name, u"Åsa Öberg"_s);
    QCOMPARE(entries[0].input, u"070-123 45 67"_s);
    QCOMPARE(entries[0].e164, u"+46701234567"_s);
    QCOMPARE(entries[1].verdict, Verdict::Duplicate);
    QCOMPARE(entries[1].note, u"Same number as row 7"_s); // the admin's row, not an index
}

void TestPhoneListChecker::pastedText_splitThenChecked()
{
    const QString pasted = u"070-123 45 67\n+46 (0)70 234 56 78; 112,\t08-123 456 78\n\n"_s;
    const QList<PhoneEntry> entries =
        PhoneListChecker().checkAll(phones::splitPastedNumbers(pasted));
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries[1].e164, u"+46702345678"_s);
    QCOMPARE(entries[1].input, u"+46 (0)70 234 56 78"_s);
    QCOMPARE(entries[2].verdict, Verdict::Refused);
    QCOMPARE(entries[3].verdict, Verdict::NotMobile);
}

// The invite panel and the import preview show this one line: total, to invite, then only the
// verdicts that occur, always in the same order.
void TestPhoneListChecker::verdictSummary_oneWordingInVerdictOrder()
{
    phones::VerdictCounts counts;
    counts.valid = 5;
    counts.fixed = 2;
    counts.notMobile = 1;
    counts.duplicate = 3;
    counts.refused = 1;
    QCOMPARE(phones::verdictSummary(counts),
             u"12 row(s) · 7 to invite · 2 repaired · 1 not mobile · 3 duplicate(s) · 1 refused"_s);
    phones::VerdictCounts clean;
    clean.valid = 1;
    QCOMPARE(phones::verdictSummary(clean), u"1 row(s) · 1 to invite"_s);
    phones::VerdictCounts none;
    none.invalid = 2;
    QCOMPARE(phones::verdictSummary(none), u"2 row(s) · 0 to invite · 2 invalid"_s);
}

void TestPhoneListChecker::countVerdicts_countsEachVerdict()
{
    const QList<PhoneEntry> entries = PhoneListChecker().checkAll(
        {u"0701234567"_s, u"0701234567"_s, u"701234568"_s, u"08-123 456 78"_s, u"abc"_s, u"12"_s,
         u"112"_s, u"0702345678"_s});
    const phones::VerdictCounts counts = phones::countVerdicts(entries);
    QCOMPARE(counts.valid, 2);
    QCOMPARE(counts.duplicate, 1);
    QCOMPARE(counts.fixed, 1);
    QCOMPARE(counts.notMobile, 1);
    QCOMPARE(counts.invalid, 2);
    QCOMPARE(counts.refused, 1);
    QCOMPARE(counts.total(), 8);
    QCOMPARE(counts.sendable(), 3);
    QCOMPARE(counts.count(Verdict::Invalid), 2);
}

void TestPhoneListChecker::verdictKeys_areStable()
{
    QCOMPARE(phones::verdictKey(Verdict::Valid), u"valid"_s);
    QCOMPARE(phones::verdictKey(Verdict::Fixed), u"fixed"_s);
    QCOMPARE(phones::verdictKey(Verdict::NotMobile), u"not-mobile"_s);
    QCOMPARE(phones::verdictKey(Verdict::Duplicate), u"duplicate"_s);
    QCOMPARE(phones::verdictKey(Verdict::Invalid), u"invalid"_s);
    QCOMPARE(phones::verdictKey(Verdict::Refused), u"refused"_s);
    QVERIFY(phones::isSendable(Verdict::Valid));
    QVERIFY(phones::isSendable(Verdict::Fixed));
    for (Verdict v : {Verdict::NotMobile, Verdict::Duplicate, Verdict::Invalid, Verdict::Refused})
        QVERIFY(!phones::isSendable(v));
    QCOMPARE(phones::verdictLabel(Verdict::NotMobile), u"Not mobile"_s);
}

// Several threads share one normalizer (as the list checker does) and each keeps its own
// results; every answer must equal the single-threaded one.
void TestPhoneListChecker::concurrentChecks_giveTheSameAnswersAsOneThread()
{
    const QStringList inputs{u"070-123 45 67"_s,
                             u"+44 7911 123456"_s,
                             u"08-123 456 78"_s,
                             u"112"_s,
                             u"1177"_s,
                             u"+999 1"_s,
                             u"701234567"_s,
                             u"4.6701234567E+10"_s,
                             u"+1 202-555-0143"_s,
                             u"0900-123 45 67"_s,
                             u"abc"_s,
                             u"+358 40 1234567"_s};
    const phones::PhoneNormalizer normalizer;
    QList<PhoneEntry> expected;
    for (const QString &input : inputs)
        expected.append(normalizer.check(input));

    constexpr int Threads = 8;
    constexpr int Rounds = 300;
    std::atomic<int> mismatches{0};
    std::atomic<int> checks{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < Rounds; ++round) {
                const qsizetype i = (round + t) % inputs.size();
                if (!(normalizer.check(inputs[i]) == expected[i]))
                    ++mismatches;
                ++checks;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(checks.load(), Threads * Rounds);
    QCOMPARE(mismatches.load(), 0);
}

void TestPhoneListChecker::largeList_usesThePoolAndKeepsOrder()
{
    // More entries than one slice of work, with repeats, so several pool threads take part.
    QStringList inputs;
    for (int i = 0; i < 5000; ++i)
        inputs.append(u"070-%1"_s.arg(1000000 + (i % 4000), 7, 10, QLatin1Char('0')));
    const QList<PhoneEntry> entries = PhoneListChecker().checkAll(inputs);
    QCOMPARE(entries.size(), 5000);
    for (int i = 0; i < 5000; ++i) {
        QCOMPARE(entries[i].row, i + 1);
        QCOMPARE(entries[i].e164, u"+4670%1"_s.arg(1000000 + (i % 4000)));
        QCOMPARE(entries[i].verdict, i < 4000 ? Verdict::Valid : Verdict::Duplicate);
    }
}

void TestPhoneListChecker::passInBlocks_givesWhatOneCheckGives()
{
    QStringList inputs;
    for (int i = 0; i < 9000; ++i) {
        const int n = 1000000 + (i * 37) % 5000;
        inputs.append(i % 2 ? u"070-%1"_s.arg(n) : u"+46 70 %1"_s.arg(n));
        if (i % 1000 == 0)
            inputs.append(u"08-123 456 78"_s); // not mobile, repeated in every block
    }
    inputs.append(u"08-123 456 78"_s);
    const PhoneListChecker checker;
    const QList<PhoneEntry> whole = checker.checkAll(inputs);
    QList<PhoneEntry> blocks;
    PhoneListChecker::Pass pass(checker);
    for (qsizetype start = 0; start < whole.size(); start += 2500) {
        QList<PhoneEntry> block;
        for (qsizetype i = start; i < std::min(whole.size(), start + 2500); ++i)
            block.append({whole[i].row, whole[i].input, {}, {}, Verdict::Invalid, {}});
        pass.check(block);
        blocks += block;
    }
    QCOMPARE(blocks, whole);
    QCOMPARE(whole.last().verdict, Verdict::Duplicate);
    QCOMPARE(whole.last().note, u"Same number as row 2"_s); // the 08 number, first at row 2
}

void TestPhoneListChecker::sameRowNumberTwice_isStillADuplicate()
{
    QList<PhoneEntry> entries{{0, u"0701234567"_s, {}, {}, Verdict::Invalid, {}},
                              {0, u"0701234567"_s, {}, {}, Verdict::Invalid, {}}};
    entries = PhoneListChecker().checkEntries(entries);
    QCOMPARE(entries[0].verdict, Verdict::Valid);
    QCOMPARE(entries[1].verdict, Verdict::Duplicate);
}

QTEST_GUILESS_MAIN(TestPhoneListChecker)
#include "tst_phonelistchecker.moc"
