#include "icons.h"
#include "statusiconproxy.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QStandardItemModel>
#include <QTest>

namespace {
constexpr int StatusRole = Qt::UserRole + 2;

QImage pixels(const QVariant &v)
{
    return v.value<QIcon>().pixmap(16, 16).toImage();
}
} // namespace

class TestStatusIconProxy final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusColumn_getsTheStatusIcon()
    {
        QStandardItemModel source(0, 3);
        const QStringList statuses = {QStringLiteral("PENDING"), QStringLiteral("ACCEPTED"),
                                      QStringLiteral("FAILED"), QStringLiteral("WHATEVER")};
        for (const QString &status : statuses) {
            QList<QStandardItem *> row;
            for (int c = 0; c < 3; ++c) {
                auto *item = new QStandardItem(QStringLiteral("cell %1").arg(c));
                item->setData(status, StatusRole);
                row << item;
            }
            source.appendRow(row);
        }
        ui::StatusIconProxy proxy(1, StatusRole);
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        for (int r = 0; r < statuses.size(); ++r) {
            const QVariant icon = proxy.index(r, 1).data(Qt::DecorationRole);
            if (statuses[r] == QLatin1String("WHATEVER")) {
                QVERIFY(!icon.isValid()); // unknown status: no icon, the text alone
            } else {
                QCOMPARE(icon.userType(), QMetaType::QIcon);
                QCOMPARE(pixels(icon), ui::statusIcon(statuses[r]).pixmap(16, 16).toImage());
            }
            QVERIFY(!proxy.index(r, 0).data(Qt::DecorationRole).isValid());
            QVERIFY(!proxy.index(r, 2).data(Qt::DecorationRole).isValid());
            QCOMPARE(proxy.index(r, 1).data().toString(), QStringLiteral("cell 1"));
        }
        // Different statuses, different pictures.
        QVERIFY(pixels(proxy.index(0, 1).data(Qt::DecorationRole)) !=
                pixels(proxy.index(1, 1).data(Qt::DecorationRole)));

        // A status change in the source shows through.
        source.item(0, 1)->setData(QStringLiteral("ACCEPTED"), StatusRole);
        QCOMPARE(pixels(proxy.index(0, 1).data(Qt::DecorationRole)),
                 pixels(proxy.index(1, 1).data(Qt::DecorationRole)));
    }
};

QTEST_MAIN(TestStatusIconProxy)
#include "tst_statusiconproxy.moc"
