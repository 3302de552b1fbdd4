#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QtGlobal>

#include <functional>

// What came back on one raw TCP connection to the sandbox.
struct RawAnswer
{
    int status = 0;  // 0 when no status line came
    QByteArray head; // status line and headers
    QByteArray body; // as far as it came
    bool closedByServer = false;
    qint64 sentBytes = 0; // of the request, before the answer or the close stopped us
    qint64 elapsedMs = 0;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// Plays a client byte by byte where QNetworkAccessManager would refuse to: writes `head`, then
// up to `bodyBytes` bytes produced by `nextChunk` (so a 100 MB body is never held whole), and
// stops writing as soon as an answer or a close arrives. Gives up after timeoutMs.
struct RawRequest
{
    QByteArray head;
    qint64 bodyBytes = 0;
    std::function<QByteArray(qint64 offset)> nextChunk; // any size > 0; cut to bodyBytes
    int timeoutMs = 20000;
    int pauseBetweenChunksMs = 0; // a slow client
    int waitForCloseMs = 0;       // after a whole answer: wait this long for the server to close
};

RawAnswer exchange(quint16 port, const RawRequest &request);

// Peak resident memory (VmHWM) of a process in KiB; -1 when /proc cannot tell.
qint64 peakResidentKib(qint64 pid);
