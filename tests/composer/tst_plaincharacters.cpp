#include "composer/gsmalphabet.h"
#include "composer/plaincharacters.h"
#include "composer/smscounter.h"

#include "testtable.h"
#include <QTest>

using namespace composer;

class TestPlainCharacters final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replaceWithPlainCharacters_givesGsmText_data()
    {
        addColumns<QString, QString>("input", "expected");
        auto row = [](const char *name, const char *in, const char *out) {
            QTest::newRow(name) << QString::fromUtf8(in) << QString::fromUtf8(out);
        };
        row("single quotes", "‘Hej’ ‚du‛ it′s", "'Hej' 'du' it's");
        row("double quotes", "“Hej” „du‟ «så» 5″", "\"Hej\" \"du\" \"så\" 5\"");
        row("dashes", "9–17 — ring − 2 ‒ x ― y ‐ z ‑ w", "9-17 - ring - 2 - x - y - z - w");
        row("ellipsis", "Vi ses…", "Vi ses...");
        row("special spaces", "10\u00A0000 kr\u202Fst\u2009x\u3000y", "10 000 kr st x y");
        row("invisible characters removed", "zero\u200Bwidth\u00ADsoft\uFEFF\u200Dj",
            "zerowidthsoftj");
        row("tab becomes space", "a\tb", "a b");
        row("acute and grave accents", "´`", "''");
        row("gsm letters stay", "Åsa Ärlig Öberg åäö é É ü Ü ñ Ñ à Ç ß Ø æ Æ ø è ù ì ò",
            "Åsa Ärlig Öberg åäö é É ü Ü ñ Ñ à Ç ß Ø æ Æ ø è ù ì ò");
        row("extension characters stay", "{[€]} ^~|\\", "{[€]} ^~|\\");
        row("accents gsm lacks", "José Fernández Çelik ç ê â", "José Fernandez Çelik c e a");
        row("decomposed gsm letter composed", "Lo\u0308fgren e\u0301", "Löfgren é");
        row("polish letters", "Łódź Wałęsa", "Lodz Walesa");
        row("ligature and full width", "ﬁka Ａ１", "fika A1");
        row("symbols", "© ® ™ 3×4 ½ ≤ ≥", "(c) (R) TM 3x4 1/2 <= >=");
        row("bullets", "• a · b", "- a - b");
        row("line separators", "a\u2028b\u2029c", "a\nb\nc");
        row("emoji kept", "Välkommen 👍", "Välkommen 👍");
        row("cyrillic and greek kept", "Привет αβ", "Привет αβ");
        row("empty", "", "");
    }

    void replaceWithPlainCharacters_givesGsmText()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(replaceWithPlainCharacters(input), expected);
    }

    void replacement_isGsmForEveryCodePoint()
    {
        // Whatever stands in for a character must itself be sendable as GSM, and GSM
        // characters are never replaced.
        int replaceable = 0;
        for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
            if (cp >= 0xD800 && cp <= 0xDFFF)
                continue;
            const std::optional<QString> plain = plainReplacement(cp);
            if (isGsm(cp)) {
                QVERIFY2(!plain, qPrintable(QString::number(cp, 16)));
                continue;
            }
            if (!plain)
                continue;
            ++replaceable;
            QVERIFY2(countSms(*plain).encoding == SmsEncoding::Gsm7,
                     qPrintable(QString::number(cp, 16) + QLatin1Char(' ') + *plain));
        }
        // Accented Latin letters alone are several hundred: the fallback must be working.
        QVERIFY2(replaceable > 500, qPrintable(QString::number(replaceable)));
    }

    void replacedText_hasNoReplaceableCharacterLeft()
    {
        const QString text = QString::fromUtf8("“Åsa” – välkommen… ‘Martín’ 👍");
        const QString plain = replaceWithPlainCharacters(text);
        const QList<Ucs2Character> left = ucs2Characters(plain);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().codePoint, U'\U0001F44D');
        QCOMPARE(
            countSms(replaceWithPlainCharacters(QString::fromUtf8("“Åsa” – välkommen…"))).encoding,
            SmsEncoding::Gsm7);
    }
};

QTEST_APPLESS_MAIN(TestPlainCharacters)
#include "tst_plaincharacters.moc"
