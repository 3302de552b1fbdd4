#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

class QStringDecoder;

namespace importing {

// A strict, allocation-light pull scanner for the XML an XLSX worksheet and its shared strings
// are written in, working on the UTF-8 bytes in place: QXmlStreamReader decodes every byte to
// UTF-16 and builds attribute lists for every element, which made it more than half the time of
// reading a large sheet. It checks what makes a document well-formed (one root, nesting,
// names, attribute syntax and uniqueness, entities, character references, XML characters,
// UTF-8) and reports the first fault with QXmlStreamReader's own wording and line number.
// Comments and processing instructions are skipped; a DOCTYPE is refused (the part guard
// refuses it earlier). Namespace prefixes are not resolved: names compare by local part.
class XmlScanner final
{
public:
    enum class Token
    {
        StartElement, // a self-closing element is a StartElement followed by its EndElement
        EndElement,
        Text, // character data or a CDATA section; entities still undecoded in rawText()
        End,  // end of the document, or an error (hasError())
    };

    // `xml`: the part's bytes, UTF-8 unless a BOM or the declaration says otherwise. A part in
    // UTF-16 or another declared encoding is recoded first (the scanner then owns the UTF-8 copy).
    explicit XmlScanner(QByteArrayView xml);
    Q_DISABLE_COPY_MOVE(XmlScanner) // its views may point into its own recoded copy

    Token next();

    // Of the current StartElement or EndElement: the name without its prefix.
    QByteArrayView localName() const { return m_localName; }
    // Of the current StartElement: the attribute's value with entities decoded and whitespace
    // normalised as XML prescribes; empty when the element has no such attribute. The view
    // stays valid until the next call of attribute() or next().
    QByteArrayView attribute(QByteArrayView localName);
    // Of the current Text: appends its decoded UTF-8 bytes to `out`, at most up to `maxBytes`
    // bytes in `out` altogether.
    void appendText(QByteArray &out, qsizetype maxBytes) const;

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 lineNumber() const; // of the error, or of the current position

private:
    enum class Mode
    {
        Text,
        Cdata,
        Attribute,
    };
    struct Attribute
    {
        QByteArrayView qualifiedName;
        QByteArrayView name; // local name
        QByteArrayView rawValue;
        bool plain; // no entity, no whitespace to normalise
    };

    void recode(QStringDecoder &decoder, QByteArrayView bytes);
    Token fail(const QString &message, qsizetype at);
    Token unexpected(qsizetype at); // "Unexpected 'c'."
    bool skipSpace(qsizetype &p);
    QByteArrayView tagName(qsizetype from, qsizetype &end);
    Token startTag();
    Token endTag();
    Token text();
    Token markupDeclaration();
    bool skipProlog();
    qsizetype nameEnd(qsizetype from) const;
    qsizetype find(char c, qsizetype from) const; // memchr: the next `c` from `from`, or -1
    qsizetype checkReference(qsizetype at);       // returns the position past ';', or -1 on error
    qsizetype checkCharacters(qsizetype from, qsizetype to);
    static QByteArrayView localPart(QByteArrayView qualified);
    static void decodeInto(QByteArray &out, QByteArrayView raw, Mode mode, qsizetype maxBytes);

    QByteArray m_recoded; // owns the bytes when the part was not UTF-8
    QByteArrayView m_xml;
    qsizetype m_pos = 0;
    qsizetype m_errorPos = -1;
    QString m_error;
    std::vector<QByteArrayView> m_open; // qualified names of the open elements
    std::vector<Attribute> m_attributes;
    QByteArray m_attributeValue;
    QByteArrayView m_localName;
    QByteArrayView m_text;
    bool m_textIsCdata = false;
    bool m_textPlain = true;
    bool m_pendingEnd = false; // a self-closing element's EndElement comes next
    bool m_rootSeen = false;
    bool m_started = false;
};

} // namespace importing
