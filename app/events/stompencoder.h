#pragma once

#include "stompframe.h"

#include <QCoreApplication>
#include <QString>

namespace events {

// Turns frames into STOMP 1.2 wire bytes: command, escaped headers (raw for CONNECT/CONNECTED,
// as the spec requires), a content-length for every body, the body and the NUL terminator.
class StompEncoder final
{
    Q_DECLARE_TR_FUNCTIONS(StompEncoder)

public:
    // The wire bytes of `frame`, or an empty array (with *error set) when the frame cannot be
    // written faithfully: an unknown command, an empty header name, or a CR/LF (or a ':' in a
    // name) in a header of CONNECT/CONNECTED, where STOMP 1.2 allows no escaping.
    // Any content-length header in `frame` is replaced by the body's real length.
    static QByteArray encode(const StompFrame &frame, QString *error = nullptr);

    // A heart-beat: one EOL between frames.
    static QByteArray heartBeat() { return QByteArrayLiteral("\n"); }

    // STOMP 1.2 header escaping: '\\' -> "\\\\", CR -> "\\r", LF -> "\\n", ':' -> "\\c".
    static QByteArray escape(QByteArrayView raw);
};

} // namespace events
