// How long the window is unresponsive while a 100,000-row list is imported: the file is read
// and checked off the UI thread by the preview, then the valid rows are taken into the list to
// send. Prints the time of each phase and the longest gap between 1 ms probe ticks.
// Run: QT_QPA_PLATFORM=offscreen build/<dir>/bin/bench_importui
#include "importpreviewdialog.h"
#include "invitepanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace {

struct StallProbe
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    StallProbe()
    {
        timer.setInterval(1);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.elapsed();
            longest = qMax(longest, now - last);
            last = now;
        });
    }
    void start()
    {
        clock.start();
        last = 0;
        longest = 0;
        timer.start();
    }
    qint64 stop()
    {
        longest = qMax(longest, clock.elapsed() - last);
        timer.stop();
        return longest;
    }
};

QString writeList(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QTextStream out(&file);
    out << "Namn;Mobil\n";
    QRandomGenerator random(7);
    for (int i = 0; i < rows; ++i) {
        const int sub = random.bounded(1000000, 9999999);
        switch (i % 4) {
        case 0:
            out << "Person " << i << ";070-" << sub << '\n';
            break;
        case 1:
            out << "Person " << i << ";+46 73 " << sub << '\n';
            break;
        case 2:
            out << "Person " << i << ";0046760" << sub << '\n';
            break;
        default:
            out << "Person " << i << ";72" << sub << '\n';
            break; // Excel ate the zero
        }
    }
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = writeList(dir.filePath(QStringLiteral("members.csv")), rows);
    QTextStream out(stdout);

    ui::InvitePanel panel;
    panel.show();
    ui::ImportPreviewDialog dialog;
    if (!qEnvironmentVariableIsSet("NO_SHOW"))
        dialog.show();
    StallProbe probe;
    QElapsedTimer total;

    probe.start();
    total.start();
    dialog.readFile(path);
    while (dialog.entriesModel()->rowCount() == 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QCoreApplication::processEvents();
    const qint64 previewMs = total.elapsed();
    const qint64 previewStall = probe.stop();

    const QList<phones::PhoneEntry> accepted = dialog.acceptedEntries();
    probe.start();
    total.restart();
    panel.setImportedEntries(accepted);
    QCoreApplication::processEvents();
    const qint64 takeMs = total.elapsed();
    const qint64 takeStall = probe.stop();

    out << "rows=" << rows << " accepted=" << accepted.size() << " | read+check+preview "
        << previewMs << " ms, longest UI stall " << previewStall << " ms | take into the list "
        << takeMs << " ms, longest UI stall " << takeStall << " ms\n";
    return accepted.isEmpty() ? 1 : 0;
}
