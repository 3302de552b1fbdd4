// What the send engine does with each kind of failure: policy::decide, one row per rule.
#include "sending/sendpolicy.h"

#include "testtable.h"
#include <QTest>

using namespace sending::policy;
using Kind = accessy::ApiError::Kind;

Q_DECLARE_METATYPE(accessy::ApiError)
Q_DECLARE_METATYPE(sending::policy::ErrorAction)
Q_DECLARE_METATYPE(sending::policy::RetryCause)

namespace {

accessy::ApiError error(Kind kind, int status = 0, bool sent = true,
                        QNetworkReply::NetworkError network = QNetworkReply::NoError)
{
    accessy::ApiError e;
    e.kind = kind;
    e.httpStatus = status;
    e.requestWasSent = sent;
    e.networkError = network;
    return e;
}

// A 429 whose Retry-After asks for this many seconds.
accessy::ApiError rateLimited(int retryAfterSeconds)
{
    accessy::ApiError e = error(Kind::Http, 429);
    e.retryAfterSeconds = retryAfterSeconds;
    return e;
}

} // namespace

class TestSendPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        addColumns<accessy::ApiError, int, int, ErrorAction, RetryCause, int, bool>(
            "error", "numbers", "notSent", "action", "cause", "fixedDelayMs", "waitForGrace");

        const auto timeout = error(Kind::Timeout, 0, true, QNetworkReply::OperationCanceledError);
        const auto dropped = error(Kind::Network, 0, true, QNetworkReply::RemoteHostClosedError);
        const auto refused = error(Kind::Network, 0, false, QNetworkReply::ConnectionRefusedError);
        using A = ErrorAction;
        using C = RetryCause;
        // name, error, numbers, notSent so far → action, cause, fixed delay, grace
        QTest::newRow("429 with Retry-After: that wait")
            << rateLimited(7) << 5 << 0 << A::Retry << C::RateLimited << 7000 << false;
        QTest::newRow("429 with a huge Retry-After: capped")
            << rateLimited(100000) << 5 << 0 << A::Retry << C::RateLimited << 120000 << false;
        QTest::newRow("429 without Retry-After: back-off")
            << error(Kind::Http, 429) << 5 << 0 << A::Retry << C::RateLimited << -1 << false;
        QTest::newRow("400 of a batch: split")
            << error(Kind::Http, 400) << 4 << 0 << A::Split << C::None << -1 << false;
        QTest::newRow("413 of a batch: split")
            << error(Kind::Http, 413) << 2 << 0 << A::Split << C::None << -1 << false;
        QTest::newRow("400 of one number: fail")
            << error(Kind::Http, 400) << 1 << 0 << A::Fail << C::None << -1 << false;
        QTest::newRow("422: fail")
            << error(Kind::Http, 422) << 3 << 0 << A::Fail << C::None << -1 << false;
        QTest::newRow("time-out: reconcile after the grace")
            << timeout << 3 << 0 << A::Reconcile << C::None << -1 << true;
        QTest::newRow("dropped after sending: reconcile after the grace")
            << dropped << 3 << 0 << A::Reconcile << C::None << -1 << true;
        // A gateway's error: the server behind it may still go on with the request.
        for (int status : {502, 504})
            QTest::addRow("%d (gateway): reconcile after the grace", status)
                << error(Kind::Http, status) << 3 << 0 << A::Reconcile << C::None << -1 << true;
        // The server itself answered: whatever it did is done.
        for (int status : {500, 503})
            QTest::addRow("%d (answered): reconcile soon", status)
                << error(Kind::Http, status) << 3 << 0 << A::Reconcile << C::None << -1 << false;
        QTest::newRow("garbled 200: reconcile soon")
            << error(Kind::BadAnswer) << 3 << 0 << A::Reconcile << C::None << -1 << false;
        QTest::newRow("garbled, request not sent whole: fail")
            << error(Kind::BadAnswer, 0, false) << 3 << 0 << A::Fail << C::None << -1 << false;
        // Refusals no retry changes: credentials, rights, a wrong address or API version.
        for (int status : {401, 403, 404, 406})
            QTest::addRow("%d: stop the job", status)
                << error(Kind::Http, status) << 3 << 0 << A::StopJob << C::None << -1 << false;
        QTest::newRow("configuration: stop the job") << error(Kind::Configuration, 0, false) << 3
                                                     << 0 << A::StopJob << C::None << -1 << false;
        QTest::newRow("refused connection: retry (never reached the server)")
            << refused << 3 << 0 << A::Retry << C::NotSent << -1 << false;
        QTest::newRow("refused connection, retries used up: fail")
            << refused << 3 << 5 << A::Fail << C::None << -1 << false;
    }
    void decide()
    {
        QFETCH(accessy::ApiError, error);
        QFETCH(int, numbers);
        QFETCH(int, notSent);
        QFETCH(ErrorAction, action);
        QFETCH(RetryCause, cause);
        QFETCH(int, fixedDelayMs);
        QFETCH(bool, waitForGrace);
        const ErrorDecision d = sending::policy::decide(error, {numbers, 2, notSent}, Limits{});
        QCOMPARE(d.action, action);
        QCOMPARE(d.cause, cause);
        QCOMPARE(d.fixedDelayMs, fixedDelayMs);
        QCOMPARE(d.waitForGrace, waitForGrace);
        if (action == ErrorAction::Retry && fixedDelayMs < 0)
            QCOMPARE(d.backoffStep, cause == RetryCause::RateLimited ? 2 : notSent);
    }

    void graceNeverShorterThanTwiceTheTimeout_data()
    {
        addColumns<qint64, int, qint64>("requested", "timeout", "effective");
        QTest::newRow("default") << qint64(60000) << 30000 << qint64(60000);
        QTest::newRow("longer kept") << qint64(90000) << 30000 << qint64(90000);
        QTest::newRow("shorter raised") << qint64(10000) << 30000 << qint64(60000);
        QTest::newRow("zero raised") << qint64(0) << 300 << qint64(600);
    }
    void graceNeverShorterThanTwiceTheTimeout()
    {
        QFETCH(qint64, requested);
        QFETCH(int, timeout);
        QFETCH(qint64, effective);
        QCOMPARE(effectiveGraceMs(requested, timeout), effective);
    }
};

QTEST_GUILESS_MAIN(TestSendPolicy)
#include "tst_sendpolicy.moc"
