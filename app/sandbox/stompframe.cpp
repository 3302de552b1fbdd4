#include "stompframe.h"

namespace sandbox {

namespace {

// CONNECT and CONNECTED frames carry no escapes (STOMP 1.2 §"Value Encoding").
bool escapes(const QByteArray &command)
{
    return command != "CONNECT" && command != "CONNECTED" && command != "STOMP";
}

} // namespace

QByteArray StompFrame::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

bool StompFrame::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first == name)
            return true;
    }
    return false;
}

StompFrame &StompFrame::with(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

QByteArray StompFrame::encode() const
{
    const bool escaped = escapes(command);
    QByteArray out = command + '\n';
    for (const auto &[name, value] : headers) {
        if (name == "content-length")
            continue; // always recomputed below
        out += (escaped ? escape(name) : name) + ':' + (escaped ? escape(value) : value) + '\n';
    }
    if (!body.isEmpty())
        out += "content-length:" + QByteArray::number(body.size()) + '\n';
    out += '\n';
    out += body;
    out += '\0';
    out += '\n';
    return out;
}

QByteArray StompFrame::escape(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    for (char c : value) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case ':':
            out += "\\c";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::optional<QByteArray> StompFrame::unescape(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != '\\') {
            out += value.at(i);
            continue;
        }
        if (++i == value.size())
            return std::nullopt;
        switch (value.at(i)) {
        case '\\':
            out += '\\';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 'c':
            out += ':';
            break;
        default:
            return std::nullopt;
        }
    }
    return out;
}

std::optional<StompFrame> StompDecoder::next()
{
    if (!m_error.isEmpty())
        return std::nullopt;
    // Heart-beats: bare EOLs between frames.
    qsizetype start = 0;
    while (start < m_buffer.size() && (m_buffer.at(start) == '\n' || m_buffer.at(start) == '\r'))
        ++start;
    m_buffer.remove(0, start);
    if (m_buffer.isEmpty())
        return std::nullopt;

    const qsizetype headerEnd = [this]() -> qsizetype {
        const qsizetype lf = m_buffer.indexOf("\n\n");
        const qsizetype crlf = m_buffer.indexOf("\r\n\r\n");
        if (lf < 0)
            return crlf;
        return crlf < 0 ? lf : qMin(lf, crlf);
    }();
    if (headerEnd < 0) {
        if (m_buffer.size() > maxFrameSize)
            m_error = QStringLiteral("frame headers longer than %1 bytes").arg(maxFrameSize);
        return std::nullopt;
    }
    const qsizetype bodyStart = m_buffer.at(headerEnd) == '\r' ? headerEnd + 4 : headerEnd + 2;
    QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    StompFrame frame;
    frame.command = lines.takeFirst();
    const bool escaped = escapes(frame.command);
    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            m_error = QStringLiteral("malformed header line: %1").arg(QString::fromUtf8(line));
            return std::nullopt;
        }
        const auto name = escaped ? StompFrame::unescape(line.left(colon)) : line.left(colon);
        const auto value =
            escaped ? StompFrame::unescape(line.mid(colon + 1)) : line.mid(colon + 1);
        if (!name || !value) {
            m_error =
                QStringLiteral("undefined escape sequence in: %1").arg(QString::fromUtf8(line));
            return std::nullopt;
        }
        frame.headers.append({*name, *value});
    }

    qsizetype bodyEnd = -1;
    if (frame.hasHeader("content-length")) {
        bool ok = false;
        const qsizetype length = frame.header("content-length").toLongLong(&ok);
        if (!ok || length < 0 || length > maxFrameSize) {
            m_error = QStringLiteral("bad content-length");
            return std::nullopt;
        }
        if (m_buffer.size() < bodyStart + length + 1)
            return std::nullopt;
        bodyEnd = bodyStart + length;
        if (m_buffer.at(bodyEnd) != '\0') {
            m_error = QStringLiteral("frame body longer than its content-length");
            return std::nullopt;
        }
    } else {
        bodyEnd = m_buffer.indexOf('\0', bodyStart);
        if (bodyEnd < 0) {
            if (m_buffer.size() > maxFrameSize)
                m_error = QStringLiteral("frame longer than %1 bytes").arg(maxFrameSize);
            return std::nullopt;
        }
    }
    frame.body = m_buffer.mid(bodyStart, bodyEnd - bodyStart);
    m_buffer.remove(0, bodyEnd + 1);
    return frame;
}

} // namespace sandbox
