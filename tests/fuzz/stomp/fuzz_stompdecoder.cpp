// libFuzzer target for the STOMP 1.2 decoder (app/events/stompdecoder.*).
// Checks, beyond "no crash, no sanitizer report":
//  - splitting the input anywhere gives the same frames, heart-beats and error as one piece;
//  - the decoder never holds more than Limits::maxFrameBytes;
//  - every decoded frame the encoder can write decodes back to itself.
#include "events/stompdecoder.h"
#include "events/stompencoder.h"

#include <cstdint>
#include <cstdlib>

using namespace events;

namespace {

struct Outcome
{
    QList<StompFrame> frames;
    int heartBeats = 0;
    StompDecoder::Error error = StompDecoder::Error::None;
};

StompDecoder::Limits smallLimits()
{
    // Small limits so the fuzzer reaches them quickly.
    StompDecoder::Limits limits;
    limits.maxFrameBytes = 512;
    limits.maxHeaders = 8;
    limits.maxLineBytes = 64;
    return limits;
}

Outcome decodeInPieces(QByteArrayView data, qsizetype cut1, qsizetype cut2)
{
    StompDecoder decoder(smallLimits());
    Outcome out;
    const qsizetype cuts[] = {0, cut1, cut2, data.size()};
    for (int i = 0; i < 3; ++i) {
        const StompDecoder::Result r = decoder.feed(data.sliced(cuts[i], cuts[i + 1] - cuts[i]));
        out.frames += r.frames;
        out.heartBeats += r.heartBeats;
        if (decoder.bufferedBytes() > decoder.limits().maxFrameBytes)
            std::abort();
    }
    out.error = decoder.error();
    return out;
}

StompFrame withoutContentLength(StompFrame frame)
{
    frame.removeHeader("content-length");
    return frame;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArrayView data(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const Outcome whole = decodeInPieces(data, 0, 0);
    const qsizetype cut1 = size ? qsizetype(bytes[0]) * qsizetype(size) / 256 : 0;
    const qsizetype cut2 = size ? cut1 + (qsizetype(size) - cut1) / 2 : 0;
    const Outcome pieces = decodeInPieces(data, cut1, cut2);
    // Frames before an error may differ in count only if the error is the same one.
    if (pieces.error != whole.error || pieces.frames != whole.frames ||
        (whole.error == StompDecoder::Error::None && pieces.heartBeats != whole.heartBeats))
        std::abort();

    for (const StompFrame &frame : whole.frames) {
        const QByteArray wire = StompEncoder::encode(frame);
        if (wire.isEmpty())
            continue; // e.g. a raw CR inside a CONNECTED header value: not writable
        StompDecoder again;
        const StompDecoder::Result r = again.feed(wire);
        if (!r.ok || r.frames.size() != 1 ||
            withoutContentLength(r.frames.first()) != withoutContentLength(frame))
            std::abort();
    }
    return 0;
}
