#include "stompclient.h"

#include "eventslogging.h"
#include "stompencoder.h"

#include "accessy/tlspolicy.h"

#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QWebSocket>

#include <cmath>

namespace events {

namespace {

// The heart-beat header "x,y" (two non-negative integers); nullopt when malformed.
std::optional<std::pair<int, int>> parseHeartBeat(const QByteArray &value)
{
    const QList<QByteArray> parts = value.split(',');
    if (parts.size() != 2)
        return std::nullopt;
    bool okX = false;
    bool okY = false;
    const qlonglong x = parts[0].trimmed().toLongLong(&okX);
    const qlonglong y = parts[1].trimmed().toLongLong(&okY);
    if (!okX || !okY || x < 0 || y < 0)
        return std::nullopt;
    constexpr qlonglong Max = 24LL * 3600 * 1000; // a day: beyond that, it is "never"
    return std::make_pair(int(qMin(x, Max)), int(qMin(y, Max)));
}

// STOMP 1.2 negotiation: zero on either side means none, else the larger of the two.
int agreedInterval(int ours, int theirs)
{
    return ours == 0 || theirs == 0 ? 0 : qMax(ours, theirs);
}

// ERROR frames that mean "your credentials are no good": retrying would only hammer the broker.
bool looksLikeAuthFailure(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(unauthori[sz]ed|not authori[sz]ed|authenticat\\w*|forbidden|"
                       "access (is )?denied|token|expired|401|403|credentials?|sign.?in|"
                       "log.?in)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

// The HTTP status of a failed WebSocket handshake, from Qt's error text (Qt 6.4 has no API).
int handshakeStatus(const QString &errorString)
{
    static const QRegularExpression pattern(QStringLiteral("status code: (\\d{3})"));
    const QRegularExpressionMatch m = pattern.match(errorString);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

bool isUsableToken(const QString &token)
{
    if (token.isEmpty())
        return false;
    for (const QChar c : token) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false; // never let a token break the handshake's header lines
    }
    return true;
}

QString shortText(QString text)
{
    text = text.simplified();
    return text.size() > 300 ? text.left(300) + QStringLiteral("…") : text;
}

} // namespace

StompClient::StompClient(QObject *parent)
    : QObject(parent)
{
    for (QTimer *t : {&m_reconnectTimer, &m_connectTimer, &m_silenceTimer, &m_disconnectTimer})
        t->setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &StompClient::openSocket);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::AwaitingSubscription) {
            // STOMP 1.2 says a RECEIPT MUST come; a broker that forgets it still delivers.
            qCWarning(lcEvents) << "no RECEIPT for SUBSCRIBE; assuming the subscription is active";
            goLive();
            return;
        }
        dropAndReconnect(tr("The event server did not complete the connection within %1 s.")
                             .arg(m_settings.connectTimeoutMs / 1000.0));
    });
    connect(&m_sendHeartBeatTimer, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->sendTextMessage(QString::fromLatin1(StompEncoder::heartBeat()));
    });
    connect(&m_silenceTimer, &QTimer::timeout, this, [this] {
        dropAndReconnect(tr("The event server has been silent for more than %1 s.")
                             .arg(m_silenceTimer.interval() / 1000.0));
    });
    connect(&m_disconnectTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcEvents) << "no RECEIPT for DISCONNECT in time; closing anyway";
        finishStop();
    });
}

StompClient::~StompClient()
{
    // No event loop to wait for a RECEIPT any more: say goodbye on a best-effort basis.
    if (m_socket && (m_phase == Phase::Live || m_phase == Phase::AwaitingSubscription)) {
        sendFrame(StompFrame("DISCONNECT"));
        m_socket->flush();
    }
    teardownSocket(true);
}

void StompClient::setSettings(const Settings &settings)
{
    m_settings = settings; // takes effect from the next connection attempt
}

void StompClient::setTokenProvider(TokenProvider provider)
{
    m_tokenProvider = std::move(provider);
}

int StompClient::backoffDelayMs(int attempt) const
{
    const double delay = m_settings.initialBackoffMs * std::pow(2.0, qMin(attempt, 30));
    return int(qMin<double>(delay, m_settings.maxBackoffMs));
}

void StompClient::start()
{
    const bool running =
        m_phase != Phase::Closing &&
        (m_state == State::Connecting || m_state == State::Live || m_state == State::Reconnecting);
    if (running && m_settings.url == m_activeUrl && m_settings.destination == m_activeDestination)
        return; // already on it
    // Started again while a stop() waits for its RECEIPT, or with another URL or destination:
    // leave the old connection at once and begin afresh.
    m_reconnectTimer.stop();
    teardownSocket(true);
    m_attempt = 0;
    setState(State::Connecting, tr("Connecting to the event server…"));
    openSocket();
}

void StompClient::stop()
{
    m_reconnectTimer.stop();
    m_connectTimer.stop();
    if (m_socket && (m_phase == Phase::Live || m_phase == Phase::AwaitingSubscription)) {
        m_disconnectReceipt = "disconnect-" + QByteArray::number(m_connectionSerial);
        StompFrame disconnect("DISCONNECT");
        disconnect.addHeader("receipt", m_disconnectReceipt);
        sendFrame(disconnect);
        m_phase = Phase::Closing;
        m_sendHeartBeatTimer.stop();
        m_disconnectTimer.start(m_settings.disconnectReceiptTimeoutMs);
        return;
    }
    if (m_phase == Phase::Closing)
        return; // already waiting for the receipt
    finishStop();
}

void StompClient::openSocket()
{
    teardownSocket(false);
    // Last line of defence: whoever set the URL, the token never goes to another machine in
    // clear, and nothing is attempted (no name look-up, no retry) for a refused address.
    if (const QString message =
            accessy::tls::transportProblem(m_settings.url, accessy::tls::Channel::Events);
        !message.isEmpty()) {
        setState(State::Offline, message);
        Q_EMIT errorOccurred(message);
        return;
    }
    const QString token = m_tokenProvider ? m_tokenProvider() : QString();
    if (!isUsableToken(token)) {
        refuseSignIn(token.isEmpty()
                         ? tr("Live status needs a session token: sign in first.")
                         : tr("The session token holds characters no token can hold; sign in "
                              "again."));
        return;
    }

    ++m_connectionSerial;
    m_activeUrl = m_settings.url;
    m_activeDestination = m_settings.destination;
    m_decoder = StompDecoder(m_settings.limits);
    m_outgoingMs = m_incomingMs = 0;
    m_phase = Phase::Opening;
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    // One WebSocket message may carry several frames; each frame is limited by the decoder.
    socket->setMaxAllowedIncomingMessageSize(quint64(m_settings.limits.maxFrameBytes) * 4);
    connect(socket, &QWebSocket::connected, this, &StompClient::onSocketConnected);
    connect(socket, &QWebSocket::disconnected, this, &StompClient::onSocketDisconnected);
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &StompClient::onSocketError);
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &text) { onBytes(text.toUtf8()); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, &StompClient::onBytes);

    QNetworkRequest request(m_settings.url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    qCInfo(lcEvents).noquote() << "connecting to" << m_settings.url.toDisplayString() << "attempt"
                               << m_attempt;
    m_connectTimer.start(m_settings.connectTimeoutMs);
    socket->open(request);
}

void StompClient::onSocketConnected()
{
    if (sender() != m_socket)
        return;
    StompFrame connectFrame("CONNECT");
    connectFrame.addHeader("accept-version", "1.2");
    connectFrame.addHeader("host", m_settings.url.host().toUtf8());
    connectFrame.addHeader("heart-beat",
                           QByteArray::number(qMax(0, m_settings.heartBeatSendMs)) + ',' +
                               QByteArray::number(qMax(0, m_settings.heartBeatReceiveMs)));
    m_phase = Phase::AwaitingConnected;
    sendFrame(connectFrame);
}

void StompClient::onSocketDisconnected()
{
    if (sender() != m_socket)
        return;
    if (m_phase == Phase::Closing) {
        finishStop();
        return;
    }
    if (m_phase == Phase::Opening) {
        socketFailed();
        return;
    }
    dropAndReconnect(
        tr("The event server closed the connection (code %1).").arg(int(m_socket->closeCode())));
}

void StompClient::onSocketError(QAbstractSocket::SocketError error)
{
    if (sender() != m_socket)
        return;
    qCInfo(lcEvents).noquote() << "socket error" << int(error) << m_socket->errorString();
    if (m_phase == Phase::Closing) {
        finishStop();
        return;
    }
    socketFailed();
}

// Qt may report a failed attempt as an error, a disconnection or both, in either order: the
// first one decides, and the socket is gone before the second arrives.
void StompClient::socketFailed()
{
    const QString text = m_socket->errorString();
    if (m_phase == Phase::Opening) {
        const int status = handshakeStatus(text);
        if (status == 401 || status == 403) {
            refuseSignIn(tr("The event server refused the sign-in (HTTP %1): the session "
                            "token has expired or is not valid. Live status is off until you "
                            "sign in again.")
                             .arg(status));
            return;
        }
        dropAndReconnect(status > 0 ? tr("The event server answered HTTP %1 instead of opening the "
                                         "event stream.")
                                          .arg(status)
                                    : tr("Could not connect to the event server: %1").arg(text));
        return;
    }
    dropAndReconnect(tr("The connection to the event server failed: %1").arg(text));
}

void StompClient::onBytes(const QByteArray &bytes)
{
    if (sender() != m_socket || m_phase == Phase::Idle)
        return;
    if (m_incomingMs > 0)
        m_silenceTimer.start(); // any byte proves the server alive
    const StompDecoder::Result result = m_decoder.feed(bytes);
    for (int i = 0; i < result.heartBeats; ++i)
        Q_EMIT heartBeatReceived();
    for (const StompFrame &frame : result.frames) {
        const quint64 serial = m_connectionSerial;
        handleFrame(frame);
        if (serial != m_connectionSerial || !m_socket || m_phase == Phase::Idle)
            return; // the frame ended this connection
    }
    if (!result.ok) {
        const QString message =
            tr("The event server sent a malformed STOMP frame: %1").arg(m_decoder.errorString());
        Q_EMIT errorOccurred(message);
        dropAndReconnect(message);
    }
}

void StompClient::handleFrame(const StompFrame &frame)
{
    const QByteArray command = frame.command();
    if (command == "CONNECTED") {
        handleConnected(frame);
    } else if (command == "MESSAGE") {
        const QByteArray subscription = frame.header("subscription");
        if (!subscription.isEmpty() && subscription != m_subscriptionId) {
            qCInfo(lcEvents) << "MESSAGE for an unknown subscription ignored";
            return;
        }
        if (m_phase == Phase::AwaitingSubscription)
            goLive(); // a message on the subscription proves it active
        if (m_phase == Phase::Live || m_phase == Phase::Closing)
            Q_EMIT messageReceived(frame);
    } else if (command == "RECEIPT") {
        handleReceipt(frame);
    } else if (command == "ERROR") {
        handleError(frame);
    } else {
        qCInfo(lcEvents) << "unexpected" << command << "frame ignored";
    }
}

void StompClient::handleConnected(const StompFrame &frame)
{
    if (m_phase != Phase::AwaitingConnected) {
        qCInfo(lcEvents) << "unexpected CONNECTED ignored";
        return;
    }
    const QByteArray version = frame.header("version", "1.0");
    if (version != "1.2") {
        const QString message =
            tr("The event server speaks STOMP %1; this program needs STOMP 1.2.")
                .arg(QString::fromUtf8(version).left(20));
        Q_EMIT errorOccurred(message);
        dropAndReconnect(message);
        return;
    }
    int serverSends = 0;
    int serverWants = 0;
    if (frame.hasHeader("heart-beat")) {
        if (const auto hb = parseHeartBeat(frame.header("heart-beat"))) {
            serverSends = hb->first;
            serverWants = hb->second;
        } else {
            qCWarning(lcEvents) << "malformed heart-beat header in CONNECTED; no heart-beats";
        }
    }
    m_outgoingMs = agreedInterval(qMax(0, m_settings.heartBeatSendMs), serverWants);
    m_incomingMs = agreedInterval(qMax(0, m_settings.heartBeatReceiveMs), serverSends);
    qCInfo(lcEvents) << "CONNECTED; heart-beats out" << m_outgoingMs << "ms, in" << m_incomingMs
                     << "ms";
    if (m_outgoingMs > 0) {
        // A little early, so timer slack never makes us late at the server.
        m_sendHeartBeatTimer.start(qMax(1, m_outgoingMs - qMin(m_outgoingMs / 10, 1000)));
    }
    if (m_incomingMs > 0) {
        m_silenceTimer.setInterval(2 * m_incomingMs + m_settings.silenceMarginMs);
        m_silenceTimer.start();
    }

    if (m_settings.destination.isEmpty()) {
        goLive();
        return;
    }
    m_subscriptionId = "sub-" + QByteArray::number(m_connectionSerial);
    m_subscribeReceipt = "subscribe-" + QByteArray::number(m_connectionSerial);
    StompFrame subscribe("SUBSCRIBE");
    subscribe.addHeader("id", m_subscriptionId);
    subscribe.addHeader("destination", m_settings.destination.toUtf8());
    subscribe.addHeader("ack", "auto");
    subscribe.addHeader("receipt", m_subscribeReceipt);
    m_phase = Phase::AwaitingSubscription;
    sendFrame(subscribe);
}

void StompClient::handleReceipt(const StompFrame &frame)
{
    const QByteArray id = frame.header("receipt-id");
    if (m_phase == Phase::AwaitingSubscription && id == m_subscribeReceipt)
        goLive();
    else if (m_phase == Phase::Closing && id == m_disconnectReceipt)
        finishStop(true);
}

void StompClient::handleError(const StompFrame &frame)
{
    const QString headline = QString::fromUtf8(frame.header("message")).simplified();
    const QString body = frame.header("content-type", "text/plain").startsWith("text/")
                             ? shortText(QString::fromUtf8(frame.body()))
                             : QString();
    const QString what = headline.isEmpty() ? body : headline;
    qCWarning(lcEvents).noquote() << "ERROR frame:" << shortText(what);
    if (m_phase == Phase::Closing) {
        finishStop();
        return;
    }
    if (looksLikeAuthFailure(headline + QLatin1Char(' ') + body)) {
        refuseSignIn(tr("The event server refused the sign-in: %1. Live status is off until "
                        "you sign in again.")
                         .arg(shortText(what)));
        return;
    }
    const QString message = what.isEmpty()
                                ? tr("The event server reported an error without a message.")
                                : tr("The event server reported an error: %1").arg(shortText(what));
    Q_EMIT errorOccurred(message);
    // STOMP 1.2: the server closes the connection after an ERROR; do not wait for it.
    dropAndReconnect(message);
}

void StompClient::goLive()
{
    m_connectTimer.stop();
    m_phase = Phase::Live;
    m_liveSince.start();
    setState(State::Live, tr("Receiving live invitation status."));
    Q_EMIT resynchronizeNeeded();
}

void StompClient::sendFrame(const StompFrame &frame)
{
    QString error;
    const QByteArray wire = StompEncoder::encode(frame, &error);
    if (wire.isEmpty()) {
        qCWarning(lcEvents).noquote() << "cannot send" << frame.command() << error;
        return;
    }
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(wire));
}

void StompClient::dropAndReconnect(const QString &reason)
{
    const bool wasStable = m_phase == Phase::Live && m_liveSince.isValid() &&
                           m_liveSince.elapsed() >= m_settings.stableAfterMs;
    teardownSocket(false);
    qCInfo(lcEvents).noquote() << "connection lost:" << reason;
    if (wasStable)
        m_attempt = 0; // it had been stable: start the back-off again from the beginning
    const double jitter =
        1.0 + m_settings.backoffJitter * (2.0 * QRandomGenerator::global()->generateDouble() - 1.0);
    const int delay = qMax(0, int(backoffDelayMs(m_attempt) * jitter));
    ++m_attempt;
    m_reconnectTimer.start(delay);
    setState(State::Reconnecting,
             tr("%1 Reconnecting in %2 s.").arg(reason).arg(delay / 1000.0, 0, 'f', 1));
    Q_EMIT reconnectScheduled(delay, reason);
}

void StompClient::refuseSignIn(const QString &message)
{
    teardownSocket(false);
    m_reconnectTimer.stop();
    qCWarning(lcEvents).noquote() << message;
    setState(State::SignInRefused, message);
    Q_EMIT errorOccurred(message);
}

void StompClient::finishStop(bool confirmed)
{
    m_disconnectTimer.stop();
    m_reconnectTimer.stop();
    teardownSocket(true);
    setState(State::Offline, tr("Live status is off."));
    Q_EMIT stopped(confirmed);
}

void StompClient::teardownSocket(bool graceful)
{
    m_connectTimer.stop();
    m_sendHeartBeatTimer.stop();
    m_silenceTimer.stop();
    m_disconnectTimer.stop();
    m_phase = Phase::Idle;
    m_liveSince.invalidate();
    m_outgoingMs = m_incomingMs = 0;
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    if (graceful && socket->state() == QAbstractSocket::ConnectedState) {
        // Let the closing handshake finish, but never wait long for it.
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(2000, socket, &QObject::deleteLater);
        socket->close(QWebSocketProtocol::CloseCodeNormal);
    } else {
        socket->abort();
        socket->deleteLater();
    }
}

void StompClient::setState(State state, const QString &detail)
{
    m_stateDetail = detail;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace events
