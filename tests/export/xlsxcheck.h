#pragma once

#include "export/exporttable.h"
#include "export/xlsxwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

// Runs tests/export/xlsx_check.py (an independent reader: python's zipfile + ElementTree, or
// LibreOffice) on the workbook made of `table`; returns "" when every cell matches, else what
// the script printed. `expected` (default: `table`) is what the checker is told to find.
inline QString runXlsxCheck(const exporting::ExportTable &table, const QString &mode,
                            const exporting::ExportTable *expected = nullptr)
{
    QTemporaryDir dir;
    const exporting::XlsxResult xlsx = exporting::toXlsx(table, QStringLiteral("Invitations"));
    if (!xlsx.ok())
        return xlsx.error;
    const QString xlsxPath = dir.filePath(QStringLiteral("export.xlsx"));
    QFile out(xlsxPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(xlsx.bytes) != xlsx.bytes.size())
        return QStringLiteral("cannot write ") + xlsxPath;
    out.close();

    QJsonArray rows;
    const exporting::ExportTable &want = expected ? *expected : table;
    QList<QStringList> all{want.header};
    all.append(want.rows);
    for (const QStringList &row : all) {
        QJsonArray cells;
        for (const QString &cell : row) {
            QStringList hex;
            for (const QChar c : cell)
                hex << QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0'));
            cells.append(hex.join(QLatin1Char(' ')));
        }
        rows.append(cells);
    }
    const QString jsonPath = dir.filePath(QStringLiteral("expected.json"));
    QFile json(jsonPath);
    if (!json.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write ") + jsonPath;
    json.write(QJsonDocument(rows).toJson());
    json.close();

    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral(INVITE_XLSX_CHECK), mode, xlsxPath, jsonPath};
    if (mode == QLatin1String("libreoffice"))
        args << dir.path();
    p.start(QStringLiteral(INVITE_PYTHON), args);
    if (!p.waitForFinished(180'000))
        return QStringLiteral("xlsx_check.py did not finish: ") + p.errorString();
    const QString output = QString::fromUtf8(p.readAll());
    qInfo().noquote() << output.trimmed();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? QString() : output;
}

// What keeps the `mode` checker from being trusted; empty when nothing does. It must be able to
// fail: it passes a workbook holding what it is told to find, and names the cell when told of
// another (a plus lost on the way).
inline QString xlsxCheckerBlindness(const QString &mode)
{
    using exporting::ExportTable;
    const ExportTable written{{QStringLiteral("n")}, {{QStringLiteral("+46701234567")}}};
    const ExportTable wrong{{QStringLiteral("n")}, {{QStringLiteral("46701234567")}}};
    const QString same = runXlsxCheck(written, mode, &written);
    if (!same.isEmpty())
        return QStringLiteral("the checker refused a right workbook: ") + same;
    const QString problem = runXlsxCheck(written, mode, &wrong);
    if (!problem.contains(QStringLiteral("row 2 column 1")))
        return QStringLiteral("the checker did not name the wrong cell: ") + problem;
    return {};
}
