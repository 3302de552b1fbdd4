// cli::awaitResult, the one way the command line waits for an asynchronous answer.
#include "cli/awaitresult.h"

#include <QTest>
#include <QTimer>

#include <functional>

class TestAwaitResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answerLater_isReturned()
    {
        const std::optional<int> value =
            cli::awaitResult<int>([](auto done) { QTimer::singleShot(0, [done] { done(42); }); });
        QCOMPARE(value, std::optional<int>(42));
    }

    void answerAtOnce_isReturnedWithoutWaiting()
    {
        QCOMPARE(cli::awaitResult<QString>([](auto done) { done(QStringLiteral("now")); }),
                 std::optional<QString>(QStringLiteral("now")));
    }

    void secondAnswer_isIgnored()
    {
        const std::optional<int> value = cli::awaitResult<int>([](auto done) {
            QTimer::singleShot(0, [done] {
                done(1);
                done(2);
            });
        });
        QCOMPARE(value, std::optional<int>(1));
    }

    void interruption_endsTheWait_andALateAnswerIsDropped()
    {
        cli::Interruption interruption;
        std::function<void(int)> keptDone;
        QTimer::singleShot(0, &interruption, &cli::Interruption::interrupt);
        const std::optional<int> value =
            cli::awaitResult<int>([&keptDone](auto done) { keptDone = done; }, &interruption);
        QVERIFY(!value.has_value());
        QVERIFY(interruption.isInterrupted());
        keptDone(7); // after the wait: nothing to wake, nothing to write
        // An interrupted command waits for nothing more: the work is not even started.
        bool started = false;
        QVERIFY(!cli::awaitResult<int>([&started](auto) { started = true; }, &interruption));
        QVERIFY(!started);
    }

    void answerBeforeInterruption_wins()
    {
        cli::Interruption interruption;
        const std::optional<int> value = cli::awaitResult<int>(
            [&interruption](auto done) {
                QTimer::singleShot(0, [done, &interruption] {
                    done(5);
                    interruption.interrupt();
                });
            },
            &interruption);
        QCOMPARE(value, std::optional<int>(5));
    }
};

QTEST_GUILESS_MAIN(TestAwaitResult)
#include "tst_awaitresult.moc"
