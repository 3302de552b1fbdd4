// Imports 100,000 mixed Swedish rows from CSV and from XLSX and prints rows/second and the
// peak resident memory of each phase (each phase runs in a process of its own).
#include "importing/phonelistimporter.h"
#include "phones/phonelistchecker.h"
#include "xlsxbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThreadPool>

#include <cstdio>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int Rows = 100'000;

// Shapes as admins, Excel and contact exports write Swedish numbers, with a few landlines,
// invalid entries and repeats, in the proportions of a real member list.
QList<QStringList> generateRows()
{
    QRandomGenerator random(42);
    static const QStringList given{u"Åsa"_s, u"Bo"_s,    u"Cecilia"_s, u"Dan"_s,
                                   u"Eva"_s, u"Göran"_s, u"Örjan"_s,   u"Zoë"_s};
    static const QStringList family{u"Öberg"_s,   u"Ek"_s,    u"Lindqvist"_s,
                                    u"Åkesson"_s, u"Ärlig"_s, u"Šimková"_s};
    static const QStringList prefixes{u"70"_s, u"72"_s, u"73"_s, u"76"_s, u"79"_s};
    QList<QStringList> rows;
    rows.append({u"Namn"_s, u"Mobil"_s});
    for (int i = 0; i < Rows; ++i) {
        const QString sub = QString::number(random.bounded(1000000, 10000000));
        const QString p = prefixes[random.bounded(int(prefixes.size()))];
        QString number;
        switch (random.bounded(20)) {
        case 0:
        case 1:
        case 2:
        case 3:
            number = u"0%1-%2 %3 %4"_s.arg(p, sub.left(3), sub.mid(3, 2), sub.mid(5));
            break;
        case 4:
        case 5:
        case 6:
            number = u"0"_s + p + sub;
            break;
        case 7:
        case 8:
            number = u"+46 %1 %2 %3 %4"_s.arg(p, sub.left(3), sub.mid(3, 2), sub.mid(5));
            break;
        case 9:
            number = u"0046"_s + p + sub;
            break;
        case 10:
        case 11:
            number = p + sub; // Excel ate the zero
            break;
        case 12:
            number = u"46"_s + p + sub; // and the plus
            break;
        case 13:
            number = u"+46 (0)%1-%2"_s.arg(p, sub);
            break;
        case 14:
            number = u"4.6%1%2E+10"_s.arg(p, sub); // scientific, every digit kept
            break;
        case 15:
            number = u"08-%1 %2"_s.arg(sub.left(3), sub.mid(3)); // landline
            break;
        case 16:
            number = u"0%1 %2"_s.arg(p, sub.left(5)); // too short
            break;
        case 17:
            number = rows.size() > 10 ? rows[random.bounded(1, int(rows.size()))][1]
                                      : u"0701234567"_s; // a repeat
            break;
        default:
            number = u"070.%1.%2.%3"_s.arg(sub.left(3), sub.mid(3, 2), sub.mid(5));
            break;
        }
        rows.append({given[random.bounded(int(given.size()))] + u' ' +
                         family[random.bounded(int(family.size()))],
                     number});
    }
    return rows;
}

qint64 peakRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// User + system CPU time of the process so far: what the work costs, whatever else runs.
qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

int runPhase(const QString &phase, const QString &dir)
{
    qint64 cpuStart = 0;
    QElapsedTimer timer;
    importing::ImportResult result;
    if (phase == u"validate") {
        QList<phones::PhoneEntry> entries;
        const QList<QStringList> rows = generateRows();
        for (qsizetype i = 1; i < rows.size(); ++i)
            entries.append({int(i + 1), rows[i][1], rows[i][0], {}, phones::Verdict::Invalid, {}});
        const phones::PhoneListChecker checker;
        cpuStart = cpuMs();
        timer.start();
        result.entries = checker.checkEntries(entries);
    } else {
        cpuStart = cpuMs();
        timer.start();
        result = importing::importList(importing::ImportSource::file(
            dir + (phase == u"csv" ? u"/list.csv"_s : u"/list.xlsx"_s)));
    }
    const qint64 ms = timer.elapsed();
    const qint64 cpu = cpuMs() - cpuStart;
    if (!result.ok()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(phase), qPrintable(result.error->message));
        return 1;
    }
    const phones::VerdictCounts c = phones::countVerdicts(result.entries);
    std::printf("%-8s %6lld rows  wall %5lld ms  cpu %5lld ms  %7.0f rows/s  peak RSS %6lld KiB"
                "  (valid %d, fixed %d, not mobile %d, duplicate %d, invalid %d)\n",
                qPrintable(phase), qlonglong(result.entries.size()), qlonglong(ms), qlonglong(cpu),
                double(result.entries.size()) * 1000.0 / double(std::max<qint64>(ms, 1)),
                qlonglong(peakRssKiB()), c.valid, c.fixed, c.notMobile, c.duplicate, c.invalid);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3)
        return runPhase(args[1], args[2]);

    QTemporaryDir dir;
    const QList<QStringList> rows = generateRows();
    QByteArray csv;
    for (const QStringList &row : rows)
        csv += row.join(u';').toUtf8() + "\r\n";
    QFile csvFile(dir.filePath(u"list.csv"_s));
    QFile xlsxFile(dir.filePath(u"list.xlsx"_s));
    const QByteArray xlsx =
        xlsxbuilder::workbook({{u"Medlemmar"_s, rows}}, xlsxbuilder::CellKind::NumberWhenDigits);
    if (!csvFile.open(QIODevice::WriteOnly) || csvFile.write(csv) != csv.size() ||
        !xlsxFile.open(QIODevice::WriteOnly) || xlsxFile.write(xlsx) != xlsx.size())
        return 2;
    csvFile.close();
    xlsxFile.close();
    std::printf("%d rows: CSV %lld KiB, XLSX %lld KiB; %d threads\n", Rows,
                qlonglong(csv.size() / 1024), qlonglong(xlsx.size() / 1024),
                QThreadPool::globalInstance()->maxThreadCount());
    std::fflush(stdout);
    int status = 0;
    for (const QString &phase : {u"validate"_s, u"csv"_s, u"xlsx"_s}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(app.applicationFilePath(), {phase, dir.path()});
        child.waitForFinished(-1);
        status |= child.exitCode();
    }
    return status;
}
