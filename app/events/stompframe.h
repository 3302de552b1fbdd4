#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>

#include <utility>

namespace events {

// One STOMP 1.2 frame as a value: a command, its headers in wire order and a body.
// Header names and values hold the *unescaped* bytes (UTF-8 on the wire). Repeated headers are
// kept in order because the spec gives them meaning (history); header() returns the first one,
// which is the one the spec says to use.
class StompFrame final
{
public:
    using Header = std::pair<QByteArray, QByteArray>;

    StompFrame() = default;
    explicit StompFrame(QByteArray command, QList<Header> headers = {}, QByteArray body = {})
        : m_command(std::move(command))
        , m_headers(std::move(headers))
        , m_body(std::move(body))
    {
    }

    QByteArray command() const { return m_command; }
    void setCommand(const QByteArray &command) { m_command = command; }

    const QList<Header> &headers() const { return m_headers; }
    // The first header called `name` (the one STOMP 1.2 says wins), or `defaultValue`.
    QByteArray header(QByteArrayView name, const QByteArray &defaultValue = {}) const;
    bool hasHeader(QByteArrayView name) const;
    // Appends, keeping any earlier header of the same name (which then still wins).
    void addHeader(const QByteArray &name, const QByteArray &value);
    // Replaces every header called `name` by one with `value`, at the first one's place.
    void setHeader(const QByteArray &name, const QByteArray &value);
    void removeHeader(QByteArrayView name);

    QByteArray body() const { return m_body; }
    void setBody(const QByteArray &body) { m_body = body; }

    // The fifteen commands of STOMP 1.2 (case-sensitive).
    static bool isKnownCommand(QByteArrayView command);
    // CONNECT and CONNECTED carry raw header values (STOMP 1.0 compatibility); all other frames
    // escape \\, CR, LF and ':' in header names and values.
    static bool escapesHeaders(QByteArrayView command);

    friend bool operator==(const StompFrame &, const StompFrame &) = default;

private:
    QByteArray m_command;
    QList<Header> m_headers;
    QByteArray m_body;
};

} // namespace events

Q_DECLARE_METATYPE(events::StompFrame)
