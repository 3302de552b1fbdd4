// Keyboard and screen-reader use, offscreen: every action can be reached from the keyboard,
// every control has a name, and in Swedish nothing is cut off at the default window size.
#include "core/application.h"
#include "i18n/translations.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()),
                                         w->objectName());
}

bool hasMnemonic(const QString &text)
{
    const int amp = int(text.indexOf(QLatin1Char('&')));
    return amp >= 0 && amp + 1 < text.size() && text.at(amp + 1) != QLatin1Char('&');
}

QList<QKeySequence> allShortcuts(const ui::MainWindow &window)
{
    QList<QKeySequence> keys;
    for (const QAction *action : window.findChildren<QAction *>())
        keys += action->shortcuts();
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
        keys << button->shortcut();
    return keys;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("ACCESSY_INVITE_DATA_DIR", m_data.path().toUtf8());
    }

    void standardShortcuts_exist_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        QTest::newRow("import") << QKeySequence(Qt::CTRL | Qt::Key_O);
        QTest::newRow("send") << QKeySequence(Qt::CTRL | Qt::Key_Return);
        QTest::newRow("copy IDs") << QKeySequence(Qt::CTRL | Qt::Key_C);
        QTest::newRow("find") << QKeySequence(Qt::CTRL | Qt::Key_F);
        QTest::newRow("refresh") << QKeySequence(Qt::Key_F5);
        QTest::newRow("export") << QKeySequence(Qt::CTRL | Qt::Key_E);
        QTest::newRow("settings") << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    }

    void standardShortcuts_exist()
    {
        QFETCH(QKeySequence, keys);
        core::Application app;
        ui::MainWindow window(&app);
        QVERIFY2(allShortcuts(window).contains(keys), qPrintable(keys.toString()));
    }

    void everyMenuAction_reachableFromTheKeyboard()
    {
        core::Application app;
        ui::MainWindow window(&app);
        for (QAction *top : window.menuBar()->actions()) {
            QVERIFY2(hasMnemonic(top->text()), qPrintable(top->text()));
            QMenu *menu = top->menu();
            QVERIFY(menu);
            for (QAction *action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                QVERIFY2(!action->text().isEmpty(), "an action without a name");
                QVERIFY2(hasMnemonic(action->text()) || !action->shortcut().isEmpty(),
                         qPrintable(action->text()));
            }
        }
    }

    void everyControl_hasAnAccessibleName()
    {
        core::Application app;
        ui::MainWindow window(&app);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int checked = 0;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (!w->isVisibleTo(&window) || w->focusPolicy() == Qt::NoFocus)
                continue;
            if (qobject_cast<QAbstractItemView *>(w->parentWidget()))
                continue; // the view's own viewport and editors
            QString name = w->accessibleName();
            if (auto *button = qobject_cast<QAbstractButton *>(w); button && name.isEmpty())
                name = button->text();
            if (name.isEmpty()) {
                // A label that names it (setBuddy) is what a screen reader reads.
                for (QLabel *label : window.findChildren<QLabel *>()) {
                    if (label->buddy() == w)
                        name = label->text();
                }
            }
            QVERIFY2(!name.isEmpty(), qPrintable(describe(w)));
            ++checked;
        }
        QVERIFY(checked >= 10);
    }

    void swedish_atDefaultSize_nothingIsCutOff()
    {
        QCOMPARE(i18n::installTranslations(*qApp, QStringLiteral("sv")), QStringLiteral("sv"));
        core::Application app;
        ui::MainWindow window(&app);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        // Translated: the Send button speaks Swedish.
        auto *send = window.findChild<QAbstractButton *>(QStringLiteral("send"));
        QVERIFY(send);
        QVERIFY2(!send->text().contains(QStringLiteral("Send")), qPrintable(send->text()));
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (!w->isVisibleTo(&window))
                continue;
            if (auto *label = qobject_cast<QLabel *>(w)) {
                if (label->wordWrap() || label->text().isEmpty())
                    continue;
                QVERIFY2(label->width() >= label->minimumSizeHint().width(),
                         qPrintable(describe(label) + QStringLiteral(": ") + label->text()));
            } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                if (button->text().isEmpty())
                    continue;
                QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                         qPrintable(describe(button) + QStringLiteral(": ") + button->text()));
            }
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
