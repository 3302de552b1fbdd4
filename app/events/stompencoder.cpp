#include "stompencoder.h"

namespace events {

namespace {

bool hasLineBreak(QByteArrayView bytes)
{
    return bytes.contains('\n') || bytes.contains('\r');
}

} // namespace

QByteArray StompEncoder::escape(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (const char c : raw) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\n':
            out += "\\n";
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

QByteArray StompEncoder::encode(const StompFrame &frame, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    if (!StompFrame::isKnownCommand(frame.command()))
        return fail(tr("'%1' is not a STOMP 1.2 command.").arg(QString::fromUtf8(frame.command())));

    const bool escaped = StompFrame::escapesHeaders(frame.command());
    QByteArray out;
    out.reserve(frame.command().size() + frame.body().size() + 64);
    out += frame.command();
    out += '\n';
    for (const StompFrame::Header &h : frame.headers()) {
        if (h.first == "content-length")
            continue; // written below from the body's real size
        if (h.first.isEmpty())
            return fail(tr("A STOMP header name cannot be empty."));
        if (escaped) {
            out += escape(h.first);
            out += ':';
            out += escape(h.second);
        } else {
            if (hasLineBreak(h.first) || hasLineBreak(h.second) || h.first.contains(':')) {
                return fail(tr("The header '%1' of a %2 frame holds a line break (or a colon "
                               "in its name), which %2 frames cannot carry.")
                                .arg(QString::fromUtf8(h.first).simplified(),
                                     QString::fromUtf8(frame.command())));
            }
            out += h.first;
            out += ':';
            out += h.second;
        }
        out += '\n';
    }
    // Always announce a body's length so a NUL inside it cannot end the frame early.
    if (!frame.body().isEmpty()) {
        out += "content-length:";
        out += QByteArray::number(frame.body().size());
        out += '\n';
    }
    out += '\n';
    out += frame.body();
    out += '\0';
    return out;
}

} // namespace events
