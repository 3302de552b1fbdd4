#include "phones/numbercleaner.h"

#include "testtable.h"
#include <QTest>

using phones::CleanNumber;
using Problem = phones::CleanNumber::Problem;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(phones::CleanNumber::Problem)

class TestNumberCleaner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clean_data();
    void clean();
    void invisibleCharacters();
};

void TestNumberCleaner::clean_data()
{
    // text: CleanNumber::text(): what libphonenumber gets
    addColumns<QString, Problem, QString, bool, bool>("input", "problem", "text", "scientific",
                                                      "decimals");

    // A number cleaned to `text` for libphonenumber, and whether Excel's damage was undone.
    const auto cleaned = [](const char *name, const QString &input, const char *text,
                            bool scientific = false, bool decimals = false) {
        QTest::newRow(name) << input << Problem::None << QString::fromLatin1(text) << scientific
                            << decimals;
    };
    // A number refused for `problem`: nothing is left to give libphonenumber.
    const auto refused = [](const char *name, const QString &input, Problem problem) {
        QTest::newRow(name) << input << problem << QString() << false << false;
    };
    cleaned("digits", u"0701234567"_s, "0701234567");
    cleaned("punctuation", u" (070) 123-45.67 / 8 "_s, "07012345678");
    cleaned("plus", u"+46 70"_s, "+4670");
    cleaned("fullwidth plus", u"\uff0b46 70"_s, "+4670");
    cleaned("tel uri", u"TEL: +4670"_s, "+4670");
    cleaned("arabic-indic digits", u"\u0660\u0667\u0660"_s, "070");
    cleaned("excel text formula", u"=\"070 123\""_s, "070123");
    cleaned("apostrophe", u"'070123"_s, "070123");
    cleaned("zero decimals", u"701234567.00"_s, "701234567", false, true);
    cleaned("zero decimals short", u"70123.0"_s, "701230");
    cleaned("scientific exact", u"4.6701234567E+10"_s, "46701234567", true);
    cleaned("scientific lower e, no plus", u"7.01234567e08"_s, "701234567", true);
    cleaned("scientific with plus", u"+4.6701234567E+10"_s, "46701234567", true);
    refused("scientific rounded", u"4.67012E+10"_s, Problem::ExcelRounded);
    refused("scientific no decimals", u"7E+08"_s, Problem::ExcelRounded);
    refused("scientific fraction", u"4.6701234567E+5"_s, Problem::NotANumber);
    refused("scientific huge exponent", u"4.6E+999"_s, Problem::TooManyDigits);
    refused("empty", QString(), Problem::Empty);
    refused("blanks", u" \t\u00a0\u200b "_s, Problem::Empty);
    refused("only tel", u"tel:"_s, Problem::Empty);
    refused("letters", u"07O1234567"_s, Problem::Letters);
    refused("extension", u"0701234567 ext 12"_s, Problem::Letters);
    refused("second plus", u"+46+70"_s, Problem::NotANumber);
    refused("plus after digits", u"46+70"_s, Problem::NotANumber);
    refused("hash", u"#31#"_s, Problem::NotANumber);
    refused("punctuation only", u"--"_s, Problem::NotANumber);
    cleaned("24 digits", QString(24, u'7'), "777777777777777777777777");
    refused("25 digits", QString(25, u'7'), Problem::TooManyDigits);
    refused("a million digits", QString(1'000'000, u'7'), Problem::TooManyDigits);
}

void TestNumberCleaner::clean()
{
    QFETCH(QString, input);
    QFETCH(Problem, problem);
    QFETCH(QString, text);
    QFETCH(bool, scientific);
    QFETCH(bool, decimals);
    const CleanNumber cleaned = phones::cleanNumber(input);
    QCOMPARE(int(cleaned.problem), int(problem));
    QCOMPARE(QString::fromLatin1(cleaned.text()), text);
    QCOMPARE(cleaned.fromScientific, scientific);
    QCOMPARE(cleaned.droppedDecimals, decimals);
}

void TestNumberCleaner::invisibleCharacters()
{
    for (const char16_t c : {u'\u200b', u'\u200c', u'\u200d', u'\u200e', u'\u200f', u'\u2060',
                             u'\ufeff', u'\u00ad', u'\u202a', u'\u202e', u'\u0007'})
        QVERIFY2(phones::isInvisibleCharacter(QChar(c)), qPrintable(QString::number(c, 16)));
    for (const char16_t c : {u'0', u'a', u' ', u'\u00a0', u'+', u'-'})
        QVERIFY(!phones::isInvisibleCharacter(QChar(c)));
}

QTEST_GUILESS_MAIN(TestNumberCleaner)
#include "tst_numbercleaner.moc"
