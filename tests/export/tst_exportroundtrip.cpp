// Export, then read back with the import readers of app/importing, and compare every cell.
#include "export/delimitedtext.h"
#include "export/exportfile.h"
#include "export/exporttable.h"
#include "export/xlsxwriter.h"
#include "exportfixtures.h"
#include "importing/csvreader.h"
#include "importing/xlsxreader.h"
#include "importing/ziparchive.h"

#include "testtable.h"
#include <QBuffer>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace exporting;

namespace {

// What a reader should give back: the header, then every row, each as wide as the header
// (readers may leave trailing empty cells out).
QList<QStringList> expectedCells(const ExportTable &table)
{
    QList<QStringList> all{table.header};
    all.append(table.rows);
    return all;
}

QList<QStringList> padded(QList<QStringList> rows, qsizetype columns)
{
    for (QStringList &row : rows)
        while (row.size() < columns)
            row.append(QString());
    return rows;
}

void compareCells(const QList<QStringList> &actual, const QList<QStringList> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype r = 0; r < expected.size(); ++r)
        for (qsizetype c = 0; c < expected[r].size(); ++c)
            QVERIFY2(actual[r].value(c) == expected[r][c],
                     qPrintable(QStringLiteral("row %1 column %2: got \"%3\", wrote \"%4\"")
                                    .arg(r)
                                    .arg(c)
                                    .arg(actual[r].value(c).left(80), expected[r][c].left(80))));
}

importing::TableResult readCsv(const QByteArray &bytes)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return importing::CsvReader().read(buffer, QStringLiteral("export.csv"));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExportRoundTrip final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csv_readsBackEveryCell_data()
    {
        addColumns<QChar>("delimiter");
        QTest::newRow("comma") << QChar(u',');
        QTest::newRow("semicolon") << QChar(u';');
    }
    void csv_readsBackEveryCell()
    {
        QFETCH(QChar, delimiter);
        const ExportTable table = invitationTable(trickyInvitationRows());
        const importing::TableResult result = readCsv(toCsv(table, delimiter));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QVERIFY2(result.value().detail.contains(QStringLiteral("UTF-8")),
                 qPrintable(result.value().detail));
        compareCells(padded(result.value().rows, InvitationColumnCount),
                     asWrittenToText(expectedCells(table)));
    }

    void xlsx_readsBackEveryCell()
    {
        const ExportTable table = invitationTable(trickyInvitationRows());
        const XlsxResult xlsx = toXlsx(table, QStringLiteral("Invitations"));
        QVERIFY2(xlsx.ok(), qPrintable(xlsx.error));
        QVERIFY(xlsx.bytes.startsWith("PK\x03\x04"));

        const importing::Result<QStringList> sheets =
            importing::XlsxReader().sheetNames(xlsx.bytes, QStringLiteral("e.xlsx"));
        QVERIFY(sheets.ok());
        QCOMPARE(sheets.value(), QStringList{QStringLiteral("Invitations")});
        const importing::TableResult result =
            importing::XlsxReader().read(xlsx.bytes, QStringLiteral("e.xlsx"));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        compareCells(padded(result.value().rows, InvitationColumnCount), expectedCells(table));
    }

    void xlsx_numbersStayText()
    {
        // Digits that Excel would otherwise show as 4.67E+10, or strip of their zeros.
        const ExportTable table{{QStringLiteral("n")},
                                {{QStringLiteral("+46701234567")},
                                 {QStringLiteral("0701234567")},
                                 {QStringLiteral("0012345")},
                                 {QStringLiteral("12345678901234567890")},
                                 {QStringLiteral("1E5")}}};
        const XlsxResult xlsx = toXlsx(table, QStringLiteral("S"));
        const importing::TableResult result =
            importing::XlsxReader().read(xlsx.bytes, QStringLiteral("e.xlsx"));
        QVERIFY(result.ok());
        compareCells(result.value().rows, expectedCells(table));
    }

    void xlsx_formulaLookingCells_areStringsNeverFormulas()
    {
        const QStringList formulas{QStringLiteral("=1+2"),
                                   QStringLiteral("@SUM(1)"),
                                   QStringLiteral("+cmd|' /C calc'!A0"),
                                   QStringLiteral("-1+cmd"),
                                   QStringLiteral("=HYPERLINK(\"http://x.invalid\",\"x\")"),
                                   QStringLiteral("\t=1"),
                                   QStringLiteral("+46701234567")};
        ExportTable table{{QStringLiteral("=header")}, {}};
        for (const QString &cell : formulas)
            table.rows.append({cell});
        const XlsxResult xlsx = toXlsx(table, QStringLiteral("S"));
        QVERIFY2(xlsx.ok(), qPrintable(xlsx.error));

        importing::ZipArchive::Problem problem = importing::ZipArchive::Problem::None;
        const std::unique_ptr<importing::ZipArchive> zip =
            importing::ZipArchive::open(xlsx.bytes, 100, 1 << 24, &problem);
        QVERIFY(zip);
        const std::optional<QByteArray> sheet =
            zip->read(QStringLiteral("xl/worksheets/sheet1.xml"), &problem);
        QVERIFY(sheet);
        QVERIFY2(!sheet->contains("<f>") && !sheet->contains("<f "), sheet->constData());
        QCOMPARE(sheet->count("t=\"inlineStr\""), formulas.size() + 1);

        // Read back as the text written: no ' added, nothing evaluated.
        const importing::TableResult back =
            importing::XlsxReader().read(xlsx.bytes, QStringLiteral("f.xlsx"));
        QVERIFY(back.ok());
        compareCells(back.value().rows, expectedCells(table));
    }

    void exportFile_writesBothFormats_data()
    {
        addColumns<QString, ExportFormat>("fileName", "format");
        QTest::newRow("csv") << QStringLiteral("Inbjudningar åäö.csv") << ExportFormat::Csv;
        QTest::newRow("xlsx") << QStringLiteral("Inbjudningar åäö.XLSX") << ExportFormat::Xlsx;
    }
    void exportFile_writesBothFormats()
    {
        QFETCH(QString, fileName);
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        QCOMPARE(exportFormatForPath(path), format);
        const ExportTable table = invitationTable(trickyInvitationRows());
        const std::optional<QString> error = writeExportFile(table, path, format);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));

        const QByteArray bytes = readFile(path);
        const importing::TableResult result = format == ExportFormat::Xlsx
                                                  ? importing::XlsxReader().read(bytes, path)
                                                  : readCsv(bytes);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        // XLSX keeps a CR inside a cell and formula-like text as it is (a string never runs);
        // CSV writes every line break as LF and defuses formulas.
        compareCells(padded(result.value().rows, InvitationColumnCount),
                     format == ExportFormat::Xlsx ? expectedCells(table)
                                                  : asWrittenToText(expectedCells(table)));

        // Exporting again replaces the file whole.
        QVERIFY(!writeExportFile(invitationTable({}), path, format));
        const QByteArray again = readFile(path);
        QVERIFY(again.size() < bytes.size());
    }

    void exportFile_unwritablePlace_namesFileAndCause()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no such folder/list.xlsx"));
        const std::optional<QString> error =
            writeExportFile(invitationTable(trickyInvitationRows()), path, ExportFormat::Xlsx);
        QVERIFY(error);
        QVERIFY2(error->contains(QStringLiteral("list.xlsx")), qPrintable(*error));
        QVERIFY2(error->contains(QStringLiteral("No such file or directory"), Qt::CaseInsensitive),
                 qPrintable(*error));
        QVERIFY(!QFile::exists(path));
    }

    void xlsx_cellOverExcelLimit_isRefusedNamingTheRow()
    {
        ExportTable table{{QStringLiteral("h")}, {{QStringLiteral("ok")}}};
        table.rows.append({QString(XlsxMaxCellChars + 1, QLatin1Char('x'))});
        const XlsxResult xlsx = toXlsx(table, QStringLiteral("S"));
        QVERIFY(!xlsx.ok());
        QVERIFY(xlsx.bytes.isEmpty());
        QVERIFY2(xlsx.error.contains(QStringLiteral("Row 3")), qPrintable(xlsx.error));

        table.rows.last() = {QString(XlsxMaxCellChars, QLatin1Char('x'))};
        QVERIFY(toXlsx(table, QStringLiteral("S")).ok());
    }

    void xlsxSheetName_obeysExcelRules_data()
    {
        addColumns<QString, QString>("wanted", "name");
        QTest::newRow("plain") << QStringLiteral("Inbjudningar") << QStringLiteral("Inbjudningar");
        QTest::newRow("forbidden characters")
            << QStringLiteral("a/b:c*d?e[f]g\\h") << QStringLiteral("abcdefgh");
        QTest::newRow("too long") << QString(40, QLatin1Char('n')) << QString(31, QLatin1Char('n'));
        QTest::newRow("quotes at the ends") << QStringLiteral("'x'") << QStringLiteral("x");
        QTest::newRow("empty") << QString() << QStringLiteral("Sheet1");
    }
    void xlsxSheetName_obeysExcelRules()
    {
        QFETCH(QString, wanted);
        QFETCH(QString, name);
        QCOMPARE(xlsxSheetName(wanted), name);
    }

    void largeExport_measured()
    {
        // 30,000 invitations: how long an admin waits, and that every row comes back.
        QList<invitations::InvitationRow> rows;
        const QDateTime t = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 30'000; ++i)
            rows.append(
                {QStringLiteral("070-%1").arg(1000000 + i), QStringLiteral("Person %1").arg(i),
                 QStringLiteral("+4670%1").arg(1000000 + i),
                 QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')),
                 QStringLiteral("PENDING"), t, QString()});
        QElapsedTimer timer;
        timer.start();
        const ExportTable table = invitationTable(rows);
        const XlsxResult xlsx = toXlsx(table, QStringLiteral("Invitations"));
        const qint64 xlsxMs = timer.restart();
        const QByteArray csv = toCsv(table);
        const qint64 csvMs = timer.restart();
        QVERIFY(xlsx.ok());
        qInfo("30000 rows: XLSX %lld ms, %lld KiB; CSV %lld ms, %lld KiB", xlsxMs,
              qint64(xlsx.bytes.size() / 1024), csvMs, qint64(csv.size() / 1024));
        const importing::TableResult back =
            importing::XlsxReader().read(xlsx.bytes, QStringLiteral("big.xlsx"));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back.value().rows.size(), 30'001);
        QCOMPARE(padded(back.value().rows, InvitationColumnCount).last(), table.rows.last());
    }
};

QTEST_GUILESS_MAIN(TestExportRoundTrip)
#include "tst_exportroundtrip.moc"
