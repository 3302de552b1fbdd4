#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace sandbox {

// A STOMP 1.2 frame as the sandbox's broker sends and receives it. The sandbox has its own small
// codec on purpose: it must not share the client's (app/events), so a codec bug on one side is
// caught by the other.
struct StompFrame
{
    QByteArray command;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The first value of a header (STOMP 1.2: repeated headers, the first one wins).
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    StompFrame &with(const QByteArray &name, const QByteArray &value);

    // COMMAND, escaped headers, blank line, body, NUL, then one EOL like real brokers send.
    // content-length is added whenever there is a body.
    QByteArray encode() const;

    static QByteArray escape(const QByteArray &value);
    // nullopt on an undefined escape sequence such as "\t".
    static std::optional<QByteArray> unescape(const QByteArray &value);
};

// Splits a byte stream into frames; skips heart-beat EOLs between frames.
class StompDecoder final
{
public:
    static constexpr qsizetype maxFrameSize = 64 * 1024;

    StompDecoder() = default;
    Q_DISABLE_COPY_MOVE(StompDecoder)

    void feed(const QByteArray &bytes) { m_buffer += bytes; }
    // The next complete frame, or nullopt when more bytes are needed or on error (see error()).
    std::optional<StompFrame> next();
    QString error() const { return m_error; }

private:
    QByteArray m_buffer;
    QString m_error;
};

} // namespace sandbox
