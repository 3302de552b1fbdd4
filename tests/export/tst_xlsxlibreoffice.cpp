// LibreOffice opens our workbook and shows every cell as written (an independent reader).
#include "exportfixtures.h"
#include "xlsxcheck.h"

#include <QTest>

using namespace exporting;

class TestXlsxLibreOffice final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void invitationExport_isValidPackageWithEveryCell()
    {
        const QString problem =
            runXlsxCheck(invitationTable(trickyInvitationRows()), QStringLiteral("libreoffice"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void escapeLookalikes_areShownLiterally()
    {
        // Text that looks like an ECMA-376 escape is escaped itself, so Excel and LibreOffice
        // show it as typed.
        const ExportTable table{{QStringLiteral("cell")},
                                {{QStringLiteral("literal _x0041_ and _x00E5_")}}};
        const QString problem = runXlsxCheck(table, QStringLiteral("libreoffice"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void checker_noticesAWrongCell()
    {
        // The independent checker must be able to fail: a plus lost on the way is reported.
        const QString problem = xlsxCheckerBlindness(QStringLiteral("libreoffice"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestXlsxLibreOffice)
#include "tst_xlsxlibreoffice.moc"
