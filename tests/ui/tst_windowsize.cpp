// The window on a small screen: at 2× scaling a 1600×1200 screen is 800×600 logical pixels,
// and the whole window, Send included, must fit there and open no larger than the screen.
#include "appdataisolation.h"
#include "core/application.h"
#include "invitepanel.h"
#include "mainwindow.h"
#include "resultspanel.h"
#include "resultsview.h"

#include <QApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

namespace {
// True when the whole window, frame included, lies within its screen's available area.
bool fitsItsScreen(const QWidget &window)
{
    const QRect available = window.screen()->availableGeometry();
    return window.frameGeometry().width() <= available.width() &&
           window.frameGeometry().height() <= available.height();
}

QString openedSize(const QWidget &window)
{
    return QStringLiteral("opened at %1×%2")
        .arg(window.frameGeometry().width())
        .arg(window.frameGeometry().height());
}
} // namespace

class TestWindowSize : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateAppData(m_data)); // never the real history or settings
        QCOMPARE(QApplication::primaryScreen()->devicePixelRatio(), 2.0);
        QCOMPARE(QApplication::primaryScreen()->availableGeometry().size(), QSize(800, 600));
    }

    void fitsAnEightHundredBySixHundredScreen_sendReachable()
    {
        core::Application app;
        ui::MainWindow window(&app);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(
            minimum.width() <= 800 && minimum.height() <= 600,
            qPrintable(QStringLiteral("minimum %1×%2").arg(minimum.width()).arg(minimum.height())));
        QVERIFY2(fitsItsScreen(window), qPrintable(openedSize(window)));
        // Send stays whole: the left side scrolls instead of squeezing it.
        auto *send = window.findChild<QPushButton *>(QStringLiteral("send"));
        QVERIFY(send);
        QVERIFY(send->height() >= send->minimumSizeHint().height());
    }

    void lowScreen_leftSideScrolls_sendReachable()
    {
        // 1600×1000 at 2×: only 500 logical pixels high.
        core::Application app;
        ui::MainWindow window(&app);
        window.show();
        window.resize(800, 460);
        QTest::qWait(0); // one event-loop turn: the layout handles the resize it posted
        QVERIFY2(window.height() <= 470, qPrintable(QString::number(window.height())));
        auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("inviteScroll"));
        QVERIFY(scroll);
        auto *send = window.findChild<QPushButton *>(QStringLiteral("send"));
        scroll->ensureWidgetVisible(send);
        QTest::qWait(0); // one event-loop turn: the scroll area moves on the posted update
        const QRect sendRect(send->mapTo(&window, QPoint(0, 0)), send->size());
        QVERIFY(window.rect().contains(sendRect));
    }

    void savedGeometryLargerThanTheScreen_isShrunk()
    {
        {
            core::Application app;
            ui::MainWindow window(&app);
            window.resize(2360, 1440);
            window.show();
            window.close(); // saves that size
        }
        core::Application app;
        ui::MainWindow window(&app);
        window.show();
        QVERIFY2(fitsItsScreen(window), qPrintable(openedSize(window)));
    }
};

int main(int argc, char **argv)
{
    // A 1600×1200 screen at 2× (the offscreen platform reads the screen from a file).
    QTemporaryFile screens;
    if (!screens.open())
        return 2;
    screens.write(R"({"screens":[{"name":"big","x":0,"y":0,"width":1600,"height":1200,)"
                  R"("logicalDpi":96,"logicalBaseDpi":96,"dpr":1}]})");
    screens.flush();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + screens.fileName().toUtf8());
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestWindowSize test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_windowsize.moc"
