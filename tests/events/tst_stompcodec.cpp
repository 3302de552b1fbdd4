#include "events/stompdecoder.h"
#include "events/stompencoder.h"

#include "testtable.h"
#include <QRandomGenerator>
#include <QTest>

using namespace events;

namespace events {
// Readable QCOMPARE failures for frames (found by argument-dependent lookup).
char *toString(const StompFrame &frame)
{
    QByteArray text = frame.command() + " {";
    for (const StompFrame::Header &h : frame.headers())
        text += " " + h.first.toPercentEncoding() + "=" + h.second.toPercentEncoding();
    text += " } body=" + frame.body().toPercentEncoding();
    return qstrdup(text.constData());
}
} // namespace events

namespace {

// A byte array from a literal, embedded NULs included.
template<std::size_t N>
QByteArray W(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N) - 1);
}

using Headers = QList<StompFrame::Header>;
using Frames = QList<StompFrame>;

StompFrame frame(const char *command, Headers headers = {}, QByteArray body = {})
{
    return StompFrame(command, std::move(headers), std::move(body));
}

// Decodes `wire` in one piece; the error (if any) lands in *error.
StompDecoder::Result decodeAll(QByteArrayView wire,
                               StompDecoder::Limits limits = StompDecoder::Limits(),
                               StompDecoder::Error *error = nullptr, QString *why = nullptr)
{
    StompDecoder decoder(limits);
    StompDecoder::Result r = decoder.feed(wire);
    if (error)
        *error = decoder.error();
    if (why)
        *why = decoder.errorString();
    return r;
}

// A stream with every feature at once, used for the split tests.
QByteArray mixedStream()
{
    return W("\n\r\n"
             "CONNECTED\r\nversion:1.2\r\nheart-beat:0,0\r\nserver:x:y\r\n\r\n\0\n"
             "MESSAGE\ndestination:/topic/a\\cb\nsubscription:0\ncontent-length:5\n\n"
             "a\0b\nc\0\n\n"
             "MESSAGE\ndestination:/t\n\n{\"k\":1}\0"
             "RECEIPT\nreceipt-id:77\n\n\0\r\n");
}

Frames mixedFrames()
{
    return {frame("CONNECTED", {{"version", "1.2"}, {"heart-beat", "0,0"}, {"server", "x:y"}}),
            frame("MESSAGE",
                  {{"destination", "/topic/a:b"}, {"subscription", "0"}, {"content-length", "5"}},
                  W("a\0b\nc")),
            frame("MESSAGE", {{"destination", "/t"}}, "{\"k\":1}"),
            frame("RECEIPT", {{"receipt-id", "77"}})};
}
constexpr int MixedHeartBeats = 6;

} // namespace

class TestStompCodec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_writesWireFormat_data();
    void encode_writesWireFormat();
    void encode_refusesUnwritableFrames_data();
    void encode_refusesUnwritableFrames();
    void decode_readsFrames_data();
    void decode_readsFrames();
    void decode_repeatedHeader_firstWins();
    void decode_rejectsBadInput_data();
    void decode_rejectsBadInput();
    void decode_splitAtEveryByte_sameFrames();
    void decode_byteByByte_sameFrames();
    void decode_splitInsideCrLfHeartBeat();
    void decode_oversizedStream_neverBuffersBeyondLimit();
    void decode_limitIsConfigurable();
    void decode_errorIsSticky_untilReset();
    void escape_roundTrips_data();
    void escape_roundTrips();
    void roundTrip_randomFrames_randomSplits();
};

void TestStompCodec::encode_writesWireFormat_data()
{
    addColumns<StompFrame, QByteArray>("frame", "wire");

    QTest::newRow("no body, no content-length")
        << frame("SUBSCRIBE", {{"id", "0"}, {"destination", "/topic/x"}, {"ack", "auto"}})
        << W("SUBSCRIBE\nid:0\ndestination:/topic/x\nack:auto\n\n\0");
    QTest::newRow("escapes in name and value")
        << frame("SEND", {{"a:b", "c\\d\ne\rf:g"}}) << W("SEND\na\\cb:c\\\\d\\ne\\rf\\cg\n\n\0");
    QTest::newRow("CONNECT is not escaped")
        << frame("CONNECT", {{"accept-version", "1.2"}, {"host", "h:1"}, {"x", "a\\b"}})
        << W("CONNECT\naccept-version:1.2\nhost:h:1\nx:a\\b\n\n\0");
    QTest::newRow("CONNECTED is not escaped")
        << frame("CONNECTED", {{"server", "s:1\\c"}}) << W("CONNECTED\nserver:s:1\\c\n\n\0");
    QTest::newRow("body gets content-length, NUL inside survives")
        << frame("SEND", {{"destination", "/q"}}, W("x\0y"))
        << W("SEND\ndestination:/q\ncontent-length:3\n\nx\0y\0");
    QTest::newRow("stale content-length replaced")
        << frame("SEND", {{"content-length", "99"}, {"destination", "/q"}}, "abc")
        << W("SEND\ndestination:/q\ncontent-length:3\n\nabc\0");
    QTest::newRow("empty value") << frame("ACK", {{"id", ""}}) << W("ACK\nid:\n\n\0");
}

void TestStompCodec::encode_writesWireFormat()
{
    QFETCH(StompFrame, frame);
    QFETCH(QByteArray, wire);
    QString error;
    QCOMPARE(StompEncoder::encode(frame, &error), wire);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestStompCodec::encode_refusesUnwritableFrames_data()
{
    addColumns<StompFrame, QString>("frame", "cause");

    QTest::newRow("unknown command") << frame("HELLO") << QStringLiteral("HELLO");
    QTest::newRow("lower-case command") << frame("send") << QStringLiteral("send");
    QTest::newRow("empty command") << frame("") << QStringLiteral("not a STOMP 1.2 command");
    QTest::newRow("empty header name") << frame("SEND", {{"", "v"}}) << QStringLiteral("empty");
    QTest::newRow("LF in CONNECT value")
        << frame("CONNECT", {{"login", "a\nb"}}) << QStringLiteral("login");
    QTest::newRow("CR in CONNECT name")
        << frame("CONNECT", {{"lo\rgin", "a"}}) << QStringLiteral("CONNECT");
    QTest::newRow("colon in CONNECTED name")
        << frame("CONNECTED", {{"a:b", "a"}}) << QStringLiteral("a:b");
}

void TestStompCodec::encode_refusesUnwritableFrames()
{
    QFETCH(StompFrame, frame);
    QFETCH(QString, cause);
    QString error;
    QVERIFY(StompEncoder::encode(frame, &error).isEmpty());
    QVERIFY2(error.contains(cause), qPrintable(error));
}

void TestStompCodec::decode_readsFrames_data()
{
    addColumns<QByteArray, Frames, int>("wire", "frames", "heartBeats");

    QTest::newRow("content-length body")
        << W("MESSAGE\ncontent-length:2\n\nhi\0")
        << Frames{frame("MESSAGE", {{"content-length", "2"}}, "hi")} << 0;
    QTest::newRow("NUL inside content-length body")
        << W("MESSAGE\ncontent-length:4\n\n\0\0a\0\0")
        << Frames{frame("MESSAGE", {{"content-length", "4"}}, W("\0\0a\0"))} << 0;
    QTest::newRow("content-length 0") << W("ERROR\ncontent-length:0\n\n\0")
                                      << Frames{frame("ERROR", {{"content-length", "0"}})} << 0;
    QTest::newRow("no content-length: body to first NUL")
        << W("MESSAGE\na:b\n\nhello\nworld\0")
        << Frames{frame("MESSAGE", {{"a", "b"}}, "hello\nworld")} << 0;
    QTest::newRow("CRLF everywhere")
        << W("MESSAGE\r\na:b\r\nc:d\r\n\r\nbody\r\n\0\r\n")
        << Frames{frame("MESSAGE", {{"a", "b"}, {"c", "d"}}, "body\r\n")} << 1;
    QTest::newRow("heart-beats only") << W("\n\n\r\n\n") << Frames{} << 4;
    QTest::newRow("EOLs after NUL and between frames")
        << W("RECEIPT\nreceipt-id:1\n\n\0\n\n\r\nRECEIPT\nreceipt-id:2\n\n\0\n")
        << Frames{frame("RECEIPT", {{"receipt-id", "1"}}), frame("RECEIPT", {{"receipt-id", "2"}})}
        << 4;
    QTest::newRow("several frames in one chunk, no EOLs")
        << W("RECEIPT\nreceipt-id:1\n\n\0MESSAGE\n\nx\0ERROR\nmessage:m\n\n\0")
        << Frames{frame("RECEIPT", {{"receipt-id", "1"}}), frame("MESSAGE", {}, "x"),
                  frame("ERROR", {{"message", "m"}})}
        << 0;
    QTest::newRow("escapes decoded in MESSAGE")
        << W("MESSAGE\nk\\cy:a\\\\b\\nc\\rd\\ce\n\n\0")
        << Frames{frame("MESSAGE", {{"k:y", "a\\b\nc\rd:e"}})} << 0;
    QTest::newRow("CONNECTED keeps backslashes and colons")
        << W("CONNECTED\nversion:1.2\nserver:Broker/1.0 (a:b\\c)\n\n\0")
        << Frames{frame("CONNECTED", {{"version", "1.2"}, {"server", "Broker/1.0 (a:b\\c)"}})} << 0;
    QTest::newRow("empty value, spaces kept")
        << W("MESSAGE\na:\n b : c \n\n\0") << Frames{frame("MESSAGE", {{"a", ""}, {" b ", " c "}})}
        << 0;
    QTest::newRow("partial frame is held back")
        << W("MESSAGE\na:b\n\nno terminator yet") << Frames{} << 0;
    QTest::newRow("lone CR at the end waits for its LF") << W("\n\r") << Frames{} << 1;
    QTest::newRow("every server command")
        << W("CONNECTED\n\n\0MESSAGE\n\n\0RECEIPT\n\n\0ERROR\n\n\0")
        << Frames{frame("CONNECTED"), frame("MESSAGE"), frame("RECEIPT"), frame("ERROR")} << 0;
}

void TestStompCodec::decode_readsFrames()
{
    QFETCH(QByteArray, wire);
    QFETCH(Frames, frames);
    QFETCH(int, heartBeats);
    StompDecoder::Error error;
    QString why;
    const StompDecoder::Result r = decodeAll(wire, {}, &error, &why);
    QVERIFY2(r.ok, qPrintable(why));
    QCOMPARE(error, StompDecoder::Error::None);
    QCOMPARE(r.frames, frames);
    QCOMPARE(r.heartBeats, heartBeats);
}

void TestStompCodec::decode_repeatedHeader_firstWins()
{
    const StompDecoder::Result r =
        decodeAll(W("MESSAGE\nfoo:World\nfoo:Hello\ncontent-length:1\ncontent-length:"
                    "9\n\nx\0"));
    QVERIFY(r.ok);
    QCOMPARE(r.frames.size(), 1);
    QCOMPARE(r.frames[0].header("foo"), W("World"));
    QCOMPARE(r.frames[0].body(), W("x"));      // the first content-length decides
    QCOMPARE(r.frames[0].headers().size(), 4); // the later ones are kept as history
}

void TestStompCodec::decode_rejectsBadInput_data()
{
    using E = StompDecoder::Error;
    addColumns<QByteArray, E, QString, int>("wire", "error", "cause", "framesBefore");

    // framesBefore: the good frames decoded before the bad input (none unless given).
    const auto row = [](const char *name, const QByteArray &wire, E error, const char *cause,
                        int framesBefore = 0) {
        QTest::newRow(name) << wire << error << QString::fromUtf8(cause) << framesBefore;
    };
    row("undefined escape \\t", W("MESSAGE\na:b\\tc\n\n\0"), E::BadEscape, "escape");
    row("trailing backslash", W("MESSAGE\na:b\\\n\n\0"), E::BadEscape, "a:b");
    row("escape in name", W("SEND\n\\x:1\n\n\0"), E::BadEscape, "undefined escape");
    row("missing command: bare NUL", W("\n\0"), E::MissingCommand, "no command");
    row("missing command: headers first", W("destination:/x\n\n\0"), E::UnknownCommand,
        "destination:/x");
    row("unknown command", W("HELLO\n\n\0"), E::UnknownCommand, "HELLO");
    row("lower-case command", W("message\n\n\0"), E::UnknownCommand, "message");
    row("garbage without LF is refused early", W("\xff\xfe\x01garbage garbage garbage"),
        E::UnknownCommand, "\\xff\\xfe\\x01garbage");
    row("HTTP instead of STOMP", W("HTTP/1.1 200 OK\r\n\r\n"), E::UnknownCommand, "HTTP/1.1");
    row("header without colon", W("MESSAGE\nnocolon\n\n\0"), E::MalformedHeader, "nocolon");
    row("empty header name", W("MESSAGE\n:v\n\n\0"), E::MalformedHeader, ":v");
    row("content-length not a number", W("MESSAGE\ncontent-length:abc\n\nabc\0"),
        E::BadContentLength, "abc");
    row("negative content-length", W("MESSAGE\ncontent-length:-1\n\n\0"), E::BadContentLength,
        "-1");
    row("content-length with space", W("MESSAGE\ncontent-length: 1\n\nx\0"), E::BadContentLength,
        "content-length");
    row("content-length shorter than body", W("MESSAGE\ncontent-length:1\n\nxy\0"),
        E::MissingTerminator, "not followed by NUL");
    row("content-length beyond the limit, announced", W("MESSAGE\ncontent-length:999999999\n\n"),
        E::FrameTooLarge, "limit of 1048576 bytes");
    row("huge content-length digits", W("MESSAGE\ncontent-length:99999999999999999999999\n\n"),
        E::BadContentLength, "99999");
    row("CR without LF between frames", W("RECEIPT\n\n\0\rX"), E::BadLineEnding, "carriage return",
        1);
    row("good frame, then garbage", W("RECEIPT\nreceipt-id:1\n\n\0\nBOGUS\n\n\0"),
        E::UnknownCommand, "BOGUS", 1);
}

void TestStompCodec::decode_rejectsBadInput()
{
    using E = StompDecoder::Error;
    QFETCH(QByteArray, wire);
    QFETCH(E, error);
    QFETCH(QString, cause);
    QFETCH(int, framesBefore);
    E actual;
    QString why;
    const StompDecoder::Result r = decodeAll(wire, {}, &actual, &why);
    QVERIFY(!r.ok);
    QCOMPARE(actual, error);
    QVERIFY2(why.contains(cause), qPrintable(why));
    QCOMPARE(r.frames.size(), framesBefore);
}

void TestStompCodec::decode_splitAtEveryByte_sameFrames()
{
    const QByteArray wire = mixedStream();
    for (qsizetype cut = 0; cut <= wire.size(); ++cut) {
        StompDecoder decoder;
        StompDecoder::Result a = decoder.feed(QByteArrayView(wire).first(cut));
        const StompDecoder::Result b = decoder.feed(QByteArrayView(wire).sliced(cut));
        QVERIFY2(a.ok && b.ok, qPrintable(decoder.errorString()));
        a.frames += b.frames;
        QCOMPARE(a.frames, mixedFrames());
        QCOMPARE(a.heartBeats + b.heartBeats, MixedHeartBeats);
        QCOMPARE(decoder.bufferedBytes(), 0);
    }
}

void TestStompCodec::decode_byteByByte_sameFrames()
{
    const QByteArray wire = mixedStream();
    StompDecoder decoder;
    Frames frames;
    int heartBeats = 0;
    for (const char c : wire) {
        const StompDecoder::Result r = decoder.feed(QByteArrayView(&c, 1));
        QVERIFY2(r.ok, qPrintable(decoder.errorString()));
        frames += r.frames;
        heartBeats += r.heartBeats;
    }
    QCOMPARE(frames, mixedFrames());
    QCOMPARE(heartBeats, MixedHeartBeats);
}

void TestStompCodec::decode_splitInsideCrLfHeartBeat()
{
    StompDecoder decoder;
    QCOMPARE(decoder.feed("\r").heartBeats, 0);
    QCOMPARE(decoder.feed("\n").heartBeats, 1);
    QVERIFY(!decoder.hasError());
}

void TestStompCodec::decode_oversizedStream_neverBuffersBeyondLimit()
{
    StompDecoder decoder;
    const qsizetype limit = decoder.limits().maxFrameBytes;
    QVERIFY(decoder.feed("SEND\ndestination:/q\n\n").ok);
    const QByteArray chunk(4096, 'A');
    bool failed = false;
    for (qsizetype sent = 0; sent < 2 * limit && !failed; sent += chunk.size()) {
        failed = !decoder.feed(chunk).ok;
        QVERIFY(decoder.bufferedBytes() <= limit);
    }
    QVERIFY(failed);
    QCOMPARE(decoder.error(), StompDecoder::Error::FrameTooLarge);
    QVERIFY2(decoder.errorString().contains(QString::number(limit)),
             qPrintable(decoder.errorString()));
    QCOMPARE(decoder.bufferedBytes(), 0);
}

void TestStompCodec::decode_limitIsConfigurable()
{
    using E = StompDecoder::Error;
    StompDecoder::Limits limits;
    limits.maxFrameBytes = 32;
    limits.maxHeaders = 2;
    limits.maxLineBytes = 10;

    // Exactly at the limit passes; one byte more fails, in one piece or not.
    const QByteArray exact("MESSAGE\n\n" + QByteArray(22, 'x') + '\0');
    QCOMPARE(exact.size(), 32);
    QVERIFY(decodeAll(exact, limits).ok);
    E error;
    QString why;
    QVERIFY(!decodeAll(QByteArray("MESSAGE\n\n" + QByteArray(23, 'x') + '\0'), limits, &error, &why)
                 .ok);
    QCOMPARE(error, E::FrameTooLarge);
    QVERIFY2(why.contains(QStringLiteral("32")), qPrintable(why));
    StompDecoder::Limits longLines = limits;
    longLines.maxLineBytes = 100;
    QVERIFY(decodeAll(W("MESSAGE\ncontent-length:5\n\n12345\0"), longLines).ok);
    QVERIFY(!decodeAll(W("MESSAGE\ncontent-length:6\n\n"), longLines, &error).ok);
    QCOMPARE(error, E::FrameTooLarge);

    QVERIFY(decodeAll(W("SEND\na:1\nb:2\n\n\0"), limits).ok);
    QVERIFY(!decodeAll(W("SEND\na:1\nb:2\nc:3\n\n\0"), limits, &error, &why).ok);
    QCOMPARE(error, E::TooManyHeaders);
    QVERIFY2(why.contains(QStringLiteral("limit of 2 headers")), qPrintable(why));

    QVERIFY(!decodeAll(W("SEND\nabcdef:ghijk\n\n\0"), limits, &error, &why).ok);
    QCOMPARE(error, E::HeaderTooLong);
    QVERIFY2(why.contains(QStringLiteral("limit of 10 bytes")), qPrintable(why));
    // Also before the line's LF arrives.
    QVERIFY(!decodeAll(W("SEND\nabcdefghijk"), limits, &error).ok);
    QCOMPARE(error, E::HeaderTooLong);
}

void TestStompCodec::decode_errorIsSticky_untilReset()
{
    StompDecoder decoder;
    QVERIFY(!decoder.feed("BOGUS\n").ok);
    const StompDecoder::Result after = decoder.feed(W("RECEIPT\n\n\0"));
    QVERIFY(!after.ok);
    QVERIFY(after.frames.isEmpty());
    QCOMPARE(decoder.error(), StompDecoder::Error::UnknownCommand);

    decoder.reset();
    QVERIFY(!decoder.hasError());
    const StompDecoder::Result fresh = decoder.feed(W("RECEIPT\n\n\0"));
    QVERIFY(fresh.ok);
    QCOMPARE(fresh.frames, Frames{frame("RECEIPT")});
}

void TestStompCodec::escape_roundTrips_data()
{
    addColumns<QByteArray, QByteArray>("raw", "escaped");
    QTest::newRow("plain") << W("abc") << W("abc");
    QTest::newRow("backslash") << W("a\\b") << W("a\\\\b");
    QTest::newRow("LF") << W("a\nb") << W("a\\nb");
    QTest::newRow("CR") << W("a\rb") << W("a\\rb");
    QTest::newRow("colon") << W("a:b") << W("a\\cb");
    QTest::newRow("backslash before n") << W("\\n") << W("\\\\n");
    QTest::newRow("all") << W("\\\r\n:") << W("\\\\\\r\\n\\c");
    QTest::newRow("utf-8 untouched") << W("Malmö→") << W("Malmö→");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestStompCodec::escape_roundTrips()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, escaped);
    QCOMPARE(StompEncoder::escape(raw), escaped);
    const std::optional<QByteArray> back = StompDecoder::unescape(escaped);
    QVERIFY(back.has_value());
    QCOMPARE(*back, raw);
}

void TestStompCodec::roundTrip_randomFrames_randomSplits()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator rng(seed);
    const QList<QByteArray> commands{
        "SEND",       "SUBSCRIBE", "UNSUBSCRIBE", "ACK",   "NACK",  "BEGIN",   "COMMIT",   "ABORT",
        "DISCONNECT", "MESSAGE",   "RECEIPT",     "ERROR", "STOMP", "CONNECT", "CONNECTED"};
    const QByteArray special("\\:\n\r\0 ", 6);
    const auto randomBytes = [&](int maxLength, bool raw) {
        QByteArray out(rng.bounded(maxLength + 1), Qt::Uninitialized);
        for (char &c : out) {
            const int kind = rng.bounded(3);
            if (kind == 0 && !raw)
                c = special[rng.bounded(int(special.size()))];
            else if (kind == 1)
                c = char(rng.bounded(256));
            else
                c = char('a' + rng.bounded(26));
            // CONNECT/CONNECTED cannot carry CR, LF (nor ':' in names); keep them writable.
            if (raw && (c == '\n' || c == '\r' || c == ':'))
                c = 'x';
        }
        return out;
    };

    for (int round = 0; round < 300; ++round) {
        Frames sent;
        QByteArray wire;
        const int count = 1 + rng.bounded(5);
        for (int i = 0; i < count; ++i) {
            StompFrame f(commands[rng.bounded(int(commands.size()))]);
            const bool raw = !StompFrame::escapesHeaders(f.command());
            const int headers = rng.bounded(6);
            for (int h = 0; h < headers; ++h) {
                QByteArray name = randomBytes(12, raw);
                if (name.isEmpty() || name == "content-length")
                    name = "n" + QByteArray::number(h);
                f.addHeader(name, randomBytes(20, raw));
            }
            f.setBody(randomBytes(rng.bounded(2) ? 0 : 300, false));
            QString error;
            wire += StompEncoder::encode(f, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            wire += QByteArray(rng.bounded(3), '\n'); // heart-beats in between
            if (!f.body().isEmpty())
                f.addHeader("content-length", QByteArray::number(f.body().size()));
            sent.append(f);
        }

        StompDecoder decoder;
        Frames received;
        for (qsizetype at = 0; at < wire.size();) {
            const qsizetype n = qMin<qsizetype>(wire.size() - at, 1 + rng.bounded(64));
            const StompDecoder::Result r = decoder.feed(QByteArrayView(wire).sliced(at, n));
            QVERIFY2(r.ok, qPrintable(decoder.errorString()));
            received += r.frames;
            at += n;
        }
        QCOMPARE(received, sent);
    }
}

QTEST_GUILESS_MAIN(TestStompCodec)
#include "tst_stompcodec.moc"
