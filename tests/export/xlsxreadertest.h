#pragma once

// The checks every independent reader of our XLSX runs (python's zipfile and ElementTree in
// tst_xlsxpackage, LibreOffice in tst_xlsxlibreoffice): our trickiest export reads back cell for
// cell, and the reader is shown able to fail. QTest runs a base class's private slots too, so
// each reader's test is this class with its mode, plus the tests only that reader runs.
#include "exportfixtures.h"
#include "xlsxcheck.h"

#include <QTest>

class XlsxReaderTest : public QObject
{
    Q_OBJECT

public:
    explicit XlsxReaderTest(const QString &mode)
        : m_mode(mode)
    {
    }

protected:
    // Empty when the reader finds every cell of `table` as written, else what it reported.
    QString problemReading(const exporting::ExportTable &table) const
    {
        return runXlsxCheck(table, m_mode);
    }

private Q_SLOTS:
    void invitationExport_isValidPackageWithEveryCell()
    {
        const QString problem = problemReading(exporting::invitationTable(trickyInvitationRows()));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void checker_noticesAWrongCell()
    {
        // The independent checker must be able to fail: a plus lost on the way is reported.
        const QString problem = xlsxCheckerBlindness(m_mode);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

private:
    const QString m_mode;
};
