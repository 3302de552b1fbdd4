#pragma once

#include <QByteArrayView>

namespace importing {

// What makes an XLSX part unsafe to hand to QXmlStreamReader, judged from its bytes before it
// is parsed: QXmlStreamReader holds a whole token (a DOCTYPE, a processing instruction, one
// text) in memory several times over before the caller sees it, so a 195 MiB DOCTYPE would
// take gigabytes. An XLSX part needs no DOCTYPE and no processing instruction besides the XML
// declaration; every other token must stay within `maxTokenBytes`.
enum class XmlPartProblem
{
    None,
    Doctype,
    ProcessingInstruction,
    HugeToken,
};

XmlPartProblem checkXmlPart(QByteArrayView xml, qsizetype maxTokenBytes);

} // namespace importing
