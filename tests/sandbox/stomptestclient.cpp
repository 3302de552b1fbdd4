#include "stomptestclient.h"

#include <QSignalSpy>
#include <QTest>

StompTestClient::StompTestClient()
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        if (text == QLatin1String("\n"))
            ++m_heartBeats;
        else
            m_buffer += text.toUtf8();
    });
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError error) { m_errors.append(error); });
}

bool StompTestClient::open(const QUrl &url, const QByteArray &token)
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(request);
    return connected.wait(5000) || isConnected();
}

void StompTestClient::sendFrame(const QByteArray &command, const QList<QByteArray> &headerLines,
                                const QByteArray &body)
{
    QByteArray text = command + '\n';
    for (const QByteArray &line : headerLines)
        text += line + '\n';
    text += '\n' + body + '\0';
    sendText(text);
}

StompTestClient::Frame StompTestClient::connectStomp(const QByteArray &heartBeat)
{
    sendFrame("CONNECT", {"accept-version:1.2", "host:sandbox", "heart-beat:" + heartBeat});
    Frame frame = nextFrame();
    return frame.command == "CONNECTED" ? frame : Frame{};
}

bool StompTestClient::subscribe(const QByteArray &id, const QByteArray &destination)
{
    sendFrame("SUBSCRIBE", {"id:" + id, "destination:" + destination, "receipt:r-" + id});
    const Frame frame = nextFrame();
    return frame.command == "RECEIPT" && frame.headers.value("receipt-id") == "r-" + id;
}

std::optional<StompTestClient::Frame> StompTestClient::takeFrame()
{
    while (m_buffer.startsWith('\n'))
        m_buffer.remove(0, 1);
    const qsizetype nul = m_buffer.indexOf('\0');
    if (nul < 0)
        return std::nullopt;
    qsizetype end = nul + 1;
    while (end < m_buffer.size() && m_buffer.at(end) == '\n')
        ++end;
    Frame frame;
    frame.raw = m_buffer.left(end);
    const QByteArray text = m_buffer.left(nul);
    m_buffer.remove(0, end);
    const qsizetype blank = text.indexOf("\n\n");
    const QList<QByteArray> lines = text.left(blank).split('\n');
    frame.command = lines.value(0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        const QByteArray name = lines.at(i).left(colon);
        if (!frame.headers.contains(name))
            frame.headers.insert(name, lines.at(i).mid(colon + 1));
    }
    frame.body = blank < 0 ? QByteArray() : text.mid(blank + 2);
    return frame;
}

StompTestClient::Frame StompTestClient::nextFrame(int timeoutMs)
{
    std::optional<Frame> frame;
    (void)QTest::qWaitFor([&] { return (frame = takeFrame()).has_value(); }, timeoutMs);
    return frame.value_or(Frame());
}

bool StompTestClient::waitForDisconnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                           timeoutMs);
}
