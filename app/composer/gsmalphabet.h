#pragma once

namespace composer {

// GSM 03.38 (3GPP TS 23.038) default alphabet, as Unicode code points. A character of the basic
// table costs one septet; one of the extension table costs two (an escape, then the character).
bool isGsmBasic(char32_t codePoint);
bool isGsmExtension(char32_t codePoint);
inline bool isGsm(char32_t codePoint)
{
    return isGsmBasic(codePoint) || isGsmExtension(codePoint);
}

} // namespace composer
