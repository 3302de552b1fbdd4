// Qt's own texts in the windows (dialog buttons, the file dialog as Qt draws it without a
// desktop's native one, message boxes, edit menus, key names) read Swedish with Swedish
// chosen: Debian ships only Qt 4's qt_sv, which lacks the contexts Qt 6 asks with
// (QPlatformTheme for the buttons), so the app brings translations/qtbase_sv.ts.
#include "i18n/translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include "testtable.h"
#include <memory>

namespace {

QStringList actionTexts(const QMenu &menu)
{
    QStringList texts;
    for (const QAction *action : menu.actions()) {
        if (!action->isSeparator())
            texts << action->text().section(QLatin1Char('\t'), 0, 0); // without the shortcut
    }
    return texts;
}

} // namespace

class TestQtStrings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QCOMPARE(i18n::installTranslations(*qApp, QStringLiteral("sv")), QStringLiteral("sv"));
    }
    void cleanupTestCase() { i18n::installTranslations(*qApp, QStringLiteral("en")); }

    void dialogButtons_readSwedish_data()
    {
        addColumns<int, QString>("button", "swedish");
        QTest::newRow("OK") << int(QDialogButtonBox::Ok) << QStringLiteral("OK");
        QTest::newRow("Save") << int(QDialogButtonBox::Save) << QStringLiteral("Spara");
        QTest::newRow("Close") << int(QDialogButtonBox::Close) << QStringLiteral("Stäng");
        QTest::newRow("Cancel") << int(QDialogButtonBox::Cancel) << QStringLiteral("Avbryt");
        QTest::newRow("Yes") << int(QDialogButtonBox::Yes) << QStringLiteral("&Ja");
        QTest::newRow("No") << int(QDialogButtonBox::No) << QStringLiteral("&Nej");
        QTest::newRow("Open") << int(QDialogButtonBox::Open) << QStringLiteral("Öppna");
        QTest::newRow("Apply") << int(QDialogButtonBox::Apply) << QStringLiteral("Verkställ");
        QTest::newRow("Discard") << int(QDialogButtonBox::Discard) << QStringLiteral("Förkasta");
        QTest::newRow("Reset") << int(QDialogButtonBox::Reset) << QStringLiteral("Återställ");
        QTest::newRow("Help") << int(QDialogButtonBox::Help) << QStringLiteral("Hjälp");
        QTest::newRow("Save All") << int(QDialogButtonBox::SaveAll) << QStringLiteral("Spara alla");
        QTest::newRow("Retry") << int(QDialogButtonBox::Retry) << QStringLiteral("Försök igen");
        QTest::newRow("Ignore") << int(QDialogButtonBox::Ignore) << QStringLiteral("Ignorera");
        QTest::newRow("Restore Defaults")
            << int(QDialogButtonBox::RestoreDefaults) << QStringLiteral("Återställ standardvärden");
        QTest::newRow("Yes to All")
            << int(QDialogButtonBox::YesToAll) << QStringLiteral("Ja till &alla");
        QTest::newRow("No to All")
            << int(QDialogButtonBox::NoToAll) << QStringLiteral("N&ej till alla");
    }

    void dialogButtons_readSwedish()
    {
        QFETCH(int, button);
        QFETCH(QString, swedish);
        const auto standard = QDialogButtonBox::StandardButton(button);
        QDialogButtonBox box(standard);
        QCOMPARE(box.button(standard)->text(), swedish);
    }

    // A box made in one language follows a change of language at once (the live switch).
    void dialogButtons_followALanguageChange()
    {
        QDialogButtonBox box(QDialogButtonBox::Save | QDialogButtonBox::Close);
        QCOMPARE(box.button(QDialogButtonBox::Save)->text(), QStringLiteral("Spara"));
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Stäng"));
        i18n::installTranslations(*qApp, QStringLiteral("en"));
        // QApplication posts the LanguageChange to each window.
        QTRY_COMPARE(box.button(QDialogButtonBox::Save)->text(), QStringLiteral("Save"));
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Close"));
    }

    void messageBox_detailsButtonReadsSwedish()
    {
        QMessageBox box(QMessageBox::Warning, QStringLiteral("x"), QStringLiteral("y"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        box.setDetailedText(QStringLiteral("details"));
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QStringList texts;
        for (QAbstractButton *button : box.buttons())
            texts << button->text();
        QVERIFY2(texts.contains(QStringLiteral("Visa detaljer…")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("Spara")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("Förkasta")), qPrintable(texts.join(u'|')));
    }

    // The file dialog as Qt draws it itself (a bare X session has no native one).
    void fileDialog_readsSwedish()
    {
        QFileDialog dialog(nullptr, QString(), QDir::homePath(), QStringLiteral("CSV (*.csv)"));
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(QFileDialog::AcceptOpen);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto label = [&dialog](const char *name) {
            auto *l = dialog.findChild<QLabel *>(QLatin1String(name));
            return l ? l->text() : QStringLiteral("(no %1)").arg(QLatin1String(name));
        };
        QCOMPARE(label("lookInLabel"), QStringLiteral("Leta i:"));
        QCOMPARE(label("fileNameLabel"), QStringLiteral("Fil&namn:"));
        QCOMPARE(label("fileTypeLabel"), QStringLiteral("Filtyp:"));
        auto *back = dialog.findChild<QToolButton *>(QStringLiteral("backButton"));
        QVERIFY(back);
        QCOMPARE(back->toolTip(), QStringLiteral("Bakåt"));
        auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
        QVERIFY(tree);
        QStringList headers;
        for (int c = 0; c < tree->model()->columnCount(); ++c)
            headers << tree->model()->headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{QStringLiteral("Namn"), QStringLiteral("Storlek"),
                                       QStringLiteral("Typ"), QStringLiteral("Ändrad")}));
        // "Computer" in the list of places.
        auto *sidebar = dialog.findChild<QAbstractItemView *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QStringList places;
        for (int i = 0; i < sidebar->model()->rowCount(); ++i)
            places << sidebar->model()->index(i, 0).data().toString();
        QVERIFY2(places.contains(QStringLiteral("Dator")), qPrintable(places.join(u'|')));
        QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
        QStringList buttonTexts;
        for (const QPushButton *b : buttons)
            buttonTexts << b->text();
        QVERIFY2(buttonTexts.contains(QStringLiteral("&Öppna")),
                 qPrintable(buttonTexts.join(u'|')));
        QVERIFY2(buttonTexts.contains(QStringLiteral("Avbryt")),
                 qPrintable(buttonTexts.join(u'|')));
    }

    void saveDialog_readsSwedish()
    {
        QFileDialog dialog;
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Spara som"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList buttonTexts;
        for (const QPushButton *b : dialog.findChildren<QPushButton *>())
            buttonTexts << b->text();
        QVERIFY2(buttonTexts.contains(QStringLiteral("&Spara")),
                 qPrintable(buttonTexts.join(u'|')));
    }

    void editMenus_readSwedish()
    {
        QLineEdit line(QStringLiteral("abc"));
        std::unique_ptr<QMenu> menu(line.createStandardContextMenu());
        const QStringList texts = actionTexts(*menu);
        for (const char *swedish : {"&Ångra", "&Gör om", "Klipp &ut", "&Kopiera", "Klistra &in",
                                    "Ta bort", "Markera allt"}) {
            QVERIFY2(texts.contains(QString::fromUtf8(swedish)),
                     qPrintable(texts.join(QLatin1Char('|'))));
        }
    }

    void keyNames_readSwedish()
    {
        QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText),
                 QStringLiteral("Ctrl+Retur"));
        QCOMPARE(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C).toString(QKeySequence::NativeText),
                 QStringLiteral("Ctrl+Skift+C"));
    }
};

QTEST_MAIN(TestQtStrings)
#include "tst_qtstrings.moc"
