#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace importing {

// The first byte of `bytes` that is not well-formed UTF-8, or that encodes U+FFFE/U+FFFF, which
// are no XML characters (then *notAnXmlCharacter is set); -1 when there is none.
qsizetype invalidUtf8At(QByteArrayView bytes, bool *notAnXmlCharacter);

// Appends `code` (a Unicode scalar value) as UTF-8.
void appendUtf8(QByteArray &out, char32_t code);

} // namespace importing
