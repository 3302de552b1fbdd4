#include "composer/gsmalphabet.h"

#include "testtable.h"
#include <QTest>

using namespace composer;

class TestGsmAlphabet final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tables_haveTheStandardSizes()
    {
        // 128 positions minus the escape, and the 10 characters of the extension table.
        int basic = 0;
        int extension = 0;
        for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
            basic += isGsmBasic(cp) ? 1 : 0;
            extension += isGsmExtension(cp) ? 1 : 0;
            QVERIFY2(!(isGsmBasic(cp) && isGsmExtension(cp)), qPrintable(QString::number(cp)));
        }
        QCOMPARE(basic, 127);
        QCOMPARE(extension, 10);
    }

    void swedishAndCommonLetters_areBasic_data()
    {
        addColumns<QString>("character");
        for (const char *c : {"Å", "Ä", "Ö", "å", "ä", "ö", "é", "É", "ü",  "Ü",  "ñ", "Ñ", "à",
                              "è", "ù", "ì", "ò", "Ç", "Ø", "ø", "Æ", "æ",  "ß",  "@", "$", "_",
                              "£", "¥", "§", "¿", "¡", "¤", "Δ", "Ω", "\n", "\r", " "})
            QTest::newRow(c) << QString::fromUtf8(c);
    }
    void swedishAndCommonLetters_areBasic()
    {
        QFETCH(QString, character);
        QVERIFY(isGsmBasic(character.toUcs4().at(0)));
    }

    void extensionCharacters_areExtension_data()
    {
        addColumns<QString>("character");
        for (const char *c : {"^", "{", "}", "\\", "[", "~", "]", "|", "€", "\f"})
            QTest::newRow(c) << QString::fromUtf8(c);
    }
    void extensionCharacters_areExtension()
    {
        QFETCH(QString, character);
        const char32_t cp = character.toUcs4().at(0);
        QVERIFY(isGsmExtension(cp));
        QVERIFY(isGsm(cp));
    }

    void lookalikes_areNotGsm_data()
    {
        addColumns<QString>("character");
        for (const char *c : {"`", "ç", "á", "í", "ó", "ú",      "ê",  "â", "ł", "‘", "’",
                              "“", "”", "–", "—", "…", "\u00A0", "\t", "α", "ж", "👍", "\u0301"})
            QTest::newRow(c) << QString::fromUtf8(c);
    }
    void lookalikes_areNotGsm()
    {
        QFETCH(QString, character);
        QVERIFY(!isGsm(character.toUcs4().at(0)));
    }
};

QTEST_APPLESS_MAIN(TestGsmAlphabet)
#include "tst_gsmalphabet.moc"
