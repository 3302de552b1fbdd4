#include "importing/xlsxsheetreader.h"

#include "importing/readerrors.h"
#include "importing/xlsxreader.h"
#include "importing/xmlscanner.h"

#include <QCoreApplication>

#include <limits>

using namespace Qt::StringLiterals;

namespace importing {
namespace {

// Column index of a reference like "AB12" (0-based), or -1.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference[i].isLetter(); ++i) {
        const char16_t c = reference[i].toUpper().unicode();
        if (c < u'A' || c > u'Z')
            return -1;
        column = column * 26 + (c - u'A' + 1);
        if (column > 16384)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

// The same for the reference's bytes; references are ASCII, anything else takes the long way.
int columnOf(QByteArrayView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char c = reference[i];
        if (static_cast<unsigned char>(c) >= 0x80)
            return columnOf(QStringView(QString::fromUtf8(reference)));
        const bool upper = c >= 'A' && c <= 'Z';
        if (!upper && !(c >= 'a' && c <= 'z'))
            break;
        column = column * 26 + ((upper ? c : c - 'a' + 'A') - 'A' + 1);
        if (column > 16384)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

// A whole number in ASCII with optional white space around it and a sign, as toLongLong reads.
qint64 integerOf(QByteArrayView text, bool *ok)
{
    text = text.trimmed();
    *ok = false;
    qsizetype i = 0;
    const bool negative = !text.isEmpty() && text[0] == '-';
    if (!text.isEmpty() && (text[0] == '-' || text[0] == '+'))
        ++i;
    if (i == text.size() || text.size() - i > 18)
        return 0;
    qint64 value = 0;
    for (; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9')
            return 0;
        value = value * 10 + (text[i] - '0');
    }
    *ok = true;
    return negative ? -value : value;
}

// Excel keeps numbers as doubles and writes them shortest-first: "46701234567", sometimes
// "4.6701234567E+10". A whole number is written out in full so no digit is hidden.
QString numberText(const QString &raw)
{
    const qsizetype e = raw.indexOf(u'E', 0, Qt::CaseInsensitive);
    if (e < 0)
        return raw;
    const QStringView mantissa = QStringView(raw).first(e);
    bool ok = false;
    const int exponent = QStringView(raw).sliced(e + 1).toInt(&ok);
    if (!ok || exponent < 0 || exponent > 20)
        return raw;
    const qsizetype point = mantissa.indexOf(u'.');
    QString digits = mantissa.toString();
    qsizetype decimals = 0;
    if (point >= 0) {
        digits.remove(point, 1);
        decimals = mantissa.size() - point - 1;
    }
    if (decimals > exponent)
        return raw; // not a whole number
    for (qsizetype i = decimals; i < exponent; ++i)
        digits.append(u'0');
    return digits;
}

} // namespace

XlsxSheetReader::XlsxSheetReader(const ReadLimits &limits, const QString &file)
    : m_limits(limits)
    , m_file(file)
{
}

void XlsxSheetReader::fail(const QString &what)
{
    error = readerrors::brokenSpreadsheet(m_file, what);
}

bool XlsxSheetReader::xmlFailed(const XmlScanner &scanner, const QString &part)
{
    if (scanner.hasError())
        fail(readerrors::notWellFormed(part, scanner.lineNumber(), scanner.errorString()));
    return scanner.hasError();
}

// The text of the current element and its children, up to its end. Past the cell limit
// nothing more is kept (4 bytes for each character the limit allows, so the caller still sees
// more than the limit and reports the cell as too long): text split by comments or entities
// cannot grow without bound.
void XlsxSheetReader::elementText(XmlScanner &scanner, QByteArray &text) const
{
    const qsizetype maxBytes = 4 * (m_limits.maxCellChars + 1);
    for (int depth = 1; depth > 0;) {
        switch (scanner.next()) {
        case XmlScanner::Token::StartElement:
            ++depth;
            break;
        case XmlScanner::Token::EndElement:
            --depth;
            break;
        case XmlScanner::Token::Text:
            scanner.appendText(text, maxBytes);
            break;
        case XmlScanner::Token::End:
            return;
        }
    }
}

QString XlsxSheetReader::inlineText(XmlScanner &scanner, QByteArrayView end)
{
    // Text of <t> elements up to </end>, skipping phonetic runs (<rPh>).
    m_text.clear();
    int phonetic = 0;
    for (;;) {
        const XmlScanner::Token token = scanner.next();
        if (token == XmlScanner::Token::End)
            break;
        if (token == XmlScanner::Token::StartElement) {
            if (scanner.localName() == "rPh")
                ++phonetic;
            else if (scanner.localName() == "t" && phonetic == 0)
                elementText(scanner, m_text);
        } else if (token == XmlScanner::Token::EndElement) {
            if (scanner.localName() == "rPh")
                --phonetic;
            else if (scanner.localName() == end)
                break;
        }
    }
    QString text = QString::fromUtf8(m_text);
    if (text.size() > m_limits.maxCellChars)
        text.truncate(m_limits.maxCellChars + 1); // flagged when used
    return text;
}

// All texts together stay within a budget: the 200 MiB a workbook may unpack to would
// otherwise become 400 MB of strings.
bool XlsxSheetReader::keepText(const QString &text)
{
    m_textChars += text.size();
    if (m_textChars <= m_limits.maxTextChars)
        return true;
    fail(QCoreApplication::translate(
             "PhoneListReader",
             "its texts add up to more than %L1 characters, more than a phone list holds.")
             .arg(m_limits.maxTextChars));
    return false;
}

bool XlsxSheetReader::readSharedStrings(const QByteArray &xml, const QString &part)
{
    XmlScanner scanner(xml);
    for (;;) {
        const XmlScanner::Token token = scanner.next();
        if (token == XmlScanner::Token::End)
            break;
        if (token != XmlScanner::Token::StartElement || scanner.localName() != "si")
            continue;
        if (m_shared.size() >= m_limits.maxCells) {
            error = readerrors::tooManyCells(m_file, m_limits.maxCells);
            return false;
        }
        m_shared.append(inlineText(scanner, "si"));
        if (!keepText(m_shared.constLast()))
            return false;
    }
    return !xmlFailed(scanner, part);
}

// One <c> element, its start just read: its value goes into `cells` at its column.
bool XlsxSheetReader::readCell(XmlScanner &scanner, int rowNumber, QStringList &cells)
{
    int column = columnOf(scanner.attribute("r"));
    if (column < 0)
        column = int(cells.size());
    m_type.clear();
    m_type.append(scanner.attribute("t"));
    const QByteArrayView type = m_type;
    QString value;
    m_raw.clear();
    for (;;) {
        const XmlScanner::Token token = scanner.next();
        if (token == XmlScanner::Token::End ||
            (token == XmlScanner::Token::EndElement && scanner.localName() == "c"))
            break;
        if (token != XmlScanner::Token::StartElement)
            continue;
        if (scanner.localName() == "v") {
            m_raw.clear();
            elementText(scanner, m_raw);
        } else if (scanner.localName() == "is") {
            value = inlineText(scanner, "is");
        }
    }
    if (scanner.hasError())
        return true; // the caller reports it
    if (type == "s") {
        bool ok = false;
        const qint64 index = integerOf(m_raw, &ok);
        value = ok && index >= 0 && index < m_shared.size() ? m_shared[index] : QString();
    } else if (type == "str" || type == "e" || type == "d") {
        value = QString::fromUtf8(m_raw);
    } else if (type == "b") {
        value = m_raw == "1" ? u"TRUE"_s : u"FALSE"_s;
    } else if (type != "inlineStr") {
        value = numberText(QString::fromUtf8(m_raw).trimmed());
    }
    // Bytes are at least as many as characters: only a long <v> needs counting.
    const bool rawTooLong = m_raw.size() > m_limits.maxCellChars &&
                            QString::fromUtf8(m_raw).size() > m_limits.maxCellChars;
    if (value.size() > m_limits.maxCellChars || rawTooLong) {
        error = readerrors::cellTooLong(m_file, rowNumber, m_limits.maxCellChars);
        return false;
    }
    if (column >= XlsxReader::MaxColumns || value.isEmpty())
        return true;
    if (type != "s" && !keepText(value))
        return false;
    while (cells.size() <= column)
        cells.append(QString());
    cells[column] = value;
    return true;
}

bool XlsxSheetReader::readSheet(const QByteArray &xml, const QString &part, RowTable *table)
{
    XmlScanner scanner(xml);
    int rowNumber = 0;
    QStringList cells;
    qsizetype cellsInRow = 0; // <c> elements, those past the columns kept included
    qsizetype cellsKept = 0;
    bool inRow = false;
    const auto finishRow = [&]() -> bool {
        bool blank = true;
        for (const QString &cell : std::as_const(cells))
            blank = blank && cell.trimmed().isEmpty();
        if (!blank) {
            if (table->rows.size() >= m_limits.maxRows) {
                error = readerrors::tooManyRows(m_file, m_limits.maxRows);
                return false;
            }
            cellsKept += cells.size();
            if (cellsKept > m_limits.maxCells) {
                error = readerrors::tooManyCells(m_file, m_limits.maxCells);
                return false;
            }
            table->append(cells, rowNumber);
        }
        cells.clear();
        inRow = false;
        return true;
    };

    for (;;) {
        const XmlScanner::Token token = scanner.next();
        if (token == XmlScanner::Token::End)
            break;
        if (token == XmlScanner::Token::EndElement && scanner.localName() == "row") {
            if (!finishRow())
                return false;
            continue;
        }
        if (token != XmlScanner::Token::StartElement)
            continue;
        if (scanner.localName() == "row") {
            bool ok = false;
            const qint64 r = integerOf(scanner.attribute("r"), &ok);
            rowNumber = ok && r > rowNumber && r <= std::numeric_limits<int>::max() ? int(r)
                                                                                    : rowNumber + 1;
            cells.clear();
            cellsInRow = 0;
            inRow = true;
            continue;
        }
        if (scanner.localName() != "c" || !inRow)
            continue;
        if (++cellsInRow > m_limits.maxCellsPerRow) {
            error = readerrors::tooManyCellsInRow(m_file, rowNumber, m_limits.maxCellsPerRow);
            return false;
        }
        if (!readCell(scanner, rowNumber, cells))
            return false;
    }
    if (xmlFailed(scanner, part))
        return false;
    if (inRow && !finishRow())
        return false;
    return true;
}

} // namespace importing
