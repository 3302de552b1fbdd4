#include "rawhttp.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QTcpSocket>
#include <QThread>

namespace {

// True once `in` holds a whole answer: head plus Content-Length bytes of body.
bool parseAnswer(const QByteArray &in, RawAnswer *answer)
{
    const qsizetype end = in.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    answer->head = in.left(end);
    answer->body = in.mid(end + 4);
    if (in.startsWith("HTTP/1."))
        answer->status = in.mid(9, 3).toInt();
    for (const QByteArray &line : answer->head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            return answer->body.size() >= line.mid(15).trimmed().toLongLong();
    }
    return false;
}

} // namespace

RawAnswer exchange(quint16 port, const RawRequest &request)
{
    RawAnswer answer;
    QElapsedTimer clock;
    clock.start();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return answer;
    socket.write(request.head);
    qint64 sent = 0;
    QByteArray in;
    bool complete = false;
    while (!complete && clock.elapsed() < request.timeoutMs) {
        if (sent < request.bodyBytes && socket.bytesToWrite() < 256 * 1024 &&
            socket.state() == QAbstractSocket::ConnectedState) {
            QByteArray chunk = request.nextChunk(sent);
            chunk.truncate(qMin<qint64>(chunk.size(), request.bodyBytes - sent));
            socket.write(chunk);
            sent += chunk.size();
            if (request.pauseBetweenChunksMs > 0)
                QThread::msleep(request.pauseBetweenChunksMs);
        }
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(5);
        const bool writing = sent < request.bodyBytes;
        if (socket.bytesAvailable() > 0 || socket.waitForReadyRead(writing ? 1 : 50))
            in += socket.readAll();
        complete = parseAnswer(in, &answer);
        if (socket.state() == QAbstractSocket::UnconnectedState) {
            in += socket.readAll();
            parseAnswer(in, &answer);
            answer.closedByServer = true;
            break;
        }
    }
    if (complete && request.waitForCloseMs > 0 && socket.state() == QAbstractSocket::ConnectedState)
        answer.closedByServer = !socket.waitForReadyRead(request.waitForCloseMs) &&
                                socket.state() == QAbstractSocket::UnconnectedState;
    answer.sentBytes = sent;
    answer.elapsedMs = clock.elapsed();
    return answer;
}

qint64 peakResidentKib(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}
