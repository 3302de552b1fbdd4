#include "importing/xmlscanner.h"

#include "importing/xmlutf8.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>
#include <cstring>

namespace importing {
namespace {

// The messages are QXmlStreamReader's own (context "QXmlStream"), so a broken part reads the
// same as it did and Qt's translations apply.
QString xmlMessage(const char *text)
{
    return QCoreApplication::translate("QXmlStream", text);
}

enum CharClass : unsigned char
{
    NameStart = 1,
    NameChar = 2,
    Space = 4,
};

constexpr std::array<unsigned char, 256> makeClasses()
{
    std::array<unsigned char, 256> classes{};
    for (int c = 0; c < 256; ++c) {
        const bool start = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
                           c == ':' || c >= 0x80; // non-ASCII: judged by the UTF-8 check only
        const bool part = start || (c >= '0' && c <= '9') || c == '-' || c == '.';
        classes[c] = (start ? NameStart : 0) | (part ? NameChar : 0) |
                     (c == ' ' || c == '\t' || c == '\n' || c == '\r' ? Space : 0);
    }
    return classes;
}
constexpr std::array<unsigned char, 256> Classes = makeClasses();

bool is(char c, CharClass kind)
{
    return Classes[static_cast<unsigned char>(c)] & kind;
}

// "#65", "#x41", "amp" (between '&' and ';') -> the character, or 0 when it names none.
char32_t referencedCharacter(QByteArrayView name)
{
    static constexpr std::pair<const char *, char32_t> Predefined[] = {
        {"amp", U'&'}, {"lt", U'<'}, {"gt", U'>'}, {"quot", U'"'}, {"apos", U'\''}};
    for (const auto &[entity, character] : Predefined) {
        if (name == entity)
            return character;
    }
    if (!name.startsWith('#') || name.size() < 2)
        return 0;
    const bool hex = name[1] == 'x';
    const QByteArrayView digits = name.sliced(hex ? 2 : 1);
    if (digits.isEmpty() || digits.size() > 8)
        return 0;
    char32_t code = 0;
    for (const char c : digits) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return 0;
        code = code * (hex ? 16 : 10) + char32_t(digit);
    }
    const bool xmlChar = code == 0x9 || code == 0xA || code == 0xD ||
                         (code >= 0x20 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0xFFFD) ||
                         (code >= 0x10000 && code <= 0x10FFFF);
    return xmlChar ? code : 0;
}

// The encoding named in an XML declaration, or empty.
QByteArrayView declaredEncoding(QByteArrayView xml)
{
    if (!xml.startsWith("<?xml"))
        return {};
    const qsizetype close = xml.first(std::min<qsizetype>(xml.size(), 512)).indexOf("?>");
    if (close < 0)
        return {};
    const QByteArrayView declaration = xml.first(close);
    qsizetype at = declaration.indexOf("encoding");
    if (at < 0)
        return {};
    at = declaration.indexOf('=', at);
    qsizetype quote = at;
    while (quote >= 0 && quote < declaration.size() && declaration[quote] != '"' &&
           declaration[quote] != '\'')
        ++quote;
    if (at < 0 || quote >= declaration.size())
        return {};
    const qsizetype end = declaration.indexOf(declaration[quote], quote + 1);
    return end < 0 ? QByteArrayView() : declaration.sliced(quote + 1, end - quote - 1);
}

} // namespace

XmlScanner::XmlScanner(QByteArrayView xml)
    : m_xml(xml)
{
    const bool le = xml.startsWith("\xFF\xFE") || xml.startsWith(QByteArrayView("<\0", 2));
    const bool be = xml.startsWith("\xFE\xFF") || xml.startsWith(QByteArrayView("\0<", 2));
    if (le || be) {
        QStringDecoder decoder(be ? QStringConverter::Utf16BE : QStringConverter::Utf16LE);
        recode(decoder, xml);
        if (m_xml.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        return;
    }
    if (xml.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    const QByteArrayView encoding = declaredEncoding(xml.sliced(m_pos));
    if (!encoding.isEmpty() && encoding.compare("UTF-8", Qt::CaseInsensitive) != 0 &&
        encoding.compare("UTF8", Qt::CaseInsensitive) != 0) {
        QStringDecoder decoder(encoding.toByteArray().constData());
        if (!decoder.isValid()) {
            fail(xmlMessage("Encoding %1 is unsupported").arg(QLatin1StringView(encoding)), 0);
            return;
        }
        recode(decoder, xml.sliced(m_pos));
        return;
    }
    bool notAnXmlCharacter = false;
    const qsizetype bad = invalidUtf8At(m_xml, &notAnXmlCharacter);
    if (bad >= 0)
        fail(xmlMessage(notAnXmlCharacter ? "Invalid XML character."
                                          : "Encountered incorrectly encoded content."),
             bad);
}

// The scanner reads UTF-8 only: a part in another encoding is read from a UTF-8 copy.
void XmlScanner::recode(QStringDecoder &decoder, QByteArrayView bytes)
{
    m_recoded = QString(decoder(bytes)).toUtf8();
    m_xml = m_recoded;
    m_pos = 0;
    if (decoder.hasError())
        fail(xmlMessage("Encountered incorrectly encoded content."), 0);
}

XmlScanner::Token XmlScanner::fail(const QString &message, qsizetype at)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorPos = at;
    }
    return Token::End;
}

qint64 XmlScanner::lineNumber() const
{
    const qsizetype at = std::min(m_xml.size(), m_errorPos >= 0 ? m_errorPos : m_pos);
    return m_xml.first(at).count('\n') + 1;
}

QByteArrayView XmlScanner::localPart(QByteArrayView qualified)
{
    // Names are a few bytes: a loop beats the general search.
    for (qsizetype i = 0; i < qualified.size(); ++i) {
        if (qualified[i] == ':')
            return qualified.sliced(i + 1);
    }
    return qualified;
}

qsizetype XmlScanner::find(char c, qsizetype from) const
{
    const void *found = std::memchr(m_xml.data() + from, c, size_t(m_xml.size() - from));
    return found ? static_cast<const char *>(found) - m_xml.data() : -1;
}

qsizetype XmlScanner::nameEnd(qsizetype from) const
{
    if (from >= m_xml.size() || !is(m_xml[from], NameStart))
        return from;
    qsizetype i = from + 1;
    while (i < m_xml.size() && is(m_xml[i], NameChar))
        ++i;
    return i;
}

// Moves p past white space; false, with the error, when the document ends there.
bool XmlScanner::skipSpace(qsizetype &p)
{
    while (p < m_xml.size() && is(m_xml[p], Space))
        ++p;
    if (p < m_xml.size())
        return true;
    fail(xmlMessage("Premature end of document."), m_xml.size());
    return false;
}

// The element name at `from`, `end` past it; empty, with the error, when there is none.
QByteArrayView XmlScanner::tagName(qsizetype from, qsizetype &end)
{
    end = nameEnd(from);
    if (end == from)
        fail(xmlMessage("Invalid XML name."), from);
    return m_xml.sliced(from, end - from);
}

XmlScanner::Token XmlScanner::unexpected(qsizetype at)
{
    return fail(xmlMessage("Unexpected '%1'.").arg(QString::fromUtf8(m_xml.sliced(at, 1))), at);
}

qsizetype XmlScanner::checkReference(qsizetype at)
{
    const QByteArrayView rest =
        m_xml.sliced(at + 1, std::min<qsizetype>(m_xml.size() - at - 1, 64));
    const qsizetype semicolon = rest.indexOf(';');
    if (semicolon <= 0) {
        fail(xmlMessage("Invalid entity value."), at);
        return -1;
    }
    const QByteArrayView name = rest.first(semicolon);
    if (referencedCharacter(name) != 0)
        return at + 1 + semicolon + 1;
    if (name.startsWith('#'))
        fail(xmlMessage("Invalid character reference."), at);
    else
        fail(xmlMessage("Entity '%1' not declared.").arg(QString::fromUtf8(name)), at);
    return -1;
}

// Judges the characters of [from, to): every byte an XML character, every '&' a known entity
// or a character reference. Returns -1 on a fault, else bit 0 set when decoding has no entity
// or carriage return to handle, bit 1 when there are tabs or line feeds (for attributes).
qsizetype XmlScanner::checkCharacters(qsizetype from, qsizetype to)
{
    bool plain = true;
    bool spaces = false;
    const char *s = m_xml.data();
    for (qsizetype i = from; i < to; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '&')
            continue;
        if (c == '&') {
            const qsizetype past = checkReference(i);
            if (past < 0)
                return -1;
            if (past > to) {
                fail(xmlMessage("Invalid entity value."), i);
                return -1;
            }
            i = past - 1;
            plain = false;
        } else if (c == '\r') {
            plain = false;
        } else if (c == '\t' || c == '\n') {
            spaces = true;
        } else {
            fail(xmlMessage("Invalid XML character."), i);
            return -1;
        }
    }
    return (plain ? 1 : 0) | (spaces ? 2 : 0);
}

bool XmlScanner::skipProlog()
{
    const QByteArrayView rest = m_xml.sliced(m_pos);
    if (rest.startsWith("<?xml") && rest.size() > 5 && is(rest[5], Space)) {
        const qsizetype close = rest.indexOf("?>");
        if (close < 0) {
            fail(xmlMessage("Premature end of document."), m_xml.size());
            return false;
        }
        m_pos += close + 2;
    }
    return true;
}

XmlScanner::Token XmlScanner::next()
{
    if (hasError())
        return Token::End;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_open.pop_back();
        return Token::EndElement;
    }
    if (!m_started) {
        m_started = true;
        if (!skipProlog())
            return Token::End;
    }
    const qsizetype n = m_xml.size();
    while (m_pos < n) {
        if (m_xml[m_pos] != '<') {
            if (!m_open.empty())
                return text();
            while (m_pos < n && is(m_xml[m_pos], Space))
                ++m_pos;
            if (m_pos < n && m_xml[m_pos] != '<')
                return fail(xmlMessage(m_rootSeen ? "Extra content at end of document."
                                                  : "Start tag expected."),
                            m_pos);
            continue;
        }
        if (m_pos + 1 >= n)
            break;
        const char kind = m_xml[m_pos + 1];
        if (kind == '/')
            return endTag();
        if (kind == '?') { // a processing instruction (the part guard refuses them)
            const qsizetype close = m_xml.indexOf("?>", m_pos + 2);
            if (close < 0)
                break;
            m_pos = close + 2;
            continue;
        }
        if (kind == '!') {
            const Token token = markupDeclaration();
            if (token != Token::End || hasError())
                return token;
            continue; // a comment
        }
        return startTag();
    }
    if (!m_open.empty() || !m_rootSeen || m_pos < n)
        return fail(xmlMessage("Premature end of document."), n);
    return Token::End;
}

XmlScanner::Token XmlScanner::markupDeclaration()
{
    const QByteArrayView rest = m_xml.sliced(m_pos);
    if (rest.startsWith("<!--")) {
        const qsizetype close = m_xml.indexOf("--", m_pos + 4);
        if (close < 0)
            return fail(xmlMessage("Premature end of document."), m_xml.size());
        if (close + 2 >= m_xml.size() || m_xml[close + 2] != '>')
            return fail(xmlMessage("Expected %1, but got '%2'.")
                            .arg(QLatin1StringView(">"), QLatin1StringView("-")),
                        close + 2);
        m_pos = close + 3;
        return Token::End;
    }
    if (rest.startsWith("<![CDATA[")) {
        if (m_open.empty())
            return fail(xmlMessage("Start tag expected."), m_pos);
        const qsizetype close = m_xml.indexOf("]]>", m_pos + 9);
        if (close < 0)
            return fail(xmlMessage("Premature end of document."), m_xml.size());
        const qsizetype begin = m_pos + 9;
        bool plain = true;
        for (qsizetype i = begin; i < close; ++i) {
            const auto c = static_cast<unsigned char>(m_xml[i]);
            if (c >= 0x20 || c == '\t' || c == '\n')
                continue;
            if (c != '\r')
                return fail(xmlMessage("Invalid XML character."), i);
            plain = false;
        }
        m_text = m_xml.sliced(begin, close - begin);
        m_textIsCdata = true;
        m_textPlain = plain;
        m_pos = close + 3;
        return Token::Text;
    }
    return fail(xmlMessage("Unexpected '%1'.").arg(QLatin1StringView("<!")), m_pos);
}

XmlScanner::Token XmlScanner::text()
{
    const qsizetype begin = m_pos;
    qsizetype end = find('<', begin);
    if (end < 0)
        end = m_xml.size();
    const qsizetype checked = checkCharacters(begin, end);
    if (checked < 0)
        return Token::End;
    m_text = m_xml.sliced(begin, end - begin);
    m_textIsCdata = false;
    m_textPlain = (checked & 1) != 0;
    m_pos = end;
    return Token::Text;
}

XmlScanner::Token XmlScanner::startTag()
{
    const qsizetype n = m_xml.size();
    qsizetype p = 0;
    const QByteArrayView qualified = tagName(m_pos + 1, p);
    if (qualified.isEmpty())
        return Token::End;
    if (m_open.empty() && m_rootSeen)
        return fail(xmlMessage("Extra content at end of document."), m_pos);
    m_attributes.clear();
    bool selfClosing = false;
    for (;;) {
        const qsizetype spaceBegin = p;
        if (!skipSpace(p))
            return Token::End;
        if (m_xml[p] == '>') {
            ++p;
            break;
        }
        if (m_xml[p] == '/') {
            if (p + 1 >= n)
                return fail(xmlMessage("Premature end of document."), n);
            if (m_xml[p + 1] != '>')
                return unexpected(p + 1);
            p += 2;
            selfClosing = true;
            break;
        }
        const qsizetype attributeBegin = p;
        p = nameEnd(p);
        if (p == attributeBegin || spaceBegin == attributeBegin)
            return unexpected(attributeBegin);
        const QByteArrayView attributeName = m_xml.sliced(attributeBegin, p - attributeBegin);
        if (!skipSpace(p))
            return Token::End;
        if (m_xml[p] != '=')
            return unexpected(p);
        ++p;
        if (!skipSpace(p))
            return Token::End;
        const char quote = m_xml[p];
        if (quote != '"' && quote != '\'')
            return unexpected(p);
        const qsizetype valueBegin = p + 1;
        const qsizetype valueEnd = find(quote, valueBegin);
        if (valueEnd < 0)
            return fail(xmlMessage("Premature end of document."), n);
        const void *lessThan =
            std::memchr(m_xml.data() + valueBegin, '<', size_t(valueEnd - valueBegin));
        if (lessThan)
            return unexpected(static_cast<const char *>(lessThan) - m_xml.data());
        const qsizetype checked = checkCharacters(valueBegin, valueEnd);
        if (checked < 0)
            return Token::End;
        for (const Attribute &earlier : m_attributes) {
            if (earlier.qualifiedName == attributeName)
                return fail(
                    xmlMessage("Attribute '%1' redefined.").arg(QString::fromUtf8(attributeName)),
                    attributeBegin);
        }
        const QByteArrayView value = m_xml.sliced(valueBegin, valueEnd - valueBegin);
        const bool plain = checked == 1; // no entity, no white space to normalise
        m_attributes.push_back({attributeName, localPart(attributeName), value, plain});
        p = valueEnd + 1;
    }
    m_open.push_back(qualified);
    m_rootSeen = true;
    m_localName = localPart(qualified);
    m_pendingEnd = selfClosing;
    m_pos = p;
    return Token::StartElement;
}

XmlScanner::Token XmlScanner::endTag()
{
    qsizetype p = 0;
    const QByteArrayView qualified = tagName(m_pos + 2, p);
    if (qualified.isEmpty() || !skipSpace(p))
        return Token::End;
    if (m_xml[p] != '>')
        return unexpected(p);
    if (m_open.empty() || m_open.back() != qualified)
        return fail(xmlMessage("Opening and ending tag mismatch."), m_pos);
    m_open.pop_back();
    m_localName = localPart(qualified);
    m_pos = p + 1;
    return Token::EndElement;
}

QByteArrayView XmlScanner::attribute(QByteArrayView localName)
{
    for (const Attribute &a : m_attributes) {
        if (a.name != localName)
            continue;
        if (a.plain)
            return a.rawValue;
        m_attributeValue.clear();
        decodeInto(m_attributeValue, a.rawValue, Mode::Attribute, a.rawValue.size());
        return m_attributeValue;
    }
    return {};
}

void XmlScanner::appendText(QByteArray &out, qsizetype maxBytes) const
{
    if (out.size() >= maxBytes)
        return;
    if (m_textPlain) {
        out.append(m_text.first(std::min(m_text.size(), maxBytes - out.size())));
        return;
    }
    decodeInto(out, m_text, m_textIsCdata ? Mode::Cdata : Mode::Text, maxBytes);
}

// Entities and character references become their characters (not in CDATA), line ends become
// "\n", and in attribute values every white space character a space, as XML prescribes.
void XmlScanner::decodeInto(QByteArray &out, QByteArrayView raw, Mode mode, qsizetype maxBytes)
{
    for (qsizetype i = 0; i < raw.size() && out.size() < maxBytes; ++i) {
        const char c = raw[i];
        if (c == '&' && mode != Mode::Cdata) {
            const qsizetype semicolon = raw.indexOf(';', i);
            appendUtf8(out, referencedCharacter(raw.sliced(i + 1, semicolon - i - 1)));
            i = semicolon;
        } else if (c == '\r') {
            out.append(mode == Mode::Attribute ? ' ' : '\n');
            if (i + 1 < raw.size() && raw[i + 1] == '\n')
                ++i;
        } else if (mode == Mode::Attribute && (c == '\t' || c == '\n')) {
            out.append(' ');
        } else {
            out.append(c);
        }
    }
    if (out.size() > maxBytes)
        out.truncate(maxBytes);
}

} // namespace importing
