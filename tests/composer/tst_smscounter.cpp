#include "composer/smscounter.h"

#include "testtable.h"
#include <QTest>

using namespace composer;

Q_DECLARE_METATYPE(composer::SmsEncoding)

namespace {
QString rep(const char *utf8, int n)
{
    return QString::fromUtf8(utf8).repeated(n);
}
const QString Emoji = QString::fromUtf8("👍"); // U+1F44D, a surrogate pair
} // namespace

class TestSmsCounter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countSms_matchesTable_data()
    {
        addColumns<QString, SmsEncoding, int, int, int, int, int>(
            "text", "encoding", "characters", "units", "parts", "unitsPerPart", "remaining");

        const auto G = SmsEncoding::Gsm7;
        const auto U = SmsEncoding::Ucs2;
        QTest::newRow("empty") << QString() << G << 0 << 0 << 0 << 160 << 160;
        QTest::newRow("plain swedish")
            << QString::fromUtf8("Hej Åsa! Välkommen till kontoret på Öster.") << G << 42 << 42 << 1
            << 160 << 118;
        QTest::newRow("line breaks count one each")
            << QStringLiteral("a\r\nb") << G << 4 << 4 << 1 << 160 << 156;
        QTest::newRow("160 gsm") << rep("a", 160) << G << 160 << 160 << 1 << 160 << 0;
        QTest::newRow("161 gsm") << rep("a", 161) << G << 161 << 161 << 2 << 153 << 145;
        QTest::newRow("153*2 gsm") << rep("a", 306) << G << 306 << 306 << 2 << 153 << 0;
        QTest::newRow("153*2+1 gsm") << rep("a", 307) << G << 307 << 307 << 3 << 153 << 152;
        QTest::newRow("160 with swedish letters")
            << rep("åäöÅÄÖéü", 20) << G << 160 << 160 << 1 << 160 << 0;
        QTest::newRow("euro counts two")
            << QString::fromUtf8("€") << G << 1 << 2 << 1 << 160 << 158;
        QTest::newRow("all extension characters")
            << QString::fromUtf8("^{}\\[~]|€") << G << 9 << 18 << 1 << 160 << 142;
        QTest::newRow("158 + euro fits one part")
            << rep("a", 158) + QString::fromUtf8("€") << G << 159 << 160 << 1 << 160 << 0;
        QTest::newRow("159 + euro needs two")
            << rep("a", 159) + QString::fromUtf8("€") << G << 160 << 161 << 2 << 153 << 145;
        // 306 septets would fit two parts, but the escape and its character stay together.
        QTest::newRow("extension character not split across parts")
            << rep("a", 152) + QString::fromUtf8("€") + rep("a", 152) << G << 305 << 306 << 3 << 153
            << 152;
        QTest::newRow("typographic quote forces ucs2")
            << QString::fromUtf8("Hej “Åsa”") << U << 9 << 9 << 1 << 70 << 61;
        QTest::newRow("extension character counts one in ucs2")
            << QString::fromUtf8("€ ж") << U << 3 << 3 << 1 << 70 << 67;
        QTest::newRow("backtick is not gsm") << QStringLiteral("`") << U << 1 << 1 << 1 << 70 << 69;
        QTest::newRow("70 ucs2") << rep("ж", 70) << U << 70 << 70 << 1 << 70 << 0;
        QTest::newRow("71 ucs2") << rep("ж", 71) << U << 71 << 71 << 2 << 67 << 63;
        QTest::newRow("67*2 ucs2") << rep("ж", 134) << U << 134 << 134 << 2 << 67 << 0;
        QTest::newRow("67*2+1 ucs2") << rep("ж", 135) << U << 135 << 135 << 3 << 67 << 66;
        QTest::newRow("one gsm-less character among 160")
            << rep("a", 159) + QString::fromUtf8("’") << U << 160 << 160 << 3 << 67 << 41;
        QTest::newRow("emoji is two units") << Emoji << U << 1 << 2 << 1 << 70 << 68;
        QTest::newRow("35 emoji fill one part")
            << Emoji.repeated(35) << U << 35 << 70 << 1 << 70 << 0;
        QTest::newRow("36 emoji") << Emoji.repeated(36) << U << 36 << 72 << 2 << 67 << 61;
        // 134 units would fit two parts, but a surrogate pair is never split.
        QTest::newRow("emoji not split across parts")
            << rep("a", 66) + Emoji + rep("a", 66) << U << 133 << 134 << 3 << 67 << 66;
        QTest::newRow("lone surrogate is one ucs2 unit")
            << QString(QChar(0xD83D)) + QStringLiteral("a") << U << 2 << 2 << 1 << 70 << 68;
    }

    void countSms_matchesTable()
    {
        QFETCH(QString, text);
        QFETCH(SmsEncoding, encoding);
        QFETCH(int, characters);
        QFETCH(int, units);
        QFETCH(int, parts);
        QFETCH(int, unitsPerPart);
        QFETCH(int, remaining);

        const SmsCount c = countSms(text);
        QCOMPARE(c.encoding, encoding);
        QCOMPARE(c.characters, characters);
        QCOMPARE(c.units, units);
        QCOMPARE(c.parts, parts);
        QCOMPARE(c.unitsPerPart, unitsPerPart);
        QCOMPARE(c.remainingInPart, remaining);
    }

    void partsNeverFewerThanCapacityAllows()
    {
        // For every length of plain text the parts are the smallest number that holds it.
        for (int n = 1; n <= 1000; ++n) {
            const SmsCount g = countSms(rep("a", n));
            const int expectedG = n <= 160 ? 1 : (n + 152) / 153;
            QCOMPARE(g.parts, expectedG);
            const SmsCount u = countSms(rep("ж", n));
            const int expectedU = n <= 70 ? 1 : (n + 66) / 67;
            QCOMPARE(u.parts, expectedU);
        }
    }

    void ucs2Characters_givesPositionsInUtf16Units()
    {
        const QString text = QString::fromUtf8("Hej “Åsa” 👍 ok") + QChar(0xD800);
        const QList<Ucs2Character> expected = {
            {4, 1, U'\u201C'}, {8, 1, U'\u201D'}, {10, 2, U'\U0001F44D'}, {15, 1, 0xD800}};
        QCOMPARE(ucs2Characters(text), expected);
    }

    void ucs2Characters_noneInGsmText()
    {
        QVERIFY(ucs2Characters(QString::fromUtf8("Åsa {öl} € ^_^ [x] ~|\\ ÆØÅ")).isEmpty());
        QVERIFY(ucs2Characters(QString()).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestSmsCounter)
#include "tst_smscounter.moc"
