// Issue 14's figures in one command: generated Swedish member lists of 100,000 and 999,999
// rows as CSV, XLSX (as Excel writes it: shared strings, numeric cells) and vCard, each checked
// by `accessy-invite check` in a process of its own (wall and CPU time, peak memory, rows per
// second), python-phonenumbers on the same CSV when it is installed (with the ratio), and the
// differential test of the fast path against libphonenumber's Parse over a million numbers.
// Prints figures; exits 1 only when a run fails or the fast path disagrees with Parse.
//   build/<dir>/bin/bench_phoneimport [--rows N ...] [--no-differential] [--no-python]
//                                     [--checker PATH/accessy-invite]
#include "phones/numbercleaner.h"
#include "phones/phonenormalizer.h"
#include "xlsxbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cstdio>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The shapes admins, Excel and contact exports write Swedish numbers in, with a few landlines,
// invalid entries and repeats, in the proportions of a real member list.
QString generateNumber(QRandomGenerator &random, const QList<QStringList> &rows)
{
    static const QStringList prefixes{u"70"_s, u"72"_s, u"73"_s, u"76"_s, u"79"_s};
    const QString sub = QString::number(random.bounded(1000000, 10000000));
    const QString p = prefixes[random.bounded(int(prefixes.size()))];
    switch (random.bounded(20)) {
    case 0:
    case 1:
    case 2:
    case 3:
        return u"0%1-%2 %3 %4"_s.arg(p, sub.left(3), sub.mid(3, 2), sub.mid(5));
    case 4:
    case 5:
    case 6:
        return u"0"_s + p + sub;
    case 7:
    case 8:
        return u"+46 %1 %2 %3 %4"_s.arg(p, sub.left(3), sub.mid(3, 2), sub.mid(5));
    case 9:
        return u"0046"_s + p + sub;
    case 10:
    case 11:
        return p + sub; // Excel ate the zero
    case 12:
        return u"46"_s + p + sub; // and the plus
    case 13:
        return u"+46 (0)%1-%2"_s.arg(p, sub);
    case 14:
        return u"4.6%1%2E+10"_s.arg(p, sub); // scientific, every digit kept
    case 15:
        return u"08-%1 %2"_s.arg(sub.left(3), sub.mid(3)); // landline
    case 16:
        return u"0%1 %2"_s.arg(p, sub.left(5)); // too short
    case 17:
        return rows.size() > 10 ? rows[random.bounded(1, int(rows.size()))][1]
                                : u"0701234567"_s; // a repeat
    default:
        return u"070.%1.%2.%3"_s.arg(sub.left(3), sub.mid(3, 2), sub.mid(5));
    }
}

QList<QStringList> generateRows(int count)
{
    QRandomGenerator random(42);
    static const QStringList given{u"Åsa"_s, u"Bo"_s,    u"Cecilia"_s, u"Dan"_s,
                                   u"Eva"_s, u"Göran"_s, u"Örjan"_s,   u"Zoë"_s};
    static const QStringList family{u"Öberg"_s,   u"Ek"_s,    u"Lindqvist"_s,
                                    u"Åkesson"_s, u"Ärlig"_s, u"Šimková"_s};
    QList<QStringList> rows;
    rows.reserve(count + 1);
    rows.append({u"Namn"_s, u"Mobil"_s});
    for (int i = 0; i < count; ++i) {
        QString number = generateNumber(random, rows);
        rows.append({given[random.bounded(int(given.size()))] + u' ' +
                         family[random.bounded(int(family.size()))],
                     std::move(number)});
    }
    return rows;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray csvOf(const QList<QStringList> &rows)
{
    QByteArray csv;
    for (const QStringList &row : rows)
        csv += row.join(u';').toUtf8() + "\r\n";
    return csv;
}

QByteArray vcardOf(const QList<QStringList> &rows)
{
    QByteArray cards;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        cards += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + rows[i][0].toUtf8() +
                 "\r\nTEL;TYPE=CELL:" + rows[i][1].toUtf8() + "\r\nEND:VCARD\r\n";
    }
    return cards;
}

// Excel keeps digits-only cells as numbers and drops their leading zeros.
QList<QStringList> asExcelStores(QList<QStringList> rows)
{
    for (QStringList &row : rows) {
        QString &number = row[1];
        if (!number.isEmpty() && number.front() == u'0' &&
            std::all_of(number.begin(), number.end(), [](QChar c) { return c.isDigit(); }))
            number = QString::number(number.toLongLong());
    }
    return rows;
}

struct Run
{
    bool ok = false;
    int exitCode = -1;
    double wallMs = 0;
    double cpuMs = 0;
    long peakKiB = 0;
};

// One child process, its output thrown away: wall time, CPU time and peak memory of that
// process alone (wait4's rusage).
Run runProcess(const QString &program, const QStringList &arguments)
{
    QList<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        storage.append(argument.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    Run run;
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    run.cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
                double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
    run.peakKiB = usage.ru_maxrss;
    // check: 0 every row usable, 1 some not; anything else is a failure.
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.ok = run.exitCode == 0 || run.exitCode == 1;
    return run;
}

void printRun(const char *what, int rows, const Run &run)
{
    if (!run.ok) {
        std::printf("  %-28s FAILED\n", what);
        return;
    }
    std::printf("  %-28s wall %7.0f ms  cpu %7.0f ms  peak %7.1f MB  %9.0f rows/s\n", what,
                run.wallMs, run.cpuMs, double(run.peakKiB) / 1024.0,
                double(rows) * 1000.0 / std::max(run.wallMs, 1.0));
    std::fflush(stdout);
}

// What makeradmin does with python-phonenumbers: parse, E.164, is_valid, dedupe.
constexpr char PythonScript[] = R"(import csv, sys, phonenumbers
seen = set(); valid = 0
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    rows = csv.reader(f, delimiter=';')
    next(rows)
    for row in rows:
        try:
            n = phonenumbers.parse(row[1], 'SE')
        except phonenumbers.NumberParseException:
            continue
        e164 = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
        if phonenumbers.is_valid_number(n) and e164 not in seen:
            seen.add(e164); valid += 1
print(valid)
)";

bool pythonPhonenumbersInstalled(const QString &python)
{
    return !python.isEmpty() &&
           runProcess(python, {u"-c"_s, u"import phonenumbers"_s}).exitCode == 0;
}

// The fast path against Parse over `count` generated numbers (every shape above, every
// Swedish mobile prefix 70–79, foreign numbers, lengths around the edges), on every core.
bool differential(int count)
{
    const phones::PhoneNormalizer normalizer;
    static const QStringList shapes{u"+46%1"_s,     u"0046%1"_s,    u"0%1"_s, u"%1"_s,
                                    u"46%1"_s,      u"+46 (0)%1"_s, u"+%1"_s, u"00%1"_s,
                                    u"4.6%1E+10"_s, u"0%1.0"_s};
    std::atomic<qsizetype> mismatches{0};
    std::atomic<qsizetype> fast{0};
    QList<int> slices;
    constexpr int SliceSize = 10'000;
    for (int start = 0; start < count; start += SliceSize)
        slices.append(start);
    QElapsedTimer timer;
    timer.start();
    QtConcurrent::blockingMap(slices, [&](int start) {
        QRandomGenerator random(quint32(start) + 1);
        for (int i = start; i < std::min(count, start + SliceSize); ++i) {
            QString digits;
            const int kind = i % 4;
            if (kind == 3) { // any digits: foreign codes, short and long numbers
                const int length = random.bounded(1, 19);
                for (int d = 0; d < length; ++d)
                    digits.append(QChar(u'0' + random.bounded(10)));
            } else { // Swedish mobile prefixes 70–79 with 7 to 9 digits after them
                digits = u"7"_s + QChar(u'0' + (i / 4) % 10);
                const int length = 7 + random.bounded(3) - (kind == 2 ? 1 : 0);
                for (int d = 0; d < length; ++d)
                    digits.append(QChar(u'0' + random.bounded(10)));
            }
            const QString typed = shapes[(i / 40) % shapes.size()].arg(digits);
            const phones::CleanNumber number = phones::cleanNumber(typed);
            const bool same = normalizer.check(number) == normalizer.checkWithParse(number);
            fast += normalizer.answersWithoutParse(number);
            if (!same && mismatches++ < 10)
                std::printf("  MISMATCH '%s'\n", qPrintable(typed));
        }
    });
    std::printf("differential: %d generated numbers, fast path = Parse for all but %lld "
                "(%lld answered without Parse), %.1f s\n",
                count, qlonglong(mismatches.load()), qlonglong(fast.load()),
                double(timer.elapsed()) / 1000.0);
    return mismatches == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == u"--generate") {
        const QList<QStringList> table = generateRows(args[2].toInt());
        const QDir dir(args[3]);
        const bool written =
            writeFile(dir.filePath(u"list.csv"_s), csvOf(table)) &&
            writeFile(dir.filePath(u"list.vcf"_s), vcardOf(table)) &&
            writeFile(dir.filePath(u"list.xlsx"_s),
                      xlsxbuilder::workbook({{u"Medlemmar"_s, asExcelStores(table)}},
                                            xlsxbuilder::CellKind::NumberWhenDigits));
        return written ? 0 : 2;
    }
    QList<int> sizes;
    bool runDifferential = true;
    bool runPython = true;
    QString checkerArgument; // another build's accessy-invite, for figures before a change
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--rows" && i + 1 < args.size())
            sizes.append(args[++i].toInt());
        else if (args[i] == u"--no-differential")
            runDifferential = false;
        else if (args[i] == u"--checker" && i + 1 < args.size())
            checkerArgument = args[++i];
        else if (args[i] == u"--no-python")
            runPython = false;
    }
    if (sizes.isEmpty())
        sizes = {100'000, 999'999};
    const QString checker = checkerArgument.isEmpty()
                                ? QDir(app.applicationDirPath()).filePath(u"accessy-invite"_s)
                                : checkerArgument;
    if (!QFile::exists(checker)) {
        std::fprintf(stderr, "build accessy-invite first: %s\n", qPrintable(checker));
        return 2;
    }
    // The system interpreter: Debian installs python3-phonenumbers for it.
    const QString python = QFile::exists(u"/usr/bin/python3"_s)
                               ? u"/usr/bin/python3"_s
                               : QStandardPaths::findExecutable(u"python3"_s);
    const bool withPython = runPython && pythonPhonenumbersInstalled(python);
    int status = 0;
    QTemporaryDir dir;
    const QString script = dir.filePath(u"phonenumbers_check.py"_s);
    writeFile(script, PythonScript);
    for (const int rows : sizes) {
        // Generated in a process of its own: a child forked from a process that held the
        // table would count the table in its own peak memory (Linux carries the high-water
        // mark across fork and exec).
        const QString csv = dir.filePath(u"list.csv"_s);
        const QString xlsx = dir.filePath(u"list.xlsx"_s);
        const QString vcf = dir.filePath(u"list.vcf"_s);
        if (runProcess(app.applicationFilePath(),
                       {u"--generate"_s, QString::number(rows), dir.path()})
                .exitCode != 0)
            return 2;
        if (!qEnvironmentVariableIsEmpty("BENCH_KEEP_FILES")) // for a profiler, by hand
            dir.setAutoRemove(false), std::printf("files kept in %s\n", qPrintable(dir.path()));
        std::printf("%d rows (CSV %lld KiB, XLSX %lld KiB, vCard %lld KiB), %d cores:\n", rows,
                    qlonglong(QFileInfo(csv).size() / 1024),
                    qlonglong(QFileInfo(xlsx).size() / 1024),
                    qlonglong(QFileInfo(vcf).size() / 1024), QThread::idealThreadCount());
        const Run csvRun = runProcess(checker, {u"check"_s, csv});
        printRun("check CSV", rows, csvRun);
        printRun("check XLSX", rows, runProcess(checker, {u"check"_s, xlsx}));
        // A card takes ~80 bytes: a million of them are more than the 50 MiB a list may be.
        if (QFileInfo(vcf).size() > 50LL * 1024 * 1024)
            std::printf("  check vCard                  skipped: %lld MiB, over the 50 MiB file "
                        "limit\n",
                        qlonglong(QFileInfo(vcf).size() / (1024 * 1024)));
        else
            printRun("check vCard", rows, runProcess(checker, {u"check"_s, vcf}));
        status |= csvRun.ok ? 0 : 1;
        if (withPython) {
            const Run py = runProcess(python, {script, csv});
            printRun("python-phonenumbers CSV", rows, py);
            if (py.ok && csvRun.ok)
                std::printf("  check is %.1fx faster than python-phonenumbers (wall), %.1fx "
                            "(CPU)\n",
                            py.wallMs / std::max(csvRun.wallMs, 1.0),
                            py.cpuMs / std::max(csvRun.cpuMs, 1.0));
        } else if (runPython) {
            std::printf("  python-phonenumbers: not installed (apt-get install "
                        "python3-phonenumbers)\n");
        }
        std::fflush(stdout);
    }
    if (runDifferential && !differential(1'000'000))
        status = 1;
    return status;
}
