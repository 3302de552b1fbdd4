// The access-group checklist, offscreen, filled from the real sandbox: search, check with the
// keyboard, choices kept across search and reload, remembered choice applied on arrival, and
// a failed walk shown with its cause.
#include "accessgroupspicker.h"
#include "sandboxsignin.h"

#include "accessy/accessysession.h"
#include "httpcall.h"
#include "sandboxprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace ui;

class TestAccessGroupsPicker : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    accessy::ApiClient m_client;
    accessy::AccessySession m_session{&m_client};

    void setGroups(const QJsonObject &body)
    {
        HttpCaller http;
        const HttpResult r = http.call(
            "POST", m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/groups"))),
            {{"Content-Type", "application/json"}}, QJsonDocument(body).toJson());
        QCOMPARE(r.status, 200);
    }
    void loadInto(AccessGroupsPicker &picker, int expected)
    {
        QSignalSpy changed(&picker, &AccessGroupsPicker::checkedIdsChanged);
        picker.load(&m_session);
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 15000);
        QCOMPARE(picker.groups().size(), expected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY_STARTED(m_sandbox, {QStringLiteral("--quiet")});
        useSandbox(m_client, m_session, m_sandbox);
    }

    void search_filtersAndKeepsHiddenChoices()
    {
        setGroups({{QStringLiteral("count"), 300}});
        AccessGroupsPicker picker;
        picker.show();
        loadInto(picker, 300);
        QVERIFY2(picker.statusText().contains(QLatin1String("0 of 300")),
                 qPrintable(picker.statusText()));
        const accessy::AccessGroup first = picker.groups().at(0);
        const accessy::AccessGroup last = picker.groups().at(299);

        // Check the first group with the keyboard.
        auto *list = picker.findChild<QListView *>(QStringLiteral("groupList"));
        QSignalSpy changed(&picker, &AccessGroupsPicker::checkedIdsChanged);
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(picker.checkedIds(), QStringList{first.id});

        // Search for the last one by name: only matching rows stay visible.
        QTest::keyClicks(picker.findChild<QLineEdit *>(QStringLiteral("groupSearch")), last.name);
        QVERIFY(picker.visibleCount() >= 1);
        QVERIFY(picker.visibleCount() < 300);
        bool found = false;
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data().toString() == last.name) {
                list->model()->setData(index, Qt::Checked, Qt::CheckStateRole);
                found = true;
            }
        }
        QVERIFY(found);
        // The first group is hidden by the search but still chosen.
        QCOMPARE(picker.checkedIds(), (QStringList{first.id, last.id}));
        QCOMPARE(picker.checkedNames(), (QStringList{first.name, last.name}));
        QVERIFY2(picker.statusText().contains(QLatin1String("shown")),
                 qPrintable(picker.statusText()));

        // Reload: the choice survives.
        loadInto(picker, 300);
        QCOMPARE(picker.checkedIds(), (QStringList{first.id, last.id}));
    }

    void rememberedChoice_appliedWhenGroupsArrive()
    {
        setGroups({{QStringLiteral("count"), 5}});
        AccessGroupsPicker probe;
        loadInto(probe, 5);
        const QString wanted = probe.groups().at(3).id;

        AccessGroupsPicker picker;
        picker.setCheckedIds({wanted, QStringLiteral("a-group-that-was-deleted")});
        QVERIFY(picker.checkedIds().isEmpty()); // nothing to show yet
        loadInto(picker, 5);
        QCOMPARE(picker.checkedIds(), QStringList{wanted}); // the deleted one is dropped
    }

    void noGroups_saysSo()
    {
        setGroups({{QStringLiteral("count"), 0}});
        AccessGroupsPicker picker;
        loadInto(picker, 0);
        QVERIFY2(picker.statusText().contains(QLatin1String("no access groups")),
                 qPrintable(picker.statusText()));
    }

    void failedWalk_showsTheCause()
    {
        setGroups({{QStringLiteral("count"), 600}, {QStringLiteral("emptyPageAt"), 2}});
        AccessGroupsPicker picker;
        QSignalSpy failed(&picker, &AccessGroupsPicker::loadFailed);
        picker.load(&m_session);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        QVERIFY2(picker.statusText().contains(QLatin1String("page 2 was empty")),
                 qPrintable(picker.statusText()));
        QVERIFY(picker.checkedIds().isEmpty());
    }
};

QTEST_MAIN(TestAccessGroupsPicker)
#include "tst_accessgroupspicker.moc"
