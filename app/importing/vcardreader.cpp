#include "importing/vcardreader.h"

#include "importing/readerrors.h"
#include "importing/textdecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <optional>

namespace importing {
namespace {

struct Property
{
    QString name;      // upper case, group removed ("item1.TEL" -> "TEL")
    QStringList types; // lower case: TYPE=… values and 2.1's bare parameters
    bool quotedPrintable = false;
    QString charset; // CHARSET=…, upper case
    QString value;   // raw, still escaped / encoded
};

// "TEL;TYPE=CELL,voice;PREF" / "TEL;type=\"cell\"" / "TEL;CELL;ENCODING=QUOTED-PRINTABLE".
Property parseProperty(QStringView line, qsizetype colon)
{
    Property p;
    QStringView head = line.first(colon);
    p.value = line.sliced(colon + 1).toString();
    QList<QStringView> parts;
    qsizetype start = 0;
    bool quoted = false;
    for (qsizetype i = 0; i <= head.size(); ++i) {
        if (i < head.size() && head[i] == u'"')
            quoted = !quoted;
        if (i == head.size() || (head[i] == u';' && !quoted)) {
            parts.append(head.sliced(start, i - start));
            start = i + 1;
        }
    }
    QStringView name = parts.isEmpty() ? QStringView() : parts.first();
    if (const qsizetype dot = name.lastIndexOf(u'.'); dot >= 0)
        name = name.sliced(dot + 1);
    p.name = name.toString().toUpper();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QStringView part = parts[i].trimmed();
        const qsizetype eq = part.indexOf(u'=');
        const QString key =
            (eq < 0 ? QStringView() : part.first(eq)).trimmed().toString().toUpper();
        QString val = (eq < 0 ? part : part.sliced(eq + 1)).toString();
        val.remove(u'"');
        if (eq < 0 || key == u"TYPE") {
            for (const QString &t : val.split(u',', Qt::SkipEmptyParts))
                p.types.append(t.trimmed().toLower());
        } else if (key == u"ENCODING") {
            p.quotedPrintable = val.compare(u"QUOTED-PRINTABLE", Qt::CaseInsensitive) == 0;
        } else if (key == u"CHARSET") {
            p.charset = val.toUpper();
        }
        if (eq < 0 && val.compare(u"QUOTED-PRINTABLE", Qt::CaseInsensitive) == 0)
            p.quotedPrintable = true;
    }
    return p;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    return -1;
}

QByteArray decodeQuotedPrintable(QStringView text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'=' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 &&
            hexValue(text[i + 2]) >= 0) {
            bytes.append(char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2])));
            i += 2;
        } else if (text[i].unicode() < 0x80) {
            bytes.append(char(text[i].unicode()));
        } else {
            bytes.append(text.sliced(i, 1).toUtf8()); // not QP-clean, keep it
        }
    }
    return bytes;
}

// FN, N and TEL are the properties a row needs; everything else is skipped unread.
bool isWantedProperty(QStringView line)
{
    qsizetype end = 0;
    while (end < line.size() && line[end] != u';' && line[end] != u':')
        ++end;
    QStringView name = line.first(end).trimmed();
    if (const qsizetype dot = name.lastIndexOf(u'.'); dot >= 0)
        name = name.sliced(dot + 1);
    return name.compare(u"FN", Qt::CaseInsensitive) == 0 ||
           name.compare(u"N", Qt::CaseInsensitive) == 0 ||
           name.compare(u"TEL", Qt::CaseInsensitive) == 0;
}

QString decodeBytes(const QByteArray &bytes, const QString &charset)
{
    if (charset == u"ISO-8859-1" || charset == u"LATIN1" || charset == u"WINDOWS-1252" ||
        charset == u"CP1252")
        return decodeWindows1252(bytes);
    if (charset.isEmpty() || charset == u"UTF-8") {
        QStringDecoder utf8(QStringConverter::Utf8);
        QString text = utf8.decode(bytes);
        if (!utf8.hasError())
            return text;
        return decodeWindows1252(bytes); // an old phone that did not say
    }
    if (std::optional<QStringConverter::Encoding> encoding =
            QStringConverter::encodingForName(charset.toLatin1().constData())) {
        QStringDecoder decoder(*encoding);
        return decoder.decode(bytes);
    }
    return decodeWindows1252(bytes);
}

// Backslash escapes of vCard 3.0/4.0 (2.1 has none, but its values never contain them).
QString unescape(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\' && i + 1 < value.size()) {
            const QChar next = value[++i];
            out.append(next == u'n' || next == u'N' ? QChar(u' ') : next);
        } else {
            out.append(value[i]);
        }
    }
    return out;
}

QString propertyText(const Property &p)
{
    if (p.quotedPrintable)
        return decodeBytes(decodeQuotedPrintable(p.value), p.charset);
    return p.value;
}

// N:Family;Given;Middle;Prefix;Suffix -> "Prefix Given Middle Family Suffix" (non-empty parts).
QString nameFromN(const QString &value)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\' && i + 1 < value.size()) {
            current.append(value[i]);
            current.append(value[++i]);
        } else if (value[i] == u';') {
            parts.append(current);
            current.clear();
        } else {
            current.append(value[i]);
        }
    }
    parts.append(current);
    while (parts.size() < 5)
        parts.append(QString());
    QStringList ordered;
    for (const int index : {3, 1, 2, 0, 4}) {
        const QString part = unescape(parts[index]).simplified();
        if (!part.isEmpty())
            ordered.append(part);
    }
    return ordered.join(u' ');
}

int telRank(const Property &p)
{
    const bool mobile = p.types.contains(QLatin1String("cell")) ||
                        p.types.contains(QLatin1String("mobile")) ||
                        p.types.contains(QLatin1String("iphone"));
    const bool preferred = p.types.contains(QLatin1String("pref"));
    return (mobile ? 2 : 0) + (preferred ? 1 : 0);
}

struct Card
{
    QString fn;
    QString n;
    QString tel;
    int telRank = -1;
    int startLine = 0;
};

} // namespace

std::optional<QString> decodeTextFile(const QByteArray &data)
{
    QString text;
    if (const std::optional<BomMatch> bom = detectBom(data)) {
        ChunkDecoder decoder(bom->encoding);
        text = decoder.decode(QByteArrayView(data).sliced(bom->length)) + decoder.finish();
    } else if (const std::optional<TextEncoding> utf16 = detectBomlessUtf16(data)) {
        ChunkDecoder decoder(*utf16);
        text = decoder.decode(data) + decoder.finish();
    } else {
        ChunkDecoder decoder(TextEncoding::Utf8);
        text = decoder.decode(data) + decoder.finish();
        if (decoder.hasError())
            text = decodeWindows1252(data);
    }
    if (text.contains(QChar(0)))
        return std::nullopt;
    return text;
}

VCardReader::VCardReader(const ReadLimits &limits)
    : m_limits(limits)
{
}

TableResult VCardReader::read(const QByteArray &data, const QString &file) const
{
    RowTable table;
    if (data.size() > m_limits.maxFileBytes) {
        return readerrors::tooLarge(file, m_limits.maxFileBytes);
    }
    const std::optional<QString> decoded = decodeTextFile(data);
    if (!decoded) {
        return readerrors::binary(file);
    }
    const QString &text = *decoded;

    // vCard 2.1 AGENT (and hand-made files) nest a whole card inside another: each card is
    // read as a row of its own, the inner one's lines never mixed into the outer one's.
    QList<Card> open;
    int line = 0;
    qsizetype pos = 0;
    QString logical;
    int cards = 0;

    // Next physical line (without its break), or false at the end.
    const auto nextLine = [&](QStringView *out) {
        if (pos >= text.size())
            return false;
        qsizetype end = pos;
        while (end < text.size() && text[end] != u'\r' && text[end] != u'\n')
            ++end;
        *out = QStringView(text).sliced(pos, end - pos);
        pos = end;
        if (pos < text.size() && text[pos] == u'\r')
            ++pos;
        if (pos < text.size() && text[pos] == u'\n')
            ++pos;
        ++line;
        return true;
    };
    const auto peekIsFolded = [&]() {
        return pos < text.size() && (text[pos] == u' ' || text[pos] == u'\t');
    };

    QStringView physical;
    while (nextLine(&physical)) {
        const int logicalStart = line;
        // Only FN, N and TEL lines of a card are kept whole: a folded PHOTO of megabytes is
        // skipped line by line, only its head is looked at.
        const bool keep = !open.isEmpty() && isWantedProperty(physical);
        const QStringView head = physical.first(std::min<qsizetype>(physical.size(), 256));
        const bool quotedPrintable = head.contains(u"QUOTED-PRINTABLE", Qt::CaseInsensitive);
        logical = keep ? physical.toString() : head.toString();
        QChar last = physical.isEmpty() ? QChar() : physical.back();
        bool tooLong = false;
        const auto extend = [&](QStringView more) {
            if (!keep)
                return;
            if (logical.size() + more.size() > m_limits.maxCellChars + 1024)
                tooLong = true;
            else
                logical.append(more);
        };
        QStringView next;
        for (;;) {
            if (peekIsFolded()) { // 3.0/4.0 folding: a line break plus one blank
                nextLine(&next);
                extend(next.sliced(1));
            } else if (quotedPrintable && last == u'=') { // QP soft line break
                if (!nextLine(&next))
                    break;
                if (keep && logical.endsWith(u'='))
                    logical.chop(1);
                extend(next.trimmed());
            } else {
                break;
            }
            last = next.isEmpty() ? QChar() : next.back();
        }
        if (tooLong) {
            return readerrors::cellTooLong(file, logicalStart, m_limits.maxCellChars);
        }

        const QStringView trimmed = QStringView(logical).trimmed();
        if (trimmed.compare(u"BEGIN:VCARD", Qt::CaseInsensitive) == 0) {
            if (open.size() >= m_limits.maxRows) {
                return readerrors::tooManyRows(file, m_limits.maxRows);
            }
            open.append(Card{});
            open.back().startLine = logicalStart;
            continue;
        }
        if (trimmed.compare(u"END:VCARD", Qt::CaseInsensitive) == 0) {
            if (!open.isEmpty()) {
                if (table.rows.size() >= m_limits.maxRows) {
                    return readerrors::tooManyRows(file, m_limits.maxRows);
                }
                ++cards;
                const Card done = open.takeLast();
                const QString name = done.fn.isEmpty() ? done.n : done.fn;
                table.append({name, done.tel}, cards);
            }
            continue;
        }
        if (open.isEmpty())
            continue;
        Card *card = &open.back();
        const qsizetype colon = [&] {
            bool quoted = false;
            for (qsizetype i = 0; i < trimmed.size(); ++i) {
                if (trimmed[i] == u'"')
                    quoted = !quoted;
                else if (trimmed[i] == u':' && !quoted)
                    return i;
            }
            return qsizetype(-1);
        }();
        if (colon <= 0)
            continue;
        const Property p = parseProperty(trimmed, colon);
        if (p.name == u"FN") {
            card->fn = unescape(propertyText(p)).simplified();
        } else if (p.name == u"N") {
            card->n = nameFromN(propertyText(p));
        } else if (p.name == u"TEL") {
            const int rank = telRank(p);
            const QString value = unescape(propertyText(p)).trimmed();
            if (rank > card->telRank && !value.isEmpty()) {
                card->tel = value;
                card->telRank = rank;
            }
        }
        if (card->fn.size() > m_limits.maxCellChars || card->tel.size() > m_limits.maxCellChars ||
            card->n.size() > m_limits.maxCellChars) {
            return readerrors::cellTooLong(file, logicalStart, m_limits.maxCellChars);
        }
    }
    if (!open.isEmpty()) {
        return ReadError{
            file, QCoreApplication::translate("PhoneListReader",
                                              "%1 ends inside the contact card that starts on "
                                              "line %2: the file is cut short.")
                      .arg(readerrors::displayName(file))
                      .arg(open.front().startLine)};
    }
    table.format = QStringLiteral("vcard");
    table.detail =
        QCoreApplication::translate("PhoneListReader", "%n contact card(s)", nullptr, cards);
    if (cards == 0)
        return readerrors::noRows(file);
    return table;
}

} // namespace importing
