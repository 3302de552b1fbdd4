#include "aboutdialog.h"
#include "shortcutsdialog.h"

#include "testtable.h"
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using ui::AboutDialog;
using ui::ShortcutsDialog;

class TestHelpDialogs final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void about_showsVersionAndLicence()
    {
        QApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        AboutDialog dialog;
        dialog.show();
        auto *title = dialog.findChild<QLabel *>(QStringLiteral("aboutTitle"));
        QVERIFY(title);
        QVERIFY2(title->text().contains(QStringLiteral("9.8.7")), qPrintable(title->text()));

        QVERIFY(AboutDialog::licenceText().startsWith(QStringLiteral("MIT License")));
        QVERIFY(AboutDialog::licenceText().contains(QStringLiteral("WITHOUT WARRANTY")));
        auto *licence = dialog.findChild<QPlainTextEdit *>(QStringLiteral("licenceText"));
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("showLicence"));
        QVERIFY(licence && button);
        QVERIFY(!licence->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(licence->isVisible());
        QCOMPARE(licence->toPlainText(), AboutDialog::licenceText());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!licence->isVisible());
    }

    void plainActionText_dropsMnemonicAndEllipsis_data()
    {
        addColumns<QString, QString>("text", "plain");
        QTest::newRow("mnemonic") << QStringLiteral("&Import list")
                                  << QStringLiteral("Import list");
        QTest::newRow("ellipsis") << QString::fromUtf8("&Export…") << QStringLiteral("Export");
        QTest::newRow("three dots") << QStringLiteral("Settings...") << QStringLiteral("Settings");
        QTest::newRow("literal ampersand")
            << QStringLiteral("Copy && paste") << QStringLiteral("Copy & paste");
        QTest::newRow("swedish") << QString::fromUtf8("&Sök…") << QString::fromUtf8("Sök");
    }
    void plainActionText_dropsMnemonicAndEllipsis()
    {
        QFETCH(QString, text);
        QFETCH(QString, plain);
        QCOMPARE(ShortcutsDialog::plainActionText(text), plain);
    }

    void shortcuts_listActionsThatHaveShortcuts()
    {
        QAction import(QStringLiteral("&Import list…"));
        import.setShortcut(QKeySequence::Open);
        QAction noKeys(QStringLiteral("Without keys"));
        QAction refresh(QStringLiteral("&Refresh"));
        refresh.setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
        QAction again(QStringLiteral("Import list"));
        again.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        QAction separator;
        separator.setSeparator(true);

        ShortcutsDialog dialog;
        dialog.addActions({&import, &noKeys, nullptr, &separator, &refresh, &again});
        dialog.addShortcut(QStringLiteral("Send invitations"),
                           QKeySequence(Qt::CTRL | Qt::Key_Return));
        QCOMPARE(dialog.count(), 3);
        QCOMPARE(dialog.description(0), QStringLiteral("Import list"));
        QCOMPARE(dialog.keys(0),
                 QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
        QCOMPARE(dialog.keys(0), QStringLiteral("Ctrl+O"));
        QCOMPARE(dialog.description(1), QStringLiteral("Refresh"));
        QCOMPARE(dialog.keys(1), QStringLiteral("F5, Ctrl+R"));
        QCOMPARE(dialog.description(2), QStringLiteral("Send invitations"));
        QCOMPARE(dialog.keys(2), QStringLiteral("Ctrl+Return"));
    }
};

QTEST_MAIN(TestHelpDialogs)
#include "tst_helpdialogs.moc"
