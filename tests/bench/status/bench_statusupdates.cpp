// Benchmark: 100,000 status changes by invitation id applied to a 100,000-row
// InvitationTableModel behind an InvitationFilterModel (sorting on) behind a QTableView shown
// offscreen, delivered in event-loop slices as the window receives them. Prints the total time,
// the longest UI-thread stall (max gap between ticks of a 1 ms probe timer) and peak memory.
//
//   bench_statusupdates                       every scenario, each in a fresh process
//   bench_statusupdates --sort status|number|none --batch N [--rows N] [--coalesce]
//
// --coalesce applies each slice with the proxy's dynamic sorting off and sorts once at the end
// of the slice: the fix proposed in NOTES.md, measured here without touching app/models.
#include "models/invitationfiltermodel.h"
#include "models/invitationtablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QRandomGenerator>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Options
{
    QString sort = QStringLiteral("status");
    int batch = 1000;
    int rows = 100000;
    bool coalesce = false;
    bool view = true; // --no-view: the proxy alone, to tell its cost from the view's
};

// Measures the longest time the event loop did not get round to a 1 ms timer.
class StallProbe final : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_maxGapNs = std::max(m_maxGapNs, now - m_lastNs);
            m_lastNs = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    void stop()
    {
        // The gap up to now counts as well (a final slice that never yielded).
        m_maxGapNs = std::max(m_maxGapNs, m_clock.nsecsElapsed() - m_lastNs);
        m_timer.stop();
    }
    double maxGapMs() const { return double(m_maxGapNs) / 1e6; }
    qint64 ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_ticks = 0;
};

int runScenario(const Options &options)
{
    using models::InvitationTableModel;
    const qint64 rssBefore = peakRssKb();
    InvitationTableModel model;
    QList<models::InvitationRow> rows;
    rows.reserve(options.rows);
    QStringList ids;
    ids.reserve(options.rows);
    const QDateTime created = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < options.rows; ++i) {
        models::InvitationRow r;
        r.msisdn = QStringLiteral("+4670%1").arg(1000000 + i, 7, 10, QLatin1Char('0'));
        r.input = r.msisdn;
        r.invitationId =
            QStringLiteral("3f2b8c1e-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        r.status = QStringLiteral("PENDING");
        r.createdAt = created.addMSecs(i);
        ids << r.invitationId;
        rows << r;
    }
    model.appendRows(rows);
    rows.clear();

    models::InvitationFilterModel filter;
    filter.setSourceModel(&model);
    QTableView view; // configured as ui::ResultsView and ui::ResultsPanel configure theirs
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    view.setAlternatingRowColors(true);
    view.setWordWrap(false);
    view.horizontalHeader()->setStretchLastSection(true);
    view.verticalHeader()->setVisible(false);
    view.setModel(&filter);
    view.setSortingEnabled(true);
    if (options.sort == QLatin1String("status"))
        view.sortByColumn(InvitationTableModel::StatusColumn, Qt::AscendingOrder);
    else if (options.sort == QLatin1String("number"))
        view.sortByColumn(InvitationTableModel::NumberColumn, Qt::AscendingOrder);
    else
        view.horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the window's start
    view.resize(1180, 720);
    if (!options.view)
        view.setModel(nullptr); // sorted proxy kept, nothing attached to it
    else
        view.show();
    QApplication::processEvents();

    // Events arrive in no particular order: accept 90 %, delete 10 %.
    QRandomGenerator random(42);
    std::shuffle(ids.begin(), ids.end(), random);
    const QString accepted = QStringLiteral("ACCEPTED");
    const QString deleted = QStringLiteral("DELETED");

    StallProbe probe;
    QElapsedTimer total;
    int next = 0;
    int applied = 0;
    QTimer feeder; // one slice of arrivals per turn of the event loop
    feeder.setInterval(0);
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        const int end = std::min<int>(next + options.batch, int(ids.size()));
        if (options.coalesce)
            filter.setDynamicSortFilter(false);
        for (; next < end; ++next)
            applied +=
                model.updateStatusById(ids.at(next), next % 10 == 9 ? deleted : accepted) ? 1 : 0;
        if (options.coalesce) {
            filter.setDynamicSortFilter(true); // one re-sort for the slice
        }
        if (next >= ids.size()) {
            feeder.stop();
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    });
    total.start();
    probe.start();
    feeder.start();
    QApplication::exec();
    // The view repaints once the last slice is in: wait for that paint to count it.
    QApplication::processEvents();
    probe.stop();
    const double totalMs = double(total.nsecsElapsed()) / 1e6;

    // Check the work was done: every row changed, and the proxy still sorted/filtered all rows.
    const int acceptedCount = model.statusCounts().value(accepted);
    QTextStream out(stdout);
    out << QStringLiteral("rows=%1 changes=%2 sort=%3 batch=%4 coalesce=%5%13 | total %6 ms | "
                          "longest stall %7 ms | peak RSS %8 MB (before model %9 MB) | "
                          "accepted=%10 proxyRows=%11 probeTicks=%12\n")
               .arg(options.rows)
               .arg(applied)
               .arg(options.sort)
               .arg(options.batch)
               .arg(options.coalesce ? QStringLiteral("yes") : QStringLiteral("no"))
               .arg(totalMs, 0, 'f', 1)
               .arg(probe.maxGapMs(), 0, 'f', 1)
               .arg(double(peakRssKb()) / 1024.0, 0, 'f', 1)
               .arg(double(rssBefore) / 1024.0, 0, 'f', 1)
               .arg(acceptedCount)
               .arg(filter.rowCount())
               .arg(probe.ticks())
               .arg(options.view ? QString() : QStringLiteral(" no-view"));
    out.flush();
    return applied == options.rows && filter.rowCount() == options.rows ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments().mid(1);
    if (args.isEmpty()) {
        // Every scenario in its own process, so each peak memory figure is its own.
        const QList<QStringList> scenarios{
            {"--sort", "none", "--batch", "1000"},
            {"--sort", "number", "--batch", "1000"},
            {"--sort", "status", "--batch", "1000"},
            {"--sort", "status", "--batch", "100"},
            {"--sort", "status", "--batch", "1000", "--coalesce"},
            {"--sort", "number", "--batch", "100000"},
        };
        int rc = 0;
        for (const QStringList &s : scenarios) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(QApplication::applicationFilePath(), s);
            child.waitForFinished(-1);
            rc |= child.exitCode();
        }
        return rc;
    }
    Options options;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString value = args.value(i + 1);
        if (a == QLatin1String("--coalesce")) {
            options.coalesce = true;
        } else if (a == QLatin1String("--no-view")) {
            options.view = false;
        } else if (a == QLatin1String("--sort")) {
            options.sort = value;
            ++i;
        } else if (a == QLatin1String("--batch")) {
            options.batch = std::max(1, value.toInt());
            ++i;
        } else if (a == QLatin1String("--rows")) {
            options.rows = std::max(1, value.toInt());
            ++i;
        } else {
            QTextStream(stderr) << "unknown option " << a << '\n';
            return 2;
        }
    }
    return runScenario(options);
}
