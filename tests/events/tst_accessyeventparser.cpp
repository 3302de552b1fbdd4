#include "events/accessyeventparser.h"

#include "testtable.h"
#include <QFile>
#include <QTest>

using namespace events;

using Kind = AccessyEvent::Kind;

class TestAccessyEventParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_membershipCreatedFixture_isAccepted();
    void parse_table_data();
    void parse_table();
    void parse_everyListedOtherType_isIgnored();
};

namespace {
const QDateTime Received(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
}

void TestAccessyEventParser::parse_membershipCreatedFixture_isAccepted()
{
    QFile file(QStringLiteral(INVITE_TEST_DATA "/events/membership_created.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const AccessyEvent event = AccessyEventParser::parse(file.readAll(), Received);
    QCOMPARE(event.kind, Kind::StatusChange);
    QVERIFY(event.change.has_value());
    QCOMPARE(event.change->invitationId, QStringLiteral("c1f3a8e2-7d4b-4e19-8a6c-2b5d9f0e3a71"));
    QCOMPARE(event.change->newStatus, QStringLiteral("ACCEPTED"));
    QCOMPARE(event.change->at, QDateTime(QDate(2026, 11, 26), QTime(9, 30, 12, 345), Qt::UTC));
    QCOMPARE(event.change->eventType, QStringLiteral("MEMBERSHIP_CREATED"));
    QVERIFY(event.change->msisdn.isEmpty());
}

void TestAccessyEventParser::parse_table_data()
{
    // detail: a part of the explanation, for the other kinds
    addColumns<QByteArray, Kind, QString, QString, QDateTime, QString, QString>(
        "body", "kind", "invitationId", "status", "at", "msisdn", "detail");

    const QDateTime none;
    QTest::newRow("accepted, created as ISO with offset")
        << QByteArray(R"({"eventType":"MEMBERSHIP_CREATED","invitationId":"i1",)"
                      R"("metaData":{"created":"2026-01-02T03:04:05+01:00"}})")
        << Kind::StatusChange << "i1"
        << "ACCEPTED" << QDateTime(QDate(2026, 1, 2), QTime(2, 4, 5), Qt::UTC) << ""
        << "";
    QTest::newRow("accepted, created as epoch milliseconds")
        << QByteArray(R"({"eventType":"MEMBERSHIP_CREATED","invitationId":"i2",)"
                      R"("metaData":{"created":1767225600000}})")
        << Kind::StatusChange << "i2"
        << "ACCEPTED" << QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC) << ""
        << "";
    QTest::newRow("accepted, no metaData: received time")
        << QByteArray(R"({"eventType":"MEMBERSHIP_CREATED","invitationId":"i3"})")
        << Kind::StatusChange << "i3"
        << "ACCEPTED" << Received << ""
        << "";
    QTest::newRow("accepted, unreadable created: received time")
        << QByteArray(R"({"eventType":"MEMBERSHIP_CREATED","invitationId":"i4",)"
                      R"("metaData":{"created":"yesterday"}})")
        << Kind::StatusChange << "i4"
        << "ACCEPTED" << Received << ""
        << "";
    QTest::newRow("membership without invitation")
        << QByteArray(R"({"eventType":"MEMBERSHIP_CREATED","userId":"u"})") << Kind::Ignored << ""
        << "" << none << ""
        << "without an invitation";
    QTest::newRow("membership with null invitationId")
        << QByteArray(R"({"eventType":"MEMBERSHIP_CREATED","invitationId":null})") << Kind::Ignored
        << ""
        << "" << none << ""
        << "without an invitation";
    QTest::newRow("invitation deleted, with msisdn")
        << QByteArray(R"({"eventType":"ORGANIZATION_INVITATION_DELETED","invitationId":"d1",)"
                      R"("msisdn":"+46701234567"})")
        << Kind::StatusChange << "d1"
        << "DELETED" << Received << "+46701234567"
        << "";
    QTest::newRow("invitation deleted, recipientMsisdn, nested id")
        << QByteArray(R"({"eventType":"ORGANIZATION_INVITATION_DELETED",)"
                      R"("invitation":{"id":"d2"},"recipientMsisdn":"+4670"})")
        << Kind::StatusChange << "d2"
        << "DELETED" << Received << "+4670"
        << "";
    QTest::newRow("invitation deleted without id")
        << QByteArray(R"({"eventType":"ORGANIZATION_INVITATION_DELETED"})") << Kind::Ignored << ""
        << "" << none << ""
        << "names no invitationId";
    QTest::newRow("listed other type")
        << QByteArray(R"({"eventType":"GUEST_DOOR_ENTRY","invitationId":"x"})") << Kind::Ignored
        << ""
        << "" << none << ""
        << "does not change an invitation";
    QTest::newRow("unknown type") << QByteArray(R"({"eventType":"SOMETHING_NEW"})") << Kind::Ignored
                                  << ""
                                  << "" << none << ""
                                  << "SOMETHING_NEW is not a known event type";
    QTest::newRow("no eventType") << QByteArray(R"({"invitationId":"x"})") << Kind::Malformed << ""
                                  << "" << none << ""
                                  << "no eventType";
    QTest::newRow("eventType not a string")
        << QByteArray(R"({"eventType":42})") << Kind::Malformed << ""
        << "" << none << ""
        << "no eventType";
    QTest::newRow("array") << QByteArray(R"([{"eventType":"MEMBERSHIP_CREATED"}])")
                           << Kind::Malformed << ""
                           << "" << none << ""
                           << "not an object";
    QTest::newRow("truncated JSON")
        << QByteArray(R"({"eventType":"MEMBERSHIP_CRE)") << Kind::Malformed << ""
        << "" << none << ""
        << "not valid JSON";
    QTest::newRow("empty body") << QByteArray() << Kind::Malformed << ""
                                << "" << none << ""
                                << "not valid JSON";
    QTest::newRow("binary garbage") << QByteArray("\xff\x00\x01", 3) << Kind::Malformed << ""
                                    << "" << none << ""
                                    << "not valid JSON";
}

void TestAccessyEventParser::parse_table()
{
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, invitationId);
    QFETCH(QString, status);
    QFETCH(QDateTime, at);
    QFETCH(QString, msisdn);
    QFETCH(QString, detail);

    const AccessyEvent event = AccessyEventParser::parse(body, Received);
    QCOMPARE(event.kind, kind);
    QCOMPARE(event.change.has_value(), kind == Kind::StatusChange);
    if (event.change) {
        QCOMPARE(event.change->invitationId, invitationId);
        QCOMPARE(event.change->newStatus, status);
        QCOMPARE(event.change->at, at);
        QCOMPARE(event.change->at.timeSpec(), Qt::UTC);
        QCOMPARE(event.change->msisdn, msisdn);
    } else {
        QVERIFY2(event.detail.contains(detail), qPrintable(event.detail));
    }
}

void TestAccessyEventParser::parse_everyListedOtherType_isIgnored()
{
    const QStringList types = AccessyEventParser::knownEventTypes();
    QCOMPARE(types.size(), 13);
    for (const QString &type : types) {
        if (type == QLatin1StringView("MEMBERSHIP_CREATED") ||
            type == QLatin1StringView("ORGANIZATION_INVITATION_DELETED"))
            continue;
        const QByteArray body = R"({"invitationId":"i","eventType":")" + type.toUtf8() + "\"}";
        const AccessyEvent event = AccessyEventParser::parse(body, Received);
        QCOMPARE(event.kind, Kind::Ignored);
        QCOMPARE(event.eventType, type);
    }
}

QTEST_GUILESS_MAIN(TestAccessyEventParser)
#include "tst_accessyeventparser.moc"
