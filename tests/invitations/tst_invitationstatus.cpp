// The one definition of an invitation's statuses: every status the app writes or the API
// documents is there once, with a text, an icon and a rank in the order an invitation lives.
#include "invitations/invitationstatus.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace invitations;

class TestInvitationStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStatus_isDefinedOnce()
    {
        const QStringList expected{LocalStatus::queued(),        LocalStatus::sending(),
                                   ApiStatus::pending,           ApiStatus::accepted,
                                   ApiStatus::deleted,           LocalStatus::member(),
                                   LocalStatus::addedToGroups(), LocalStatus::failed()};
        QSet<QString> keys;
        for (const StatusDefinition &status : InvitationStatus::all()) {
            QVERIFY2(!keys.contains(status.key), qPrintable(status.key));
            keys.insert(status.key);
        }
        QCOMPARE(keys, QSet<QString>(expected.cbegin(), expected.cend()));
        for (const QString &key : expected) {
            const StatusDefinition *status = InvitationStatus::find(key);
            QVERIFY2(status, qPrintable(key));
            QVERIFY(!status->text().isEmpty());
            QVERIFY2(status->text() != key, qPrintable(key)); // admin words, not the API's
            QVERIFY(!status->iconName.isEmpty());
            QVERIFY(QFile::exists(
                QStringLiteral(INVITE_ICONS_DIR "/status/%1.svg").arg(status->iconName)));
        }
    }

    void sortRanks_followTheInvitationsLife()
    {
        const QStringList life{LocalStatus::queued(),        LocalStatus::sending(),
                               ApiStatus::pending,           ApiStatus::accepted,
                               ApiStatus::deleted,           LocalStatus::member(),
                               LocalStatus::addedToGroups(), LocalStatus::failed()};
        for (qsizetype i = 1; i < life.size(); ++i)
            QVERIFY2(InvitationStatus::sortRank(life.at(i - 1)) <
                         InvitationStatus::sortRank(life.at(i)),
                     qPrintable(life.at(i)));
        QVERIFY(InvitationStatus::sortRank(QStringLiteral("EXPIRED")) >
                InvitationStatus::sortRank(LocalStatus::failed()));
    }

    void unknownStatus_isShownVerbatimWithoutIcon()
    {
        QCOMPARE(InvitationStatus::text(QStringLiteral("EXPIRED")), QStringLiteral("EXPIRED"));
        QVERIFY(InvitationStatus::iconName(QStringLiteral("EXPIRED")).isEmpty());
        QVERIFY(!InvitationStatus::find(QStringLiteral("EXPIRED")));
    }

    void filter_offersOnlySettledStatuses()
    {
        QStringList offered;
        for (const StatusDefinition &status : InvitationStatus::all()) {
            if (status.offeredAsFilter)
                offered << status.key;
        }
        QCOMPARE(offered, (QStringList{ApiStatus::pending, ApiStatus::accepted, ApiStatus::deleted,
                                       LocalStatus::member(), LocalStatus::addedToGroups(),
                                       LocalStatus::failed()}));
    }
};

QTEST_GUILESS_MAIN(TestInvitationStatus)
#include "tst_invitationstatus.moc"
