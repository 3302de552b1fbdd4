// The import preview offscreen: a LibreOffice-made workbook, its counts and cells, then import.
#include "core/application.h"
#include "importpreviewdialog.h"
#include "invitepanel.h"
#include "mainwindow.h"
#include "phonefixtures.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using models::PhoneEntryModel;

class TestImportPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void workbook_showsCountsAndCells_importTakesValidRows()
    {
        ui::ImportPreviewDialog dialog;
        dialog.readFile(phoneFixture("lo/members-numbers.xlsx"));
        dialog.show();
        auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(import);
        QTRY_VERIFY(import->isEnabled());
        const phones::VerdictCounts counts = dialog.entriesModel()->counts();
        QCOMPARE(counts.total(), 12);
        QCOMPARE(counts.refused, 1);
        QCOMPARE(counts.duplicate, 1);
        // Excel-style damage was repaired, and said so.
        QVERIFY(counts.fixed >= 2);
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("importCounts"));
        QVERIFY2(label->text().contains(QStringLiteral("12 row")), qPrintable(label->text()));
        QVERIFY(import->text().contains(QString::number(counts.sendable())));

        PhoneEntryModel *model = dialog.entriesModel();
        QCOMPARE(model->index(0, PhoneEntryModel::NameColumn).data().toString(),
                 QStringLiteral("Åsa Öberg"));
        QCOMPARE(model->index(1, PhoneEntryModel::NumberColumn).data().toString(),
                 QStringLiteral("+46702345678"));
        QVERIFY(!model->index(1, PhoneEntryModel::NoteColumn).data().toString().isEmpty());

        // Only problems: the invalid, refused, duplicate and landline rows stay listed.
        auto *problems = dialog.findChild<QCheckBox *>(QStringLiteral("showProblems"));
        auto *view = dialog.findChild<QTableView *>(QStringLiteral("importRows"));
        problems->setChecked(true);
        QCOMPARE(view->model()->rowCount(), counts.total() - counts.sendable());
        problems->setChecked(false);
        QCOMPARE(view->model()->rowCount(), 12);

        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.acceptedEntries().size(), counts.sendable());
        for (const phones::PhoneEntry &e : dialog.acceptedEntries())
            QVERIFY(phones::isSendable(e.verdict));
    }

    void otherPhoneColumn_rechecks()
    {
        ui::ImportPreviewDialog dialog;
        dialog.readFile(phoneFixture("source/members.csv"));
        auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QTRY_VERIFY(import->isEnabled());
        auto *column = dialog.findChild<QComboBox *>(QStringLiteral("phoneColumn"));
        QCOMPARE(column->currentData().toInt(), 1);
        QVERIFY(column->currentText().contains(QStringLiteral("Mobil")));
        column->setCurrentIndex(column->findData(2)); // e-mail addresses
        QTRY_COMPARE(dialog.entriesModel()->counts().sendable(), 0);
        QVERIFY(!import->isEnabled());
    }

    void unreadableFile_reportsAndCloses()
    {
        ui::ImportPreviewDialog dialog;
        QSignalSpy failed(&dialog, &ui::ImportPreviewDialog::readFailed);
        dialog.readFile(phoneFixture("does-not-exist.csv"));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("does-not-exist.csv")));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void pastedSpreadsheetCells_openThePreview_andFillTheList()
    {
        core::Application app;
        ui::MainWindow window(&app);
        window.show();
        QApplication::clipboard()->setText(
            QStringLiteral("Namn\tMobil\nÅsa Öberg\t070-123 45 67\nBo Ek\t0702345678\nIda\t112\n"));
        QPlainTextEdit *numbers = window.invitePanel()->numbersEdit();
        numbers->setFocus();
        QTest::keyClick(numbers, Qt::Key_V, Qt::ControlModifier);
        ui::ImportPreviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ui::ImportPreviewDialog *>()) != nullptr);
        auto *import = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
        QTRY_VERIFY(import->isEnabled());
        QCOMPARE(dialog->entriesModel()->counts().sendable(), 2);
        QTest::mouseClick(import, Qt::LeftButton);
        const models::PhoneEntryModel *checked = window.invitePanel()->checkedModel();
        QTRY_COMPARE(checked->rowCount(), 2);
        QCOMPARE(checked->entries().first().name, QStringLiteral("Åsa Öberg"));
        QCOMPARE(checked->entries().first().e164, QStringLiteral("+46701234567"));
    }
};

QTEST_MAIN(TestImportPreview)
#include "tst_importpreview.moc"
