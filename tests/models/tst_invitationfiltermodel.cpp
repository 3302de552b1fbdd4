#include "models/invitationfiltermodel.h"
#include "models/invitationtablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace models;

class TestInvitationFilterModel : public QObject
{
    Q_OBJECT

    InvitationTableModel m_source;

    static InvitationRow row(const QString &msisdn, const QString &name, const QString &id,
                             const QString &status)
    {
        return {.input = msisdn,
                .name = name,
                .msisdn = msisdn,
                .invitationId = id,
                .status = status,
                .createdAt = {},
                .error = {}};
    }

    static QStringList visibleIds(const InvitationFilterModel &proxy)
    {
        QStringList ids;
        for (int r = 0; r < proxy.rowCount(); ++r)
            ids << proxy.index(r, 0).data(InvitationTableModel::InvitationIdRole).toString();
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_source.clear();
        m_source.appendRows({
            row(QStringLiteral("+46701234567"), QStringLiteral("Åsa Öberg"), QStringLiteral("id-a"),
                QStringLiteral("PENDING")),
            row(QStringLiteral("+46709999999"), QStringLiteral("Bo"), QStringLiteral("id-b"),
                QStringLiteral("ACCEPTED")),
            row(QStringLiteral("+4791234567"), QString(), QStringLiteral("id-c"),
                QStringLiteral("DELETED")),
        });
    }

    void statusFilter_showsOnlyThoseStatuses()
    {
        InvitationFilterModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&m_source);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setStatusFilter({QStringLiteral("ACCEPTED"), QStringLiteral("DELETED")});
        QCOMPARE(visibleIds(proxy), (QStringList{QStringLiteral("id-b"), QStringLiteral("id-c")}));
        // A row whose status changes into the filter appears shortly (the filter is re-applied
        // at most every 250 ms, however many statuses change).
        QVERIFY(m_source.updateStatusById(QStringLiteral("id-a"), QStringLiteral("ACCEPTED")));
        QTRY_COMPARE(proxy.rowCount(), 3);
        QVERIFY(m_source.updateStatusById(QStringLiteral("id-b"), QStringLiteral("PENDING")));
        QTRY_COMPARE(proxy.rowCount(), 2);
        proxy.setStatusFilter({});
        QCOMPARE(proxy.rowCount(), 3);
    }

    void search_matchesNumberNameAndId_andNationalDigits()
    {
        InvitationFilterModel proxy;
        proxy.setSourceModel(&m_source);
        proxy.setSearchText(QStringLiteral("åsa"));
        QCOMPARE(visibleIds(proxy), QStringList{QStringLiteral("id-a")});
        proxy.setSearchText(QStringLiteral("ID-C"));
        QCOMPARE(visibleIds(proxy), QStringList{QStringLiteral("id-c")});
        proxy.setSearchText(QStringLiteral("070 999"));
        QCOMPARE(visibleIds(proxy), QStringList{QStringLiteral("id-b")});
        proxy.setSearchText(QStringLiteral("nobody"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 3);
    }

    void sort_byAnyColumn()
    {
        InvitationFilterModel proxy;
        proxy.setSourceModel(&m_source);
        proxy.sort(InvitationTableModel::NumberColumn, Qt::DescendingOrder);
        QCOMPARE(visibleIds(proxy).first(), QStringLiteral("id-c"));
        proxy.sort(InvitationTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(visibleIds(proxy).first(), QStringLiteral("id-c")); // empty name first
        proxy.sort(InvitationTableModel::StatusColumn, Qt::AscendingOrder);
        // In the order an invitation lives: pending, accepted, deleted.
        QCOMPARE(visibleIds(proxy), (QStringList{QStringLiteral("id-a"), QStringLiteral("id-b"),
                                                 QStringLiteral("id-c")}));
        // A status change does not move rows under the admin's mouse; resort() does.
        QVERIFY(m_source.updateStatusById(QStringLiteral("id-a"), LocalStatus::failed()));
        QCOMPARE(visibleIds(proxy).first(), QStringLiteral("id-a"));
        proxy.resort();
        QCOMPARE(visibleIds(proxy).last(), QStringLiteral("id-a"));
    }

    // Sorting by keys made once per row gives the order of comparing the shown texts without
    // case, equal texts keeping their order.
    void sortByText_isCaseInsensitiveAndStable()
    {
        const QStringList names{QStringLiteral("bo"),     QStringLiteral("Åsa"),
                                QStringLiteral("BO"),     QStringLiteral("anna"),
                                QStringLiteral("Anna b"), QStringLiteral("Zoë"),
                                QStringLiteral("zoe"),    QString()};
        m_source.clear();
        QList<InvitationRow> rows;
        for (qsizetype i = 0; i < names.size(); ++i)
            rows.append(row(QStringLiteral("+4670123456%1").arg(i), names[i],
                            QStringLiteral("id-%1").arg(i), QStringLiteral("PENDING")));
        m_source.appendRows(rows);
        QStringList expected;
        QList<qsizetype> order{0, 1, 2, 3, 4, 5, 6, 7};
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            return QString::compare(names[a], names[b], Qt::CaseInsensitive) < 0;
        });
        for (const qsizetype i : order)
            expected.append(QStringLiteral("id-%1").arg(i));
        InvitationFilterModel proxy;
        proxy.setSourceModel(&m_source);
        proxy.sort(InvitationTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(visibleIds(proxy), expected);
        QCOMPARE(visibleIds(proxy).mid(1, 2),
                 (QStringList{QStringLiteral("id-3"), QStringLiteral("id-4")})); // anna, Anna b
        QCOMPARE(visibleIds(proxy).mid(3, 2),
                 (QStringList{QStringLiteral("id-0"), QStringLiteral("id-2")})); // bo, BO
    }
};

QTEST_GUILESS_MAIN(TestInvitationFilterModel)
#include "tst_invitationfiltermodel.moc"
