#include "common/enumkeys.h"

#include "testtable.h"
#include <QTest>

namespace {

enum class Fruit
{
    Apple,
    Pear,
    Plum,
    Quince
};

// Quince is left out on purpose: a table that lags behind its enum must say so, not guess.
constexpr common::EnumKey<Fruit> FruitKeys[] = {
    {Fruit::Apple, "apple"},
    {Fruit::Pear, "pear"},
    {Fruit::Plum, "plum-tree"},
};

} // namespace

class TestEnumKeys final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyOf_readsTheTable();
    void enumOf_readsTheTableBack_data();
    void enumOf_readsTheTableBack();
    void everyKey_roundTrips();
};

void TestEnumKeys::keyOf_readsTheTable()
{
    QCOMPARE(common::keyOf(FruitKeys, Fruit::Apple), u"apple");
    QCOMPARE(common::keyOf(FruitKeys, Fruit::Plum), u"plum-tree");
    QVERIFY(common::keyOf(FruitKeys, Fruit::Quince).isEmpty());
}

void TestEnumKeys::enumOf_readsTheTableBack_data()
{
    addColumns<QString, bool, int>("key", "known", "value");
    QTest::newRow("first") << u"apple"_qs << true << int(Fruit::Apple);
    QTest::newRow("with a dash") << u"plum-tree"_qs << true << int(Fruit::Plum);
    QTest::newRow("case matters") << u"Pear"_qs << false << 0;
    QTest::newRow("a prefix is not a key") << u"plum"_qs << false << 0;
    QTest::newRow("longer is not a key") << u"apples"_qs << false << 0;
    QTest::newRow("empty") << QString() << false << 0;
    QTest::newRow("not ASCII") << u"päron"_qs << false << 0;
}

void TestEnumKeys::enumOf_readsTheTableBack()
{
    QFETCH(QString, key);
    QFETCH(bool, known);
    QFETCH(int, value);
    const std::optional<Fruit> fruit = common::enumOf(FruitKeys, key);
    QCOMPARE(fruit.has_value(), known);
    if (known)
        QCOMPARE(int(*fruit), value);
}

void TestEnumKeys::everyKey_roundTrips()
{
    for (const auto &entry : FruitKeys)
        QCOMPARE(common::enumOf(FruitKeys, common::keyOf(FruitKeys, entry.value)), entry.value);
}

QTEST_GUILESS_MAIN(TestEnumKeys)
#include "tst_enumkeys.moc"
