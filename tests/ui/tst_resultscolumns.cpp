// The results table on a small window: at 1024×700, and at 800×500 (a 1600×1000 screen at 2×
// scaling, in logical pixels), the invitation IDs show whole and nothing needs sideways
// scrolling; Problem is the column that gives way, its tooltip holding the whole text.
#include "appdataisolation.h"
#include "core/application.h"
#include "mainwindow.h"
#include "models/invitationtablemodel.h"
#include "resultspanel.h"
#include "resultsview.h"

#include "testtable.h"
#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using models::InvitationTableModel;

class TestResultsColumns : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    static QString longProblem()
    {
        return QStringLiteral("Not sent: Accessy refused this number (400 Bad Request: the "
                              "msisdn is not a mobile number in any country we know of).");
    }

    // Rows as a finished send leaves them (enough for a vertical scroll bar): real UUIDs,
    // every status, created today and on other days, a long problem.
    static void fill(InvitationTableModel *model)
    {
        QList<models::InvitationRow> rows;
        const QDateTime created = QDateTime::currentDateTimeUtc();
        const QList<invitations::StatusDefinition> &statuses = invitations::InvitationStatus::all();
        for (int i = 0; i < 40; ++i) {
            const invitations::StatusDefinition &status = statuses.at(i % statuses.size());
            models::InvitationRow row;
            row.input = QStringLiteral("070-123 45 %1").arg(10 + i);
            row.msisdn = QStringLiteral("+467012345%1").arg(10 + i);
            row.status = status.key;
            if (status.key == invitations::LocalStatus::failed()) {
                row.error = longProblem();
            } else {
                row.invitationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                row.createdAt = created.addDays(-i / 3);
            }
            rows << row;
        }
        model->appendRows(rows);
    }

    // The ID's text, with the margins the style puts around it, fits its column.
    static void verifyIdsWhole(ui::ResultsView *view)
    {
        const int column = InvitationTableModel::InvitationIdColumn;
        const int width = view->columnWidth(column);
        const QFontMetrics metrics(view->font());
        const int margins =
            2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
        int checked = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, column);
            const QString id = index.data().toString();
            if (id.isEmpty())
                continue;
            QVERIFY2(metrics.horizontalAdvance(id) <= width - margins,
                     qPrintable(QStringLiteral("%1 needs %2 px, the column has %3 less %4")
                                    .arg(id)
                                    .arg(metrics.horizontalAdvance(id))
                                    .arg(width)
                                    .arg(margins)));
            QVERIFY(view->cellWidthFor(id) <= width);
            ++checked;
        }
        QVERIFY(checked >= 5);
    }

    static QString columnWidths(const ui::ResultsView *view)
    {
        QStringList widths;
        for (int column = 0; column < view->model()->columnCount(); ++column)
            widths << (view->isColumnHidden(column) ? QStringLiteral("-")
                                                    : QString::number(view->columnWidth(column)));
        return widths.join(QLatin1Char(' '));
    }

    static void verifyNoSidewaysScrolling(ui::ResultsView *view)
    {
        QVERIFY2(!view->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("columns need %1 px, the table shows %2 (%3)")
                                .arg(view->horizontalHeader()->length())
                                .arg(view->viewport()->width())
                                .arg(columnWidths(view))));
        QVERIFY(view->horizontalHeader()->length() <= view->viewport()->width());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateAppData(m_data)); // never the real history or settings
    }

    void columnsFit_data()
    {
        addColumns<QSize, bool>("size", "everyColumnWhole");
        QTest::newRow("1024×700") << QSize(1024, 700) << true;
        // 1600×1000 at 2×: not everything fits; the ID stays whole, Problem gives way.
        QTest::newRow("800×500 (2× on 1600×1000)") << QSize(800, 500) << false;
    }
    void columnsFit()
    {
        QFETCH(QSize, size);
        QFETCH(bool, everyColumnWhole);
        core::Application app;
        ui::MainWindow window(&app);
        fill(app.results());
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.size(), size);
        ui::ResultsView *view = window.resultsPanel()->view();
        QTest::qWait(0); // one event-loop turn: the header lays out the resize it was posted
        verifyIdsWhole(view);
        verifyNoSidewaysScrolling(view);
        // Problem gives way: it shows only with room for its title whole (no "Probl…"), else
        // it is hidden; the status tooltip of a row that was not sent still says why.
        if (!view->isColumnHidden(InvitationTableModel::ErrorColumn)) {
            QVERIFY(view->columnWidth(InvitationTableModel::ErrorColumn) >=
                    view->horizontalHeader()->sectionSizeHint(InvitationTableModel::ErrorColumn));
        }
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex status =
                view->model()->index(row, InvitationTableModel::StatusColumn);
            if (status.data(InvitationTableModel::StatusRole).toString() ==
                invitations::LocalStatus::failed())
                QVERIFY(status.data(Qt::ToolTipRole).toString().contains(longProblem()));
        }
        if (everyColumnWhole) {
            // Number, status (with its icon) and date show whole too.
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                for (int column : {int(InvitationTableModel::NumberColumn),
                                   int(InvitationTableModel::StatusColumn),
                                   int(InvitationTableModel::CreatedColumn)}) {
                    const QModelIndex index = view->model()->index(row, column);
                    const int needed = view->cellWidthFor(index.data().toString(),
                                                          !index.data(Qt::DecorationRole).isNull());
                    QVERIFY2(needed <= view->columnWidth(column),
                             qPrintable(QStringLiteral("%1 needs %2 px, has %3")
                                            .arg(index.data().toString())
                                            .arg(needed)
                                            .arg(view->columnWidth(column))));
                }
            }
        }
    }

    void problemElides_tooltipHoldsItWhole()
    {
        core::Application app;
        ui::MainWindow window(&app);
        fill(app.results());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::ResultsView *view = window.resultsPanel()->view();
        int row = 0;
        while (app.results()->row(row).status != invitations::LocalStatus::failed())
            ++row;
        const QModelIndex problem = view->model()->index(row, InvitationTableModel::ErrorColumn);
        QCOMPARE(problem.data().toString(), longProblem());
        // Too long for its column, so it is elided on screen; the tooltip has it whole.
        QVERIFY(view->cellWidthFor(longProblem()) > view->columnWidth(problem.column()));
        QCOMPARE(problem.data(Qt::ToolTipRole).toString(), longProblem());
    }

    void created_compact_fullDateAndTimeInTooltip()
    {
        InvitationTableModel model;
        const QDateTime now = QDateTime::currentDateTime();
        models::InvitationRow today;
        today.msisdn = QStringLiteral("+46701234567");
        today.invitationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        today.status = invitations::ApiStatus::pending;
        today.createdAt = QDateTime(now.date(), QTime(9, 41, 27)).toUTC();
        models::InvitationRow earlier = today;
        earlier.invitationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        earlier.createdAt = QDateTime(QDate(2025, 3, 4), QTime(9, 41, 27)).toUTC();
        model.appendRows({today, earlier});
        const QModelIndex todayCell = model.index(0, InvitationTableModel::CreatedColumn);
        const QModelIndex earlierCell = model.index(1, InvitationTableModel::CreatedColumn);
        // Today: the time, in minutes; another day: the date, without the time.
        QVERIFY2(todayCell.data().toString().contains(QStringLiteral("41")) &&
                     !todayCell.data().toString().contains(QStringLiteral("27")) &&
                     !todayCell.data().toString().contains(QString::number(now.date().year())),
                 qPrintable(todayCell.data().toString()));
        QVERIFY2(earlierCell.data().toString().contains(QStringLiteral("2025")) &&
                     !earlierCell.data().toString().contains(QStringLiteral("41")),
                 qPrintable(earlierCell.data().toString()));
        // The tooltip has both, to the second.
        for (const QModelIndex &cell : {todayCell, earlierCell}) {
            const QString tip = cell.data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(QStringLiteral("41")) && tip.contains(QStringLiteral("27")) &&
                         tip.length() > cell.data().toString().length(),
                     qPrintable(tip));
        }
    }
};

QTEST_MAIN(TestResultsColumns)
#include "tst_resultscolumns.moc"
