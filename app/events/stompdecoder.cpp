#include "stompdecoder.h"

#include <limits>

namespace events {

namespace {

// The longest STOMP 1.2 command ("UNSUBSCRIBE") plus an optional CR: a first line longer than
// this can be rejected before its LF arrives, so garbage is never buffered.
constexpr qsizetype MaxCommandLine = 12;

// A short, printable rendering of received bytes for an error message.
QString printable(QByteArrayView bytes)
{
    constexpr qsizetype MaxShown = 40;
    QString out;
    for (qsizetype i = 0; i < bytes.size() && i < MaxShown; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c >= 0x20 && c < 0x7f)
            out += QLatin1Char(char(c));
        else
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    }
    if (bytes.size() > MaxShown)
        out += QStringLiteral("…");
    return out;
}

QByteArrayView withoutTrailingCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

} // namespace

StompDecoder::StompDecoder()
    : StompDecoder(Limits())
{
}

StompDecoder::StompDecoder(Limits limits)
    : m_limits(limits)
{
}

std::optional<QByteArray> StompDecoder::unescape(QByteArrayView escaped)
{
    QByteArray out;
    out.reserve(escaped.size());
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const char c = escaped[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i == escaped.size())
            return std::nullopt;
        switch (escaped[i]) {
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
            return std::nullopt; // STOMP 1.2: undefined escapes are a fatal protocol error
        }
    }
    return out;
}

void StompDecoder::reset()
{
    m_buffer.clear();
    m_state = State::BetweenFrames;
    m_pos = m_scan = m_frameStart = 0;
    m_bodyLength = -1;
    m_headerCount = 0;
    m_frame = StompFrame();
    m_error = Error::None;
    m_errorString.clear();
}

StompDecoder::Result StompDecoder::feed(QByteArrayView bytes)
{
    Result result;
    if (hasError()) {
        result.ok = false;
        return result;
    }
    m_buffer.append(bytes);
    while (!hasError() && step(result)) {
    }
    if (hasError()) {
        m_buffer.clear();
        m_frame = StompFrame();
        result.ok = false;
    } else {
        compact();
    }
    return result;
}

bool StompDecoder::step(Result &result)
{
    switch (m_state) {
    case State::BetweenFrames:
        return stepBetweenFrames(result);
    case State::Command:
    case State::Headers:
        return stepLine();
    case State::Body:
        return stepBody(result);
    }
    return false;
}

bool StompDecoder::stepBetweenFrames(Result &result)
{
    if (m_pos >= m_buffer.size())
        return false;
    const char c = m_buffer.at(m_pos);
    if (c == '\n') {
        ++result.heartBeats;
        ++m_pos;
        return true;
    }
    if (c == '\r') {
        if (m_pos + 1 >= m_buffer.size())
            return false; // wait for the LF
        if (m_buffer.at(m_pos + 1) != '\n')
            return fail(Error::BadLineEnding,
                        tr("A STOMP stream holds a carriage return that is not followed by a "
                           "line feed between frames."));
        ++result.heartBeats;
        m_pos += 2;
        return true;
    }
    if (c == '\0')
        return fail(Error::MissingCommand, tr("A STOMP frame has no command."));
    m_frameStart = m_scan = m_pos;
    m_headerCount = 0;
    m_bodyLength = -1;
    m_frame = StompFrame();
    m_state = State::Command;
    return true;
}

// A line may break two limits: its own length and the frame's size. Each is broken once the line
// reaches a certain byte; the one reached first is reported, so a stream gives the same error
// however it is split into messages.
bool StompDecoder::stepLine()
{
    const qsizetype lf = m_buffer.indexOf('\n', m_scan);
    const qsizetype lineEnd = lf < 0 ? m_buffer.size() : lf; // the LF or what is buffered
    const QByteArrayView raw = QByteArrayView(m_buffer).sliced(m_pos, lineEnd - m_pos);
    const qsizetype lineLimit = m_state == State::Command ? MaxCommandLine : m_limits.maxLineBytes;
    const qsizetype lineBrokenAt = m_pos + lineLimit + 1;
    const qsizetype frameBrokenAt = m_frameStart + m_limits.maxFrameBytes;
    if (lineEnd >= lineBrokenAt && lineBrokenAt <= frameBrokenAt) {
        if (m_state == State::Command) {
            return fail(Error::UnknownCommand,
                        tr("A STOMP frame starts with '%1', which is not a STOMP 1.2 command.")
                            .arg(printable(raw)));
        }
        return fail(Error::HeaderTooLong,
                    tr("A STOMP header line is longer than the limit of %1 bytes.")
                        .arg(m_limits.maxLineBytes));
    }
    if (lineEnd >= frameBrokenAt)
        return failTooLarge();
    if (lf < 0) {
        m_scan = m_buffer.size();
        return false; // wait for the rest of the line
    }
    const QByteArrayView line = withoutTrailingCr(raw);
    m_pos = m_scan = lf + 1;
    if (m_state == State::Command)
        return acceptCommand(line);
    if (line.isEmpty())
        return startBody();
    return acceptHeader(line);
}

bool StompDecoder::acceptCommand(QByteArrayView line)
{
    if (!StompFrame::isKnownCommand(line)) {
        return fail(Error::UnknownCommand,
                    tr("A STOMP frame starts with '%1', which is not a STOMP 1.2 command.")
                        .arg(printable(line)));
    }
    m_frame.setCommand(line.toByteArray());
    m_escaped = StompFrame::escapesHeaders(line);
    m_state = State::Headers;
    return true;
}

bool StompDecoder::acceptHeader(QByteArrayView line)
{
    if (++m_headerCount > m_limits.maxHeaders) {
        return fail(
            Error::TooManyHeaders,
            tr("A STOMP frame has more than the limit of %1 headers.").arg(m_limits.maxHeaders));
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        return fail(
            Error::MalformedHeader,
            tr("A STOMP header line '%1' has no name followed by ':'.").arg(printable(line)));
    }
    const QByteArrayView name = line.first(colon);
    const QByteArrayView value = line.sliced(colon + 1);
    if (!m_escaped) {
        m_frame.addHeader(name.toByteArray(), value.toByteArray());
        return true;
    }
    std::optional<QByteArray> n = unescape(name);
    std::optional<QByteArray> v = unescape(value);
    if (!n || !v) {
        return fail(Error::BadEscape,
                    tr("A STOMP header line '%1' holds an undefined escape sequence.")
                        .arg(printable(line)));
    }
    m_frame.addHeader(*n, *v);
    return true;
}

bool StompDecoder::startBody()
{
    m_state = State::Body;
    m_bodyLength = -1;
    if (!m_frame.hasHeader("content-length"))
        return true; // the body runs to the first NUL

    // The first content-length wins, as for every repeated header.
    const QByteArray text = m_frame.header("content-length");
    bool digitsOnly = !text.isEmpty() && text.size() <= 18;
    for (const char c : text)
        digitsOnly = digitsOnly && c >= '0' && c <= '9';
    if (!digitsOnly) {
        return fail(Error::BadContentLength,
                    tr("A STOMP frame announces content-length '%1', which is not a byte count.")
                        .arg(printable(text)));
    }
    const qsizetype length = text.toLongLong();
    const qsizetype headerBytes = m_pos - m_frameStart;
    if (length > m_limits.maxFrameBytes - headerBytes - 1) {
        return fail(Error::FrameTooLarge,
                    tr("A STOMP frame of %1 bytes exceeds the limit of %2 bytes.")
                        .arg(headerBytes + length + 1)
                        .arg(m_limits.maxFrameBytes));
    }
    m_bodyLength = length;
    return true;
}

bool StompDecoder::stepBody(Result &result)
{
    if (m_bodyLength >= 0) {
        const qsizetype terminator = m_pos + m_bodyLength;
        if (terminator >= m_buffer.size())
            return false; // wait for the rest of the body (its size was checked already)
        if (m_buffer.at(terminator) != '\0') {
            return fail(Error::MissingTerminator,
                        tr("A STOMP %1 frame's body of content-length %2 is not followed by NUL.")
                            .arg(QString::fromUtf8(m_frame.command()))
                            .arg(m_bodyLength));
        }
        m_frame.setBody(m_buffer.mid(m_pos, m_bodyLength));
        finishFrame(result, terminator + 1);
        return true;
    }
    const qsizetype nul = m_buffer.indexOf('\0', m_scan);
    // Without its NUL yet, the frame is longer than what is buffered.
    const qsizetype end = nul < 0 ? m_buffer.size() : nul;
    if (end - m_frameStart >= m_limits.maxFrameBytes)
        return failTooLarge();
    if (nul < 0) {
        m_scan = m_buffer.size();
        return false; // wait for the NUL
    }
    m_frame.setBody(m_buffer.mid(m_pos, nul - m_pos));
    finishFrame(result, nul + 1);
    return true;
}

void StompDecoder::finishFrame(Result &result, qsizetype end)
{
    result.frames.append(std::move(m_frame));
    m_frame = StompFrame();
    m_state = State::BetweenFrames;
    m_pos = m_scan = end;
}

bool StompDecoder::failTooLarge()
{
    return fail(Error::FrameTooLarge,
                tr("A STOMP frame exceeds the limit of %1 bytes.").arg(m_limits.maxFrameBytes));
}

bool StompDecoder::fail(Error error, const QString &why)
{
    m_error = error;
    m_errorString = why;
    return false;
}

void StompDecoder::compact()
{
    const qsizetype drop = m_state == State::BetweenFrames ? m_pos : m_frameStart;
    if (drop <= 0)
        return;
    m_buffer.remove(0, drop);
    m_pos -= drop;
    m_scan = qMax<qsizetype>(0, m_scan - drop);
    m_frameStart = qMax<qsizetype>(0, m_frameStart - drop);
}

} // namespace events
