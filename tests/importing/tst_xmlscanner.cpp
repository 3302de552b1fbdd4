// XmlScanner, the byte scanner that reads XLSX worksheets and shared strings, compared with
// QXmlStreamReader (which it replaced) on the same documents: the same elements, attributes and
// text for well-formed XML, and for broken XML an error at the same line, with the same words
// where Qt's wording is one we reuse. The XLSX cases at the end go through XlsxReader.
#include "importing/xlsxreader.h"
#include "importing/xmlscanner.h"
#include "xlsxbuilder.h"

#include "testtable.h"
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using importing::XmlScanner;

namespace {

// Elements with their r, t and s attributes, and text (adjacent pieces joined), one per line.
struct Outcome
{
    QStringList tokens;
    bool failed = false;
    qint64 line = 0;
    QString error;
};

void addText(QStringList &tokens, const QString &text)
{
    if (!tokens.isEmpty() && tokens.constLast().startsWith(u"text:"_s))
        tokens.last() += text;
    else
        tokens.append(u"text:"_s + text);
}

QString startToken(const QString &name, const std::function<QString(const char *)> &attribute)
{
    QString token = u"<"_s + name;
    for (const char *a : {"r", "t", "s", "space"}) {
        const QString value = attribute(a);
        if (!value.isEmpty())
            token += u" %1=[%2]"_s.arg(QLatin1StringView(a), value);
    }
    return token + u">"_s;
}

Outcome withQt(const QByteArray &xml)
{
    Outcome outcome;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QXmlStreamAttributes attributes = reader.attributes();
            outcome.tokens.append(startToken(reader.name().toString(), [&](const char *a) {
                for (const QXmlStreamAttribute &attribute : attributes) {
                    if (attribute.name() == QLatin1StringView(a))
                        return attribute.value().toString();
                }
                return QString();
            }));
        } else if (reader.isEndElement()) {
            outcome.tokens.append(u"</"_s + reader.name().toString() + u">"_s);
        } else if (reader.isCharacters()) {
            addText(outcome.tokens, reader.text().toString());
        }
    }
    outcome.failed = reader.hasError();
    outcome.line = reader.lineNumber();
    outcome.error = reader.errorString();
    return outcome;
}

Outcome withScanner(const QByteArray &xml)
{
    Outcome outcome;
    XmlScanner scanner(xml);
    for (;;) {
        const XmlScanner::Token token = scanner.next();
        if (token == XmlScanner::Token::End)
            break;
        if (token == XmlScanner::Token::StartElement) {
            outcome.tokens.append(
                startToken(QString::fromUtf8(scanner.localName()),
                           [&](const char *a) { return QString::fromUtf8(scanner.attribute(a)); }));
        } else if (token == XmlScanner::Token::EndElement) {
            outcome.tokens.append(u"</"_s + QString::fromUtf8(scanner.localName()) + u">"_s);
        } else {
            QByteArray text;
            scanner.appendText(text, 1 << 20);
            addText(outcome.tokens, QString::fromUtf8(text));
        }
    }
    outcome.failed = scanner.hasError();
    outcome.line = scanner.lineNumber();
    outcome.error = scanner.errorString();
    return outcome;
}

// Whitespace-only text outside cells is noise QXmlStreamReader reports and a sheet ignores.
QStringList meaningful(QStringList tokens)
{
    tokens.removeIf([](const QString &token) {
        return token.startsWith(u"text:"_s) && token.sliced(5).trimmed().isEmpty();
    });
    return tokens;
}

const QByteArray Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

} // namespace

class TestXmlScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wellFormed_readsAsQtReadsIt_data();
    void wellFormed_readsAsQtReadsIt();
    void broken_failsAtTheLineQtNames_data();
    void broken_failsAtTheLineQtNames();
    void textLongerThanTheLimit_isCutAtTheLimit();
    void utf16_isRecoded();
    void xlsx_attributesInAnyOrder_selfClosingCells_inlineStrings();
    void xlsx_richTextRuns_withoutPhoneticHints_andPreservedSpace();
    void xlsx_entitiesAndCdata_inSharedStrings();
    void xlsx_brokenSharedStrings_namesThePartAndLine();
};

void TestXmlScanner::wellFormed_readsAsQtReadsIt_data()
{
    addColumns<QByteArray>("xml");
    QTest::newRow("cells, attributes in any order")
        << Declaration +
               "<worksheet xmlns=\"urn:x\"><sheetData><row r=\"1\" spans=\"1:2\">"
               "<c r=\"A1\" t=\"s\" s=\"3\"><v>0</v></c><c s='1' t='n' r='B1'><v>46701234567</v>"
               "</c><c t = \"str\"\n r=\"C1\"><f>A1</f><v>x</v></c></row></sheetData></worksheet>";
    QTest::newRow("self-closing cells and rows")
        << QByteArray("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"/><c r=\"B1\" t=\"s\"/>"
                      "</row><row r=\"2\"/></sheetData></worksheet>");
    QTest::newRow("inline string with rich text")
        << QByteArray("<worksheet><row><c t=\"inlineStr\"><is><r><rPr><b/></rPr><t>070</t></r>"
                      "<r><t xml:space=\"preserve\"> 123 45 67 </t></r></is></c></row>"
                      "</worksheet>");
    QTest::newRow("entities and character references")
        << QByteArray("<sst><si><t>Bo &amp; Ek &lt;&gt; &quot;x&apos; &#48;&#x37;"
                      "&#229;&#x1F600;</t></si><si><t a=\"&amp;&#x41;\">x</t></si></sst>");
    QTest::newRow("CDATA") << QByteArray("<sst><si><t><![CDATA[0701 <23> &amp; 45]]>67</t>"
                                         "</si></sst>");
    QTest::newRow("comments and whitespace everywhere")
        << QByteArray("\n <!-- a comment --> <sst ><!----><si\n><t>07<!-- cut -->01</t ></si>"
                      "</sst > <!-- after -->\n");
    QTest::newRow("line ends normalised") << QByteArray("<sst><si><t>a\r\nb\rc</t></si>"
                                                        "<si><t r=\"x\ty\r\nz\">x</t></si></sst>");
    QTest::newRow("prefixed names") << QByteArray(
        "<x:worksheet xmlns:x=\"urn:x\"><x:row r=\"4\"><x:c r=\"A4\"><x:v>1</x:v></x:c>"
        "</x:row></x:worksheet>");
    QTest::newRow("non-ASCII") << QByteArray("<sst><si><t>Zoë Šimková 日本 😀</t></si></sst>");
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + Declaration + "<sst/>";
    QTest::newRow("Latin-1 declared")
        << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><sst><si><t>\xE5\xE4\xF6"
                      "</t></si></sst>");
}

void TestXmlScanner::wellFormed_readsAsQtReadsIt()
{
    QFETCH(QByteArray, xml);
    const Outcome qt = withQt(xml);
    QVERIFY2(!qt.failed, qPrintable(qt.error)); // the case itself is well-formed
    const Outcome scanned = withScanner(xml);
    QVERIFY2(!scanned.failed, qPrintable(scanned.error));
    QCOMPARE(meaningful(scanned.tokens), meaningful(qt.tokens));
}

void TestXmlScanner::broken_failsAtTheLineQtNames_data()
{
    // sameWords: Qt's message for it is one the scanner uses
    addColumns<QByteArray, bool>("xml", "sameWords");
    const QByteArray sheet = Declaration + "<worksheet><sheetData>\n<row r=\"1\"><c><v>1</v></c>"
                                           "</row>\n<row r=\"2\"><c t=\"s\"><v>0</v></c></row>\n"
                                           "</sheetData></worksheet>";
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("only a declaration") << Declaration << true;
    QTest::newRow("cut short") << sheet.first(sheet.size() - 30) << true;
    QTest::newRow("cut inside a tag") << sheet.first(sheet.indexOf("t=\"s\"") + 2) << true;
    QTest::newRow("tag mismatch") << QByteArray(sheet).replace("</c></row>\n<row", "</row>\n<row")
                                  << true;
    QTest::newRow("end tag without start") << QByteArray("<a></b></a>") << true;
    QTest::newRow("two roots") << QByteArray("<a/><b/>") << true;
    QTest::newRow("text after the root") << QByteArray("<a/>\ntext") << true;
    QTest::newRow("text before the root") << QByteArray("text<a/>") << true;
    QTest::newRow("unknown entity") << QByteArray("<a>\n&nbsp;</a>") << true;
    QTest::newRow("bare ampersand") << QByteArray("<a>\nBo & Ek</a>") << false;
    QTest::newRow("character reference to NUL") << QByteArray("<a>\n&#0;</a>") << false;
    QTest::newRow("character reference to a surrogate") << QByteArray("<a>&#xD800;</a>") << false;
    QTest::newRow("character reference with X") << QByteArray("<a>&#X30;</a>") << true;
    // Qt says "Unexpected ''." with the invisible character in the quotes.
    QTest::newRow("control character") << QByteArray("<a>\n\x01</a>") << false;
    // Qt decodes ahead of parsing and names the line it was at; the scanner, the byte's own.
    QTest::newRow("invalid UTF-8") << QByteArray("<a>\xC3\x28</a>") << true;
    QTest::newRow("overlong UTF-8") << QByteArray("<a>\xC0\xAF</a>") << true;
    QTest::newRow("attribute twice") << QByteArray("<a>\n<c r=\"A1\" r=\"B1\"/></a>") << true;
    QTest::newRow("attribute without quotes") << QByteArray("<a>\n<c r=A1/></a>") << false;
    QTest::newRow("attribute without value") << QByteArray("<a>\n<c r/></a>") << false;
    QTest::newRow("attributes without space") << QByteArray("<a><c r=\"A1\"t=\"s\"/></a>") << false;
    QTest::newRow("< in an attribute") << QByteArray("<a><c r=\"<\"/></a>") << false;
    QTest::newRow("unknown entity in an attribute") << QByteArray("<a><c r=\"&x;\"/></a>") << true;
    QTest::newRow("bad name") << QByteArray("<a>\n<1c/></a>") << false;
    QTest::newRow("CDATA outside the root") << QByteArray("<![CDATA[x]]><a/>") << false;
    QTest::newRow("unclosed CDATA") << QByteArray("<a><![CDATA[x</a>") << true;
    QTest::newRow("unclosed comment") << QByteArray("<a><!-- x</a>") << true;
    QTest::newRow("double hyphen in a comment") << QByteArray("<a><!-- x -- y --></a>") << false;
}

void TestXmlScanner::broken_failsAtTheLineQtNames()
{
    QFETCH(QByteArray, xml);
    QFETCH(bool, sameWords);
    const Outcome qt = withQt(xml);
    QVERIFY(qt.failed); // the case itself is broken
    const Outcome scanned = withScanner(xml);
    QVERIFY2(scanned.failed, qPrintable(scanned.tokens.join(u'|')));
    QCOMPARE(scanned.line, qt.line);
    if (sameWords)
        QCOMPARE(scanned.error, qt.error);
    else
        QVERIFY(!scanned.error.isEmpty());
}

void TestXmlScanner::textLongerThanTheLimit_isCutAtTheLimit()
{
    XmlScanner scanner("<t>0701&amp;234567</t>");
    QCOMPARE(scanner.next(), XmlScanner::Token::StartElement);
    QCOMPARE(scanner.next(), XmlScanner::Token::Text);
    QByteArray text("x");
    scanner.appendText(text, 7);
    QCOMPARE(text, "x0701&2");
    scanner.appendText(text, 7); // already full
    QCOMPARE(text, "x0701&2");
}

void TestXmlScanner::utf16_isRecoded()
{
    const QString xml = u"<?xml version=\"1.0\" encoding=\"UTF-16\"?><t>Åsa 😀</t>"_s;
    QByteArray bytes("\xFF\xFE");
    bytes += QByteArray(reinterpret_cast<const char *>(xml.utf16()), xml.size() * 2);
    const Outcome scanned = withScanner(bytes);
    QVERIFY2(!scanned.failed, qPrintable(scanned.error));
    QCOMPARE(scanned.tokens, (QStringList{u"<t>"_s, u"text:Åsa 😀"_s, u"</t>"_s}));
}

namespace {

importing::TableResult readWorkbook(const QByteArray &sheetXml, const QByteArray &sharedXml)
{
    xlsxbuilder::Entries entries = xlsxbuilder::workbookEntries({{u"Blad1"_s, {}}});
    for (auto &[name, bytes] : entries) {
        if (name == u"xl/worksheets/sheet1.xml"_s)
            bytes = sheetXml;
        else if (name == u"xl/sharedStrings.xml"_s)
            bytes = sharedXml;
    }
    return importing::XlsxReader().read(xlsxbuilder::zip(entries), u"members.xlsx"_s);
}

const QByteArray SheetStart = Declaration + "<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                                            "spreadsheetml/2006/main\"><sheetData>";
const QByteArray SheetEnd = "</sheetData></worksheet>";
const QByteArray SstStart = Declaration + "<sst xmlns=\"http://schemas.openxmlformats.org/"
                                          "spreadsheetml/2006/main\">";

} // namespace

void TestXmlScanner::xlsx_attributesInAnyOrder_selfClosingCells_inlineStrings()
{
    const importing::TableResult result =
        readWorkbook(SheetStart +
                         "<row r=\"2\"><c s=\"1\" t=\"s\" r=\"B2\"><v>0</v></c><c r=\"A2\"/></row>"
                         "<row r=\"3\"/>"
                         "<row r='4'><c t='inlineStr' r='C4'><is><t>070-123 45 67</t></is></c>"
                         "<c r=\"D4\"\n\tt=\"n\"><v>46701234567</v></c></row>" +
                         SheetEnd,
                     SstStart + "<si><t>Namn</t></si></sst>");
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().rows,
             (QList<QStringList>{{QString(), u"Namn"_s},
                                 {QString(), QString(), u"070-123 45 67"_s, u"46701234567"_s}}));
    QCOMPARE(result.value().rowNumbers, (QList<int>{2, 4}));
}

void TestXmlScanner::xlsx_richTextRuns_withoutPhoneticHints_andPreservedSpace()
{
    const importing::TableResult result = readWorkbook(
        SheetStart +
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v>"
            "</c></row>" +
            SheetEnd,
        SstStart +
            "<si><r><rPr><b/></rPr><t>Åsa</t></r><r><t xml:space=\"preserve\">  Öberg </t></r>"
            "<rPh sb=\"0\" eb=\"1\"><t>アサ</t></rPh></si>"
            "<si><t xml:space=\"preserve\"> 070 123\n45 67</t></si></sst>");
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().rows.first(), (QStringList{u"Åsa  Öberg "_s, u" 070 123\n45 67"_s}));
}

void TestXmlScanner::xlsx_entitiesAndCdata_inSharedStrings()
{
    const importing::TableResult result = readWorkbook(
        SheetStart +
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v> 0 </v></c><c r=\"B1\" t=\"s\"><v>1</v>"
            "</c><c r=\"C1\" t=\"str\"><v>&#x2B;46 70&#32;1</v></c></row>" +
            SheetEnd,
        SstStart + "<si><t>Bo &amp; Ek &lt;bo@ek.se&gt;</t></si>"
                   "<si><t><![CDATA[+46 (0)70-<1>]]>23</t></si></sst>");
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().rows.first(),
             (QStringList{u"Bo & Ek <bo@ek.se>"_s, u"+46 (0)70-<1>23"_s, u"+46 70 1"_s}));
}

void TestXmlScanner::xlsx_brokenSharedStrings_namesThePartAndLine()
{
    const importing::TableResult result =
        readWorkbook(SheetStart + SheetEnd, SstStart + "\n<si><t>Bo &nbsp; Ek</t></si></sst>");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message,
             u"“members.xlsx” is not a readable XLSX spreadsheet: its part xl/sharedStrings.xml "
             "is not well-formed XML (line 3: Entity 'nbsp' not declared.)."_s);
}

QTEST_GUILESS_MAIN(TestXmlScanner)
#include "tst_xmlscanner.moc"
