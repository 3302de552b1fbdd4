#include "importing/xmlpartguard.h"

#include <QByteArray>
#include <QString>

namespace importing {
namespace {

// Position just past `end`, found within `limit` bytes from `from`, or -1.
qsizetype skipPast(QByteArrayView xml, qsizetype from, QByteArrayView end, qsizetype limit)
{
    const qsizetype found = xml.first(std::min(xml.size(), from + limit)).indexOf(end, from);
    return found < 0 ? -1 : found + end.size();
}

XmlPartProblem checkUtf8(QByteArrayView xml, qsizetype maxTokenBytes)
{
    const qsizetype n = xml.size();
    qsizetype i = xml.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    // The XML declaration is the one processing instruction a part may have.
    if (xml.sliced(i).startsWith("<?xml") && i + 5 < n &&
        QByteArrayView(" \t\r\n").contains(xml[i + 5])) {
        i = skipPast(xml, i, "?>", maxTokenBytes);
        if (i < 0)
            return XmlPartProblem::HugeToken;
    }
    while (i < n) {
        // Text and tags hold no '<': the distance to the next one bounds every such token.
        const qsizetype open = xml.indexOf('<', i);
        if ((open < 0 ? n : open) - i > maxTokenBytes)
            return XmlPartProblem::HugeToken;
        if (open < 0 || open + 1 >= n)
            break;
        const char next = xml[open + 1];
        if (next == '?')
            return XmlPartProblem::ProcessingInstruction;
        if (next != '!') {
            i = open + 1;
            continue;
        }
        const QByteArrayView rest = xml.sliced(open);
        if (rest.startsWith("<!D") || rest.startsWith("<!d"))
            return XmlPartProblem::Doctype;
        if (rest.startsWith("<!--"))
            i = skipPast(xml, open + 4, "-->", maxTokenBytes);
        else if (rest.startsWith("<![CDATA["))
            i = skipPast(xml, open + 9, "]]>", maxTokenBytes);
        else
            i = open + 1; // not XML: QXmlStreamReader says so
        if (i < 0)
            return XmlPartProblem::HugeToken;
    }
    return XmlPartProblem::None;
}

} // namespace

XmlPartProblem checkXmlPart(QByteArrayView xml, qsizetype maxTokenBytes)
{
    // OOXML allows UTF-16 parts too (Excel writes UTF-8): they are judged as UTF-8.
    const bool le = xml.startsWith("\xFF\xFE") || xml.startsWith(QByteArrayView("<\0", 2));
    const bool be = xml.startsWith("\xFE\xFF") || xml.startsWith(QByteArrayView("\0<", 2));
    if (!le && !be)
        return checkUtf8(xml, maxTokenBytes);
    QByteArray units = xml.toByteArray();
    if (be) {
        for (qsizetype k = 0; k + 1 < units.size(); k += 2)
            std::swap(units[k], units[k + 1]);
    }
    const QString text =
        QString::fromUtf16(reinterpret_cast<const char16_t *>(units.constData()), units.size() / 2);
    units.clear();
    return checkUtf8(text.toUtf8(), maxTokenBytes);
}

} // namespace importing
