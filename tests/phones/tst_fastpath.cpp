// Differential test: PhoneNormalizer::check() (fast path: builds the number itself for the
// common shapes) must answer exactly what checkWithParse() (libphonenumber's Parse) answers,
// for every region as the default region and numbers of many regions in many shapes.
#include "phones/dialingrules.h"
#include "phones/numbercleaner.h"
#include "phones/numbertypes.h"
#include "phones/phonenormalizer.h"

#include <QRandomGenerator>
#include <QTest>

#include "testtable.h"
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;
using phones::CleanNumber;
using phones::PhoneNormalizer;
using namespace Qt::StringLiterals;

namespace {

const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

// Ways people and spreadsheets write one number.
QStringList shapesOf(const PhoneNumber &number)
{
    const QString cc = QString::number(number.country_code());
    std::string nsnStd;
    util().GetNationalSignificantNumber(number, &nsnStd);
    const QString nsn = QString::fromStdString(nsnStd);
    std::string national;
    util().Format(number, PhoneNumberUtil::NATIONAL, &national);
    std::string international;
    util().Format(number, PhoneNumberUtil::INTERNATIONAL, &international);
    QString changedLast = nsn;
    if (!changedLast.isEmpty())
        changedLast.back() = QChar(u'0' + (changedLast.back().digitValue() + 1) % 10);
    return {u"+"_s + cc + nsn,
            u"00"_s + cc + nsn,
            u"011"_s + cc + nsn,
            u"810"_s + cc + nsn,
            cc + nsn,
            QString::fromStdString(national),
            QString::fromStdString(international),
            nsn,
            u"0"_s + nsn,
            u"+"_s + cc + u"0"_s + nsn,
            u"+"_s + cc + nsn.chopped(1),
            u"+"_s + cc + nsn + u"5"_s,
            nsn + u"5"_s,
            u"0"_s + nsn.chopped(1),
            u"+"_s + cc + changedLast,
            changedLast};
}

QString randomDigits(QRandomGenerator &random)
{
    static const QStringList prefixes{u""_s,  u"0"_s, u"00"_s,  u"+"_s,  u"+0"_s,
                                      u"1"_s, u"8"_s, u"011"_s, u"+1"_s, u"46"_s};
    QString text = prefixes[random.bounded(int(prefixes.size()))];
    const int length = random.bounded(2, 17);
    for (int i = 0; i < length; ++i)
        text.append(QChar(u'0' + random.bounded(10)));
    return text;
}

} // namespace

class TestFastPath final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void digitPattern_matchesWholeInputOnly_data();
    void digitPattern_matchesWholeInputOnly();
    void digitPattern_refusesWhatItCannotMatch();
    void digitPattern_judgesEveryNumberWithAPrefix_data();
    void digitPattern_judgesEveryNumberWithAPrefix();
    void digitPattern_prefixAnswers_holdForEveryCompletion();
    void numberTypes_tableGivesWhatThePatternsGive();
    void numberTypes_giveWhatGetNumberTypeGives_inEveryRegion();
    void commonSwedishShapes_takeTheFastPath();
    void fastPath_givesWhatParseGives_inEveryRegion();
    void invalidSwedishNumbers_getParsesReason_withoutParse();
};

void TestFastPath::digitPattern_matchesWholeInputOnly_data()
{
    addColumns<QString, QString, bool>("pattern", "digits", "matches");
    QTest::newRow("class") << u"7[02369]\\d{7}"_s << u"701234567"_s << true;
    QTest::newRow("class, other digit") << u"7[02369]\\d{7}"_s << u"711234567"_s << false;
    QTest::newRow("too short") << u"7[02369]\\d{7}"_s << u"70123456"_s << false;
    QTest::newRow("too long") << u"7[02369]\\d{7}"_s << u"7012345678"_s << false;
    QTest::newRow("range") << u"[1-35-9]\\d"_s << u"42"_s << false;
    QTest::newRow("range, in") << u"[1-35-9]\\d"_s << u"52"_s << true;
    QTest::newRow("choice") << u"(?:1|23)4"_s << u"234"_s << true;
    QTest::newRow("choice, prefix only") << u"(?:1|23)4"_s << u"23"_s << false;
    QTest::newRow("bounded") << u"8\\d{2,3}"_s << u"8123"_s << true;
    QTest::newRow("bounded, over") << u"8\\d{2,3}"_s << u"81234"_s << false;
    QTest::newRow("optional group") << u"1(?:2\\d)?3"_s << u"13"_s << true;
    QTest::newRow("optional group, taken") << u"1(?:2\\d)?3"_s << u"1293"_s << true;
    QTest::newRow("nested repeat") << u"(?:12){2}"_s << u"1212"_s << true;
    QTest::newRow("nested repeat, once") << u"(?:12){2}"_s << u"12"_s << false;
    QTest::newRow("open repeat") << u"9\\d+"_s << u"912345"_s << true;
    QTest::newRow("empty input") << u"\\d{0,2}"_s << u""_s << true;
}

void TestFastPath::digitPattern_matchesWholeInputOnly()
{
    QFETCH(QString, pattern);
    QFETCH(QString, digits);
    QFETCH(bool, matches);
    const auto compiled = phones::DigitPattern::compile(pattern.toStdString());
    QVERIFY(compiled);
    QCOMPARE(compiled->fullMatch(digits.toStdString()), matches);
}

void TestFastPath::digitPattern_refusesWhatItCannotMatch()
{
    for (const char *pattern : {"[^0]\\d", "\\w", "1.", "(12", "12)", "1{3,2}", "[]", "^1$"})
        QVERIFY2(!phones::DigitPattern::compile(pattern), pattern);
}

void TestFastPath::digitPattern_judgesEveryNumberWithAPrefix_data()
{
    using Outcome = phones::DigitPattern::Outcome;
    // outcome: a DigitPattern::Outcome
    addColumns<QString, QString, int, int>("pattern", "prefix", "length", "outcome");
    const QString mobile = u"7[02369]\\d{7}"_s;
    QTest::newRow("mobile start") << mobile << u"70"_s << 9 << int(Outcome::Always);
    QTest::newRow("four digits") << mobile << u"7012"_s << 9 << int(Outcome::Always);
    QTest::newRow("other start") << mobile << u"71"_s << 9 << int(Outcome::Never);
    QTest::newRow("second digit decides") << mobile << u"7"_s << 9 << int(Outcome::Depends);
    QTest::newRow("wrong length") << mobile << u"70"_s << 8 << int(Outcome::Never);
    QTest::newRow("whole number") << mobile << u"701234567"_s << 9 << int(Outcome::Always);
    QTest::newRow("whole number, no") << mobile << u"711234567"_s << 9 << int(Outcome::Never);
    QTest::newRow("later class") << u"1\\d[2-4]\\d"_s << u"1"_s << 4 << int(Outcome::Depends);
    QTest::newRow("later class, known")
        << u"1\\d[2-4]\\d"_s << u"193"_s << 4 << int(Outcome::Always);
    QTest::newRow("choice of lengths")
        << u"8(?:\\d{2}|\\d{4})"_s << u"8"_s << 5 << int(Outcome::Always);
    QTest::newRow("choice, no length")
        << u"8(?:\\d{2}|\\d{4})"_s << u"8"_s << 4 << int(Outcome::Never);
    QTest::newRow("empty prefix") << u"\\d{3}"_s << u""_s << 3 << int(Outcome::Always);
}

void TestFastPath::digitPattern_judgesEveryNumberWithAPrefix()
{
    QFETCH(QString, pattern);
    QFETCH(QString, prefix);
    QFETCH(int, length);
    QFETCH(int, outcome);
    const auto compiled = phones::DigitPattern::compile(pattern.toStdString());
    QVERIFY(compiled);
    QCOMPARE(int(compiled->matchWithPrefix(prefix.toStdString(), length)), outcome);
}

// Fuzz-style: for random patterns built from the metadata's pieces and random prefixes,
// Always and Never hold for every completion (all of them enumerated).
void TestFastPath::digitPattern_prefixAnswers_holdForEveryCompletion()
{
    using Outcome = phones::DigitPattern::Outcome;
    static const char *const pieces[] = {"7",         "[02369]",     "\\d",        "\\d{2}",
                                         "[1-3]\\d?", "(?:1|23)",    "(?:4\\d|5)", "[0-5]{1,2}",
                                         "9?",        "(?:0|\\d{2})"};
    QRandomGenerator random(4614);
    int decided = 0;
    for (int round = 0; round < 300; ++round) {
        std::string pattern;
        const int count = random.bounded(1, 6);
        for (int i = 0; i < count; ++i) {
            if (random.bounded(4) == 0 && i + 1 < count) {
                pattern += "(?:" + std::string(pieces[random.bounded(10)]) + "|" +
                           pieces[random.bounded(10)] + ")";
            } else {
                pattern += pieces[random.bounded(10)];
            }
        }
        const auto compiled = phones::DigitPattern::compile(pattern);
        QVERIFY2(compiled, pattern.c_str());
        const int length = random.bounded(1, 7);
        std::string prefix;
        const int known = random.bounded(0, length + 1);
        for (int i = 0; i < known; ++i)
            prefix.push_back(char('0' + random.bounded(10)));
        const Outcome outcome = compiled->matchWithPrefix(prefix, length);
        if (outcome == Outcome::Depends)
            continue;
        ++decided;
        int completions = 1;
        for (int i = known; i < length; ++i)
            completions *= 10;
        for (int c = 0; c < completions; ++c) {
            std::string digits = prefix;
            for (int i = known, rest = c; i < length; ++i, rest /= 10)
                digits.push_back(char('0' + rest % 10));
            QVERIFY2(compiled->fullMatch(digits) == (outcome == Outcome::Always),
                     (pattern + " " + digits).c_str());
        }
    }
    QVERIFY(decided > 50);
}

// The table behind type() answers what matching every pattern answers, at every length and
// for numbers that share their first digits with many others.
void TestFastPath::numberTypes_tableGivesWhatThePatternsGive()
{
    QRandomGenerator random(1402);
    qsizetype compared = 0;
    for (const char *region : {"SE", "NO", "DE", "FI", "FR", "GB", "ES", "DK", "PL"}) {
        const phones::DialingRules *rules = phones::dialingRulesForRegion(region);
        QVERIFY(rules);
        if (!rules->types)
            continue;
        for (int sample = 0; sample < 20000; ++sample) {
            std::string digits(size_t(random.bounded(1, 17)), '0');
            const int start = random.bounded(100);
            for (size_t i = 0; i < digits.size(); ++i)
                digits[i] =
                    char('0' + (i < 2 ? (i == 0 ? start / 10 : start % 10) : random.bounded(10)));
            QVERIFY2(rules->types->type(digits) == rules->types->typeByPatterns(digits),
                     (std::string(region) + " " + digits).c_str());
            ++compared;
        }
    }
    QVERIFY(compared >= 20000);
}

// The compiled patterns of every region whose country code is its own answer exactly what
// libphonenumber's GetNumberType answers: example numbers, every two-digit start of every
// length, and random digits after the examples' first digits.
void TestFastPath::numberTypes_giveWhatGetNumberTypeGives_inEveryRegion()
{
    QRandomGenerator random(20261130);
    qsizetype regionsWithTypes = 0;
    qsizetype compared = 0;
    QStringList mismatches;
    const QStringList regions = PhoneNormalizer::supportedRegions();
    for (const QString &region : regions) {
        const phones::DialingRules *rules = phones::dialingRulesForRegion(region.toStdString());
        QVERIFY(rules);
        if (!rules->types)
            continue;
        ++regionsWithTypes;
        std::vector<std::string> starts;
        for (int type = PhoneNumberUtil::FIXED_LINE; type <= PhoneNumberUtil::VOICEMAIL; ++type) {
            PhoneNumber example;
            if (util().GetExampleNumberForType(region.toStdString(),
                                               PhoneNumberUtil::PhoneNumberType(type), &example))
                starts.push_back(std::to_string(example.national_number()));
        }
        const size_t examples = starts.size();
        for (int two = 10; two < 100; ++two)
            starts.push_back(std::to_string(two));
        for (size_t s = 0; s < starts.size(); ++s) {
            const std::string &start = starts[s];
            // Examples at every length; other starts at the lengths numbers have.
            const size_t shortest = s < examples ? 1 : 6;
            const size_t longest = s < examples ? 17 : 12;
            for (size_t length = shortest; length <= longest; ++length) {
                for (int sample = 0; sample < (s < examples ? 2 : 1); ++sample) {
                    std::string digits = start.substr(0, std::min(length, start.size()));
                    const size_t keep =
                        sample == 0 ? digits.size() : random.bounded(1, int(digits.size()) + 1);
                    digits.resize(keep);
                    while (digits.size() < length)
                        digits.push_back(char('0' + random.bounded(10)));
                    PhoneNumber number;
                    number.set_country_code(rules->countryCode);
                    number.set_national_number(std::stoull(digits));
                    const std::string nsn = std::to_string(number.national_number());
                    const int expected = util().GetNumberType(number);
                    const int actual = rules->types->type(nsn);
                    ++compared;
                    if (expected != actual && mismatches.size() < 20)
                        mismatches.append(u"%1 %2: %3 / GetNumberType %4"_s
                                              .arg(region, QString::fromStdString(nsn))
                                              .arg(actual)
                                              .arg(expected));
                }
            }
        }
    }
    qInfo("compared %lld numbers in %lld regions", qlonglong(compared),
          qlonglong(regionsWithTypes));
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
    QVERIFY(regionsWithTypes > 150); // most regions: not a path nobody takes
    QVERIFY(phones::dialingRulesForRegion("SE")->types);
}

void TestFastPath::commonSwedishShapes_takeTheFastPath()
{
    const PhoneNormalizer normalizer;
    for (const char16_t *typed :
         {u"+46701234567", u"0046701234567", u"070-123 45 67", u"701234567", u"+44 7911 123456",
          u"08-123 456 78", u"+46 (0)70 123 45 67", u"0046 (0)70 123 45 67", u"46701234567",
          u"4.6701234567E+10", u"46 8 123 456 78"}) {
        const CleanNumber number = phones::cleanNumber(typed);
        QVERIFY2(normalizer.answersWithoutParse(number), qPrintable(QString::fromUtf16(typed)));
        QCOMPARE(normalizer.check(number), normalizer.checkWithParse(number));
    }
    // Invalid numbers too: the reason is Parse's, word for word.
    for (const char16_t *typed : {u"070 12345", u"+46 70 123 45 6", u"0701234567890123",
                                  u"+46 70 123 45 67 89 01 23", u"0046 99 123 45 67"}) {
        const CleanNumber number = phones::cleanNumber(typed);
        QVERIFY2(normalizer.answersWithoutParse(number), qPrintable(QString::fromUtf16(typed)));
        QCOMPARE(normalizer.check(number), normalizer.checkWithParse(number));
        QCOMPARE(normalizer.check(number).verdict, phones::Verdict::Invalid);
    }
    // Shapes where Parse has choices to make are left to Parse.
    for (const char16_t *typed : {u"460701234567", u"112", u"070123", u"+39 06 1234 5678"})
        QVERIFY(!normalizer.answersWithoutParse(phones::cleanNumber(typed)));
}

void TestFastPath::fastPath_givesWhatParseGives_inEveryRegion()
{
    const QStringList regions = PhoneNormalizer::supportedRegions();
    QVERIFY(regions.size() > 200);
    QRandomGenerator random(20261126); // fixed seed: a failure can be reproduced
    const QStringList common{u"SE"_s, u"NO"_s, u"DK"_s, u"FI"_s, u"DE"_s, u"GB"_s,
                             u"US"_s, u"FR"_s, u"IT"_s, u"NL"_s, u"PL"_s, u"RU"_s,
                             u"AR"_s, u"BR"_s, u"MX"_s, u"AU"_s, u"CN"_s, u"IN"_s};
    const std::initializer_list<PhoneNumberUtil::PhoneNumberType> types{
        PhoneNumberUtil::MOBILE, PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::TOLL_FREE};

    qsizetype compared = 0;
    qsizetype fast = 0;
    qsizetype recognised = 0;
    QStringList mismatches;
    for (const QString &region : regions) {
        const PhoneNormalizer normalizer(region);
        QStringList sources = common;
        sources.append(region);
        for (int i = 0; i < 4; ++i)
            sources.append(regions[random.bounded(int(regions.size()))]);
        QStringList inputs;
        for (const QString &source : std::as_const(sources)) {
            for (const PhoneNumberUtil::PhoneNumberType type : types) {
                PhoneNumber example;
                if (util().GetExampleNumberForType(source.toStdString(), type, &example))
                    inputs += shapesOf(example);
            }
        }
        for (const char *nonGeographic : {"+80012345678", "+88213901234", "+979123456789"})
            inputs.append(QString::fromLatin1(nonGeographic));
        for (int i = 0; i < 60; ++i)
            inputs.append(randomDigits(random));

        for (const QString &input : std::as_const(inputs)) {
            const CleanNumber number = phones::cleanNumber(input);
            const phones::NumberCheck viaFastPath = normalizer.check(number);
            const phones::NumberCheck viaParse = normalizer.checkWithParse(number);
            ++compared;
            fast += normalizer.answersWithoutParse(number);
            recognised += !viaParse.e164.isEmpty();
            // Both paths write E.164 themselves: it must read as libphonenumber's Format.
            PhoneNumber parsed;
            std::string formatted;
            if (!viaParse.e164.isEmpty() &&
                util().Parse(number.text().toStdString(), region.toStdString(), &parsed) ==
                    PhoneNumberUtil::NO_PARSING_ERROR)
                util().Format(parsed, PhoneNumberUtil::E164, &formatted);
            if (!viaParse.e164.isEmpty() && viaParse.e164 != QString::fromStdString(formatted) &&
                mismatches.size() < 20)
                mismatches.append(u"%1 '%2': E.164 %3, Format %4"_s.arg(
                    region, input, viaParse.e164, QString::fromStdString(formatted)));
            if (!(viaFastPath == viaParse) && mismatches.size() < 20) {
                mismatches.append(u"%1 '%2': fast %3 %4 '%5' / parse %6 %7 '%8'"_s.arg(
                    region, input, viaFastPath.e164, phones::verdictKey(viaFastPath.verdict),
                    viaFastPath.note, viaParse.e164, phones::verdictKey(viaParse.verdict),
                    viaParse.note));
            }
        }
    }
    qInfo("compared %lld inputs in %lld regions: %lld valid numbers, %lld answered by the fast "
          "path",
          qlonglong(compared), qlonglong(regions.size()), qlonglong(recognised), qlonglong(fast));
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
    QVERIFY(compared > 100'000);
    // Not vacuous: most valid numbers took the fast path (the rest are shapes left to Parse).
    QVERIFY(fast * 2 > recognised);
}

void TestFastPath::invalidSwedishNumbers_getParsesReason_withoutParse()
{
    // Every two-digit start of a Swedish national number at every length, in the shapes a
    // list has, valid or not: the fast path's verdict and reason are Parse's.
    const PhoneNormalizer normalizer;
    QMap<QString, int> fastReasons; // reason -> how often the fast path gave it
    QStringList mismatches;
    qsizetype compared = 0;
    for (int start = 10; start < 100; ++start) {
        for (int length = 3; length <= 16; ++length) {
            QString national = QString::number(start);
            for (int i = 2; i < length; ++i)
                national.append(QChar(u'0' + (start * 7 + i * 3) % 10));
            for (const QString &typed :
                 {u"0"_s + national, u"+46"_s + national, u"0046"_s + national,
                  u"+460"_s + national, national, u"46"_s + national, u"+47"_s + national}) {
                const CleanNumber number = phones::cleanNumber(typed);
                const phones::NumberCheck viaFastPath = normalizer.check(number);
                const phones::NumberCheck viaParse = normalizer.checkWithParse(number);
                ++compared;
                if (viaParse.verdict == phones::Verdict::Invalid &&
                    normalizer.answersWithoutParse(number))
                    ++fastReasons[viaParse.note.section(u' ', 0, 1)];
                if (!(viaFastPath == viaParse) && mismatches.size() < 20)
                    mismatches.append(u"'%1': fast %2 '%3' / parse %4 '%5'"_s.arg(
                        typed, phones::verdictKey(viaFastPath.verdict), viaFastPath.note,
                        phones::verdictKey(viaParse.verdict), viaParse.note));
            }
        }
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
    QVERIFY(compared > 8000);
    // Not vacuous: each of Parse's reasons for a mistyped number came without Parse.
    for (const QString &reason : {u"Too short"_s, u"Too long"_s, u"Not a"_s, u"Wrong number"_s})
        QVERIFY2(fastReasons.value(reason) > 0, qPrintable(reason));
}

QTEST_GUILESS_MAIN(TestFastPath)
#include "tst_fastpath.moc"
