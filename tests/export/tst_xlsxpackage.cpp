// Python's zipfile and ElementTree open our workbook and find every cell as written.
#include "xlsxreadertest.h"

using namespace exporting;

class TestXlsxPackage final : public XlsxReaderTest
{
    Q_OBJECT

public:
    TestXlsxPackage()
        : XlsxReaderTest(QStringLiteral("package"))
    {
    }

private Q_SLOTS:
    void charactersXmlCannotHold_areEscapedAndComeBack()
    {
        // Control characters, a lone surrogate and text that looks like an escape itself.
        const ExportTable table{
            {QStringLiteral("cell")},
            {{QStringLiteral("bell\x07 and nul") + QChar(0) + QStringLiteral("!")},
             {QStringLiteral("form\x0c feed, vertical\x0b tab, escape\x1b")},
             {QStringLiteral("lone ") + QChar(0xD800) + QStringLiteral(" surrogate")},
             {QStringLiteral("literal _x0041_ and _x00e5_ and _x12_ and _xZZZZ_")},
             {QStringLiteral("cr\ronly, crlf\r\n, lf\n")},
             {QString(QChar(0xFFFE)) + QChar(0xFFFF)},
             {QStringLiteral("<&>\"'")},
             {QStringLiteral("   ")}}};
        const QString problem = problemReading(table);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestXlsxPackage)
#include "tst_xlsxpackage.moc"
