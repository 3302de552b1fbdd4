#include "stompframe.h"

#include <array>

namespace events {

bool StompFrame::isKnownCommand(QByteArrayView command)
{
    static constexpr std::array<QByteArrayView, 15> known{
        "CONNECT", "STOMP",  "CONNECTED", "SEND",       "SUBSCRIBE", "UNSUBSCRIBE", "ACK",  "NACK",
        "BEGIN",   "COMMIT", "ABORT",     "DISCONNECT", "MESSAGE",   "RECEIPT",     "ERROR"};
    for (QByteArrayView k : known) {
        if (k == command)
            return true;
    }
    return false;
}

bool StompFrame::escapesHeaders(QByteArrayView command)
{
    return command != "CONNECT" && command != "CONNECTED";
}

QByteArray StompFrame::header(QByteArrayView name, const QByteArray &defaultValue) const
{
    for (const Header &h : m_headers) {
        if (h.first == name)
            return h.second;
    }
    return defaultValue;
}

bool StompFrame::hasHeader(QByteArrayView name) const
{
    for (const Header &h : m_headers) {
        if (h.first == name)
            return true;
    }
    return false;
}

void StompFrame::addHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
}

void StompFrame::setHeader(const QByteArray &name, const QByteArray &value)
{
    bool replaced = false;
    for (qsizetype i = 0; i < m_headers.size();) {
        if (m_headers[i].first != name) {
            ++i;
        } else if (!replaced) {
            m_headers[i].second = value;
            replaced = true;
            ++i;
        } else {
            m_headers.removeAt(i);
        }
    }
    if (!replaced)
        m_headers.append({name, value});
}

void StompFrame::removeHeader(QByteArrayView name)
{
    m_headers.removeIf([name](const Header &h) { return h.first == name; });
}

} // namespace events
