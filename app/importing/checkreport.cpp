#include "importing/checkreport.h"

#include "common/delimitedtext.h"
#include "importing/tableentries.h"
#include "phones/phonelistchecker.h"

#include <QBuffer>
#include <QIODevice>
#include <QtConcurrent/QtConcurrentMap>

#include <charconv>
#include <vector>

namespace importing {
namespace {

constexpr char Header[] = "row,input,name,e164,verdict,note\n";
// Rows judged and written at a time: big enough for both cores, small enough that a million
// rows never exist as entries or lines all at once.
constexpr qsizetype BlockRows = 32 * 1024;
constexpr qsizetype SliceRows = 4096;

void appendEntryLine(QByteArray &out, const phones::PhoneEntry &entry)
{
    char row[16];
    const auto end = std::to_chars(std::begin(row), std::end(row) - 1, entry.row).ptr;
    *end = ',';
    out.append(row, end + 1 - row);
    common::delimited::appendLineUtf8(
        out, {entry.input, entry.name, entry.e164, phones::verdictKey(entry.verdict), entry.note});
}

} // namespace

QString checkReportCsv(const QList<phones::PhoneEntry> &entries)
{
    QByteArray csv = Header;
    for (const phones::PhoneEntry &entry : entries)
        appendEntryLine(csv, entry);
    return QString::fromUtf8(csv);
}

Result<int> writeCheckReport(const ImportSource &source, const ImportOptions &options,
                             QIODevice &out)
{
    ImportResult read = readList(source, options);
    if (!read.ok())
        return *read.error;
    const phones::PhoneListChecker checker(options.region);
    phones::PhoneListChecker::Pass pass(checker);
    RowTable &table = read.table;
    bool anyEntry = false;
    bool allUsable = true;
    for (qsizetype begin = 0; begin < table.rows.size(); begin += BlockRows) {
        const qsizetype end = std::min(table.rows.size(), begin + BlockRows);
        QList<phones::PhoneEntry> block = entriesFromTable(table, read.columns, begin, end);
        // The rows are written out: their cells are not needed again.
        for (qsizetype r = std::max(begin, qsizetype(1)); r < end; ++r)
            table.rows[r] = QStringList();
        if (block.isEmpty())
            continue;
        if (!anyEntry)
            out.write(Header);
        anyEntry = true;
        pass.check(block);
        for (const phones::PhoneEntry &entry : std::as_const(block))
            allUsable = allUsable && phones::isSendable(entry.verdict);
        // The lines are formatted on both cores, then written in order.
        const QList<phones::PhoneEntry> &judged = block;
        std::vector<QByteArray> slices(size_t((judged.size() + SliceRows - 1) / SliceRows));
        std::vector<qsizetype> starts;
        for (qsizetype start = 0; start < judged.size(); start += SliceRows)
            starts.push_back(start);
        QtConcurrent::blockingMap(starts, [&](qsizetype start) {
            QByteArray &text = slices[size_t(start / SliceRows)];
            text.reserve(SliceRows * 80);
            for (qsizetype i = start; i < std::min(judged.size(), start + SliceRows); ++i)
                appendEntryLine(text, judged[i]);
        });
        for (const QByteArray &text : slices)
            out.write(text);
    }
    if (!anyEntry)
        return noEntriesError(read.file);
    return allUsable ? CheckReport::AllUsable : CheckReport::SomeNotUsable;
}

Result<CheckReport> checkList(const ImportSource &source, const ImportOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<int> exitCode = writeCheckReport(source, options, buffer);
    if (!exitCode.ok())
        return exitCode.error();
    CheckReport report;
    report.csv = QString::fromUtf8(buffer.data());
    report.exitCode = exitCode.value();
    return report;
}

} // namespace importing
