#include "phones/phonenormalizer.h"

#include "testtable.h"
#include <QTest>

using phones::PhoneEntry;
using phones::PhoneNormalizer;
using phones::Verdict;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(phones::Verdict)

namespace {
// Expected notes, spelled out once so a changed sentence fails every row that uses it.
const QString Landline = QStringLiteral("Landline: it cannot receive the SMS");
const QString Service = QStringLiteral("Emergency or service number: never invited");
const QString Letters = QStringLiteral("Contains letters: not a phone number");
const QString NotANumber = QStringLiteral("Not a phone number");
const QString TooShort = QStringLiteral("Too short to be a phone number");
const QString TooLong = QStringLiteral("Too long to be a phone number");
const QString NotSwedish = QStringLiteral("Not a valid number for Sweden");
const QString UnknownCode = QStringLiteral("Unknown country code");
const QString ZeroRestored = QStringLiteral("Leading zero restored.");
const QString PlusRestored = QStringLiteral("Plus sign restored.");
const QString FromExcel = QStringLiteral("Converted back from Excel's scientific notation.");
const QString TollFree = QStringLiteral("Toll-free number: it cannot receive the SMS");
} // namespace

class TestPhoneNormalizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void check_keepsOriginalText();
    void parseOnlyPath_agreesWithCheck_data() { check_data(); }
    void parseOnlyPath_agreesWithCheck();
    void sharedRepairNotes_agreeWithCheck();
    void repairNotes_joinEveryRepairInOrder();
    void defaultRegion_isUpperCasedAndValidated();
    void noDefaultRegion_readsOnlyInternationalNumbers();
};

// Every expected E.164 value below was cross-checked with the independent python3-phonenumbers
// 8.12.57 oracle (tests/phones/oracle_crosscheck.py reads this table and reports disagreements).
// ORACLE-TABLE-BEGIN
void TestPhoneNormalizer::check_data()
{
    addColumns<QString, QString, QString, Verdict, QString>("region", "input", "e164", "verdict",
                                                            "note");

    const auto row = [](const char *name, const char *region, const QString &input,
                        const char *e164, Verdict verdict, const QString &note = {}) {
        QTest::newRow(name) << QString::fromLatin1(region) << input << QString::fromLatin1(e164)
                            << verdict << note;
    };
    // The Swedish test mobile +46701234567 in another form: valid, with no note.
    const auto sameMobile = [&row](const char *name, const QString &input) {
        row(name, "SE", input, "+46701234567", Verdict::Valid);
    };
    // Swedish mobiles as admins type them.
    sameMobile("se dashed", u"070-123 45 67"_s);
    sameMobile("se digits", u"0701234567"_s);
    sameMobile("se plus spaced", u"+46 70 123 45 67"_s);
    sameMobile("se 0046", u"0046701234567"_s);
    sameMobile("se (0)", u"+46 (0)70 123 45 67"_s);
    row("se 076", "SE", u"0761234567"_s, "+46761234567", Verdict::Valid);
    row("se 073 dashed", "SE", u"073-987 65 43"_s, "+46739876543", Verdict::Valid);
    sameMobile("se brackets", u"(070) 123 45 67"_s);
    sameMobile("se slash", u"070/123 45 67"_s);
    sameMobile("se dots", u"070.123.45.67"_s);
    sameMobile("se plus dots", u"+46.70.123.45.67"_s);
    sameMobile("se tel uri", u"tel:+46701234567"_s);
    // Whitespace and invisible characters from web pages, Word and spreadsheets.
    sameMobile("se padded", u"  070 123 45 67 \t"_s);
    sameMobile("se nbsp", u"\u00a0070\u00a0123\u00a045\u00a067\u00a0"_s);
    sameMobile("se narrow nbsp", u"070\u202f123\u202f45\u202f67"_s);
    sameMobile("se en dash", u"070\u2013123 45 67"_s);
    sameMobile("se nb hyphens", u"070\u2011123\u201145\u201167"_s);
    sameMobile("se zero width", u"\u200b070\u200b1234567\u200b"_s);
    sameMobile("se bom", u"\ufeff+46701234567"_s);
    sameMobile("se direction marks", u"\u200e+46 70 123 45 67\u200f"_s);
    sameMobile("se soft hyphen", u"070\u00ad1234567"_s);
    sameMobile("se fullwidth digits",
               u"\uff10\uff17\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17"_s);
    // Damage done by spreadsheets: repaired, and the repair is said.
    row("se lost zero", "SE", u"701234567"_s, "+46701234567", Verdict::Fixed, ZeroRestored);
    row("se lost zero spaced", "SE", u"70 123 45 67"_s, "+46701234567", Verdict::Fixed,
        ZeroRestored);
    row("se lost plus", "SE", u"46701234567"_s, "+46701234567", Verdict::Fixed, PlusRestored);
    row("se scientific", "SE", u"4.6701234567E+10"_s, "+46701234567", Verdict::Fixed,
        FromExcel + u' ' + PlusRestored);
    row("se scientific comma", "SE", u"4,6701234567E+10"_s, "+46701234567", Verdict::Fixed,
        FromExcel + u' ' + PlusRestored);
    row("se scientific national", "SE", u"7.01234567E+08"_s, "+46701234567", Verdict::Fixed,
        FromExcel + u' ' + ZeroRestored);
    row("se decimals", "SE", u"701234567.0"_s, "+46701234567", Verdict::Fixed,
        u"Decimals (.0) removed. Leading zero restored."_s);
    row("se decimals comma plus", "SE", u"46701234567,00"_s, "+46701234567", Verdict::Fixed,
        u"Decimals (.0) removed. Plus sign restored."_s);
    row("se dotted is not decimals", "SE", u"070.123.45.00"_s, "+46701234500", Verdict::Valid);
    sameMobile("se excel text formula", u"=\"0701234567\""_s);
    sameMobile("se excel apostrophe", u"'0701234567"_s);
    row("se scientific rounded", "SE", u"4.67012E+10"_s, "", Verdict::Invalid,
        u"Excel rounded this number and digits were lost: type it again as text"_s);
    // Valid numbers that cannot receive an SMS.
    row("se landline", "SE", u"08-123 456 78"_s, "+46812345678", Verdict::NotMobile, Landline);
    row("se landline plus", "SE", u"+46 8 123 456 78"_s, "+46812345678", Verdict::NotMobile,
        Landline);
    row("se premium", "SE", u"0900-123 45 67"_s, "+469001234567", Verdict::NotMobile,
        u"Premium-rate number: it cannot receive the SMS"_s);
    row("se toll free", "SE", u"020-123 456"_s, "+4620123456", Verdict::NotMobile, TollFree);
    row("se shared cost", "SE", u"077-123 45 67"_s, "+46771234567", Verdict::NotMobile,
        u"Shared-cost number: it cannot receive the SMS"_s);
    row("se 010 switchboard", "SE", u"010-123 45 67"_s, "+46101234567", Verdict::NotMobile,
        u"Company switchboard number: it cannot receive the SMS"_s);
    row("us toll free", "SE", u"+1 800 555 0199"_s, "+18005550199", Verdict::NotMobile, TollFree);
    row("international freephone", "SE", u"+800 1234 5678"_s, "+80012345678", Verdict::NotMobile,
        TollFree);
    // Foreign numbers, with a plus, with 00, and national in their own region.
    row("uk plus", "SE", u"+44 7911 123456"_s, "+447911123456", Verdict::Valid);
    row("uk 0044", "SE", u"0044 7911 123456"_s, "+447911123456", Verdict::Valid);
    row("uk national in GB", "GB", u"07911 123456"_s, "+447911123456", Verdict::Valid);
    row("uk lost plus in GB", "GB", u"447911123456"_s, "+447911123456", Verdict::Fixed,
        PlusRestored);
    row("uk landline", "SE", u"+44 20 7946 0958"_s, "+442079460958", Verdict::NotMobile, Landline);
    row("us plus", "SE", u"+1 202-555-0143"_s, "+12025550143", Verdict::Valid);
    row("us brackets", "SE", u"+1 (415) 555-2671"_s, "+14155552671", Verdict::Valid);
    row("us 001", "SE", u"0012025550143"_s, "+12025550143", Verdict::Valid);
    row("us national in US", "US", u"2025550143"_s, "+12025550143", Verdict::Valid);
    row("no plus", "SE", u"+47 912 34 567"_s, "+4791234567", Verdict::Valid);
    row("no 0047", "SE", u"004791234567"_s, "+4791234567", Verdict::Valid);
    row("no national in NO", "NO", u"91234567"_s, "+4791234567", Verdict::Valid);
    row("no landline", "SE", u"+47 22 12 34 56"_s, "+4722123456", Verdict::NotMobile, Landline);
    row("dk plus", "SE", u"+45 20 12 34 56"_s, "+4520123456", Verdict::Valid);
    row("dk national in DK", "DK", u"20123456"_s, "+4520123456", Verdict::Valid);
    row("fi plus", "SE", u"+358 40 1234567"_s, "+358401234567", Verdict::Valid);
    row("fi national in FI", "FI", u"050 123 4567"_s, "+358501234567", Verdict::Valid);
    row("fi landline", "SE", u"+358 9 1234567"_s, "+35891234567", Verdict::NotMobile, Landline);
    row("de plus", "SE", u"+49 1512 3456789"_s, "+4915123456789", Verdict::Valid);
    row("de (0)", "SE", u"+49 (0)151 23456789"_s, "+4915123456789", Verdict::Valid);
    row("de 0049", "SE", u"0049 151 23456789"_s, "+4915123456789", Verdict::Valid);
    row("de national in DE", "DE", u"015123456789"_s, "+4915123456789", Verdict::Valid);
    row("de landline", "SE", u"+49 30 123456"_s, "+4930123456", Verdict::NotMobile, Landline);
    // Not numbers at all, or not whole ones.
    row("letters", "SE", u"abc"_s, "", Verdict::Invalid, Letters);
    row("vanity letters", "SE", u"070-ABC 45 67"_s, "", Verdict::Invalid, Letters);
    row("name", "SE", u"Åsa Öberg"_s, "", Verdict::Invalid, Letters);
    row("empty", "SE", u""_s, "", Verdict::Invalid, u"No phone number given"_s);
    row("blanks", "SE", u" \u00a0 "_s, "", Verdict::Invalid, u"No phone number given"_s);
    row("plus in the middle", "SE", u"070+1234567"_s, "", Verdict::Invalid, NotANumber);
    row("star and hash", "SE", u"*31#0701234567"_s, "", Verdict::Invalid, NotANumber);
    row("too short", "SE", u"12"_s, "", Verdict::Invalid, TooShort);
    row("too short plus", "SE", u"+4612345"_s, "", Verdict::Invalid, TooShort);
    row("six digits", "SE", u"070123"_s, "", Verdict::Invalid, NotSwedish);
    row("one digit short", "SE", u"+4670123456"_s, "", Verdict::Invalid, NotSwedish);
    row("one digit long", "SE", u"+46 70 123 45 678"_s, "", Verdict::Invalid, NotSwedish);
    row("too long", "SE", u"0701234567890123456"_s, "", Verdict::Invalid, TooLong);
    row("far too long", "SE", QString(200, u'7'), "", Verdict::Invalid, TooLong);
    row("invalid country code", "SE", u"+999 1234567"_s, "", Verdict::Invalid, UnknownCode);
    row("country code zero", "SE", u"+0 701234567"_s, "", Verdict::Invalid, UnknownCode);
    // Emergency and service numbers are refused, never invited.
    row("112", "SE", u"112"_s, "", Verdict::Refused, Service);
    row("1177", "SE", u"1177"_s, "", Verdict::Refused, Service);
    row("90000", "SE", u"90000"_s, "", Verdict::Refused, Service);
    row("11313", "SE", u"11313"_s, "", Verdict::Refused, Service);
    row("116000", "SE", u"116 000"_s, "", Verdict::Refused, Service);
    row("11414", "SE", u"114 14"_s, "", Verdict::Refused, Service);
    row("911", "SE", u"911"_s, "", Verdict::Refused, Service);
    row("112 in DE", "DE", u"112"_s, "", Verdict::Refused, Service);
    row("110 police DE", "DE", u"110"_s, "", Verdict::Refused, Service);
}
// ORACLE-TABLE-END

void TestPhoneNormalizer::check()
{
    QFETCH(QString, region);
    QFETCH(QString, input);
    QFETCH(QString, e164);
    QFETCH(Verdict, verdict);
    QFETCH(QString, note);

    const PhoneNormalizer normalizer(region);
    const PhoneEntry entry = normalizer.check(input);
    QCOMPARE(entry.e164, e164);
    QCOMPARE(phones::verdictKey(entry.verdict), phones::verdictKey(verdict));
    QCOMPARE(entry.note, note);
}

void TestPhoneNormalizer::check_keepsOriginalText()
{
    const QString typed = u"  +46 (0)70-123 45 67\u00a0"_s;
    const PhoneEntry entry = PhoneNormalizer().check(typed);
    QCOMPARE(entry.input, typed);
    QCOMPARE(entry.e164, u"+46701234567"_s);
    QCOMPARE(entry.row, 0);
    QVERIFY(entry.name.isEmpty());
}

void TestPhoneNormalizer::parseOnlyPath_agreesWithCheck()
{
    QFETCH(QString, region);
    QFETCH(QString, input);
    const PhoneNormalizer normalizer(region);
    const phones::CleanNumber cleaned = phones::cleanNumber(input);
    QCOMPARE(normalizer.check(cleaned), normalizer.checkWithParse(cleaned));
}

// Every row of the table checked in a row with one RepairNotes (as a slice of a list is):
// the notes reused from earlier numbers are the notes check() gives each number alone.
void TestPhoneNormalizer::sharedRepairNotes_agreeWithCheck()
{
    phones::RepairNotes notes;
    const QStringList inputs{u"46701234567"_s,   u"701234567"_s,        u"701234567.0"_s,
                             u"7.01234567E+8"_s, u"4.6701234567E+10"_s, u"+46701234567"_s,
                             u"070-123 45 67"_s, u"46701234567.00"_s,   u"0046701234567"_s};
    const PhoneNormalizer normalizer(u"SE"_s);
    int repaired = 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &input : inputs) {
            const phones::CleanNumber cleaned = phones::cleanNumber(input);
            const phones::NumberCheck alone = normalizer.check(cleaned);
            QCOMPARE(normalizer.check(cleaned, notes), alone);
            repaired += alone.verdict == Verdict::Fixed;
        }
    }
    QVERIFY(repaired >= 8); // the repairs are really there to reuse
}

void TestPhoneNormalizer::repairNotes_joinEveryRepairInOrder()
{
    using phones::RepairNotes;
    QCOMPARE(RepairNotes::translate(RepairNotes::PlusRestored | RepairNotes::DecimalsRemoved),
             u"Decimals (.0) removed. Plus sign restored."_s);
    QCOMPARE(RepairNotes::translate(RepairNotes::ZeroRestored | RepairNotes::FromScientific),
             u"Converted back from Excel's scientific notation. Leading zero restored."_s);
    RepairNotes notes;
    for (unsigned repairs = 1; repairs < 16; ++repairs)
        QCOMPARE(notes.note(repairs), RepairNotes::translate(repairs));
}

void TestPhoneNormalizer::defaultRegion_isUpperCasedAndValidated()
{
    QCOMPARE(PhoneNormalizer().defaultRegion(), u"SE"_s);
    QCOMPARE(PhoneNormalizer(u" no "_s).defaultRegion(), u"NO"_s);
    QVERIFY(PhoneNormalizer::isRegionSupported(u"se"_s));
    QVERIFY(PhoneNormalizer::isRegionSupported(u"US"_s));
    QVERIFY(!PhoneNormalizer::isRegionSupported(u"XX"_s));
    QVERIFY(!PhoneNormalizer::isRegionSupported(QString()));
    // The default region decides how national numbers are read: in Norway 412 34 567 is a
    // mobile, in Sweden it is no valid number (both cross-checked with python3-phonenumbers).
    QCOMPARE(PhoneNormalizer(u"no"_s).check(u"412 34 567").e164, u"+4741234567"_s);
    QCOMPARE(PhoneNormalizer(u"SE"_s).check(u"412 34 567").verdict, Verdict::Invalid);
}

void TestPhoneNormalizer::noDefaultRegion_readsOnlyInternationalNumbers()
{
    const PhoneNormalizer normalizer(u"XX"_s);
    const PhoneEntry national = normalizer.check(u"0701234567");
    QCOMPARE(national.verdict, Verdict::Invalid);
    QCOMPARE(national.note, u"No country code, and no default country to assume"_s);
    const PhoneEntry international = normalizer.check(u"+46 70 123 45 67");
    QCOMPARE(international.verdict, Verdict::Valid);
    QCOMPARE(international.e164, u"+46701234567"_s);
}

QTEST_GUILESS_MAIN(TestPhoneNormalizer)
#include "tst_phonenormalizer.moc"
