// LibreOffice opens our workbook and shows every cell as written (an independent reader).
#include "xlsxreadertest.h"

using namespace exporting;

class TestXlsxLibreOffice final : public XlsxReaderTest
{
    Q_OBJECT

public:
    TestXlsxLibreOffice()
        : XlsxReaderTest(QStringLiteral("libreoffice"))
    {
    }

private Q_SLOTS:
    void escapeLookalikes_areShownLiterally()
    {
        // Text that looks like an ECMA-376 escape is escaped itself, so Excel and LibreOffice
        // show it as typed.
        const ExportTable table{{QStringLiteral("cell")},
                                {{QStringLiteral("literal _x0041_ and _x00E5_")}}};
        const QString problem = problemReading(table);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestXlsxLibreOffice)
#include "tst_xlsxlibreoffice.moc"
