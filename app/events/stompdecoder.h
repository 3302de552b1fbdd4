#pragma once

#include "stompframe.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace events {

// A streaming STOMP 1.2 decoder: feed it bytes exactly as they arrive (a frame may be split at
// any byte across WebSocket messages, one message may carry several frames) and it hands back
// every complete frame plus the number of heart-beats (EOLs between frames) seen.
//
// Any protocol violation is fatal, as STOMP 1.2 asks: the decoder reports one error naming the
// cause and accepts nothing more until reset(). It never buffers more than one frame, and never
// more than Limits::maxFrameBytes of it.
class StompDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(StompDecoder)

public:
    struct Limits
    {
        qsizetype maxFrameBytes = 1024 * 1024; // command line through the NUL terminator
        int maxHeaders = 64;                   // header lines in one frame
        qsizetype maxLineBytes = 8 * 1024;     // one header line, as sent (escaped)
    };

    enum class Error
    {
        None,
        MissingCommand,    // a NUL where a command should start
        UnknownCommand,    // the first line is not one of the STOMP 1.2 commands
        BadLineEnding,     // a CR not followed by LF between frames
        MalformedHeader,   // a header line without ':' or with an empty name
        BadEscape,         // an undefined escape such as \t, or a lone trailing backslash
        BadContentLength,  // content-length is not a plain decimal number
        MissingTerminator, // the byte after a content-length body is not NUL
        FrameTooLarge,     // Limits::maxFrameBytes exceeded (or announced by content-length)
        TooManyHeaders,    // Limits::maxHeaders exceeded
        HeaderTooLong,     // Limits::maxLineBytes exceeded
    };

    struct Result
    {
        QList<StompFrame> frames; // complete frames, in order
        int heartBeats = 0;       // EOLs received between frames
        bool ok = true;           // false once the stream is broken (see error())
    };

    StompDecoder();
    explicit StompDecoder(Limits limits);

    Result feed(QByteArrayView bytes);
    void reset();

    Limits limits() const { return m_limits; }
    Error error() const { return m_error; }
    bool hasError() const { return m_error != Error::None; }
    // A sentence naming the cause (and the limit, for a limit), for logs and for the admin.
    QString errorString() const { return m_errorString; }
    // Bytes held for a frame not yet complete (never more than maxFrameBytes).
    qsizetype bufferedBytes() const { return m_buffer.size(); }

    // STOMP 1.2 header unescaping; nullopt for an undefined escape sequence.
    static std::optional<QByteArray> unescape(QByteArrayView escaped);

private:
    enum class State
    {
        BetweenFrames,
        Command,
        Headers,
        Body
    };

    bool step(Result &result);
    bool stepBetweenFrames(Result &result);
    bool stepLine();
    bool stepBody(Result &result);
    bool acceptCommand(QByteArrayView line);
    bool acceptHeader(QByteArrayView line);
    bool startBody();
    bool failTooLarge();
    void finishFrame(Result &result, qsizetype end);
    bool fail(Error error, const QString &why);
    void compact();

    Limits m_limits;
    QByteArray m_buffer;
    State m_state = State::BetweenFrames;
    qsizetype m_pos = 0;        // start of the current line (or of the body)
    qsizetype m_scan = 0;       // where the search for LF/NUL resumes
    qsizetype m_frameStart = 0; // first byte of the frame being read
    qsizetype m_bodyLength = -1;
    int m_headerCount = 0;
    bool m_escaped = true;
    StompFrame m_frame;
    Error m_error = Error::None;
    QString m_errorString;
};

} // namespace events
