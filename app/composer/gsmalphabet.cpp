#include "composer/gsmalphabet.h"

#include <algorithm>
#include <array>

namespace composer {
namespace {

// The 128 positions of the basic table (0x1B, the escape to the extension table, excluded).
// Position 0x09 is the capital C with cedilla of the standard, not the small one many phones
// show: we follow the standard so a message never turns out longer than counted.
constexpr std::array<char32_t, 127> BasicTable = {
    U'@', U'£', U'$', U'¥', U'è', U'é', U'ù', U'ì', U'ò',  U'Ç', U'\n', U'Ø', U'ø', U'\r', U'Å',
    U'å', U'Δ', U'_', U'Φ', U'Γ', U'Λ', U'Ω', U'Π', U'Ψ',  U'Σ', U'Θ',  U'Ξ', U'Æ', U'æ',  U'ß',
    U'É', U' ', U'!', U'"', U'#', U'¤', U'%', U'&', U'\'', U'(', U')',  U'*', U'+', U',',  U'-',
    U'.', U'/', U'0', U'1', U'2', U'3', U'4', U'5', U'6',  U'7', U'8',  U'9', U':', U';',  U'<',
    U'=', U'>', U'?', U'¡', U'A', U'B', U'C', U'D', U'E',  U'F', U'G',  U'H', U'I', U'J',  U'K',
    U'L', U'M', U'N', U'O', U'P', U'Q', U'R', U'S', U'T',  U'U', U'V',  U'W', U'X', U'Y',  U'Z',
    U'Ä', U'Ö', U'Ñ', U'Ü', U'§', U'¿', U'a', U'b', U'c',  U'd', U'e',  U'f', U'g', U'h',  U'i',
    U'j', U'k', U'l', U'm', U'n', U'o', U'p', U'q', U'r',  U's', U't',  U'u', U'v', U'w',  U'x',
    U'y', U'z', U'ä', U'ö', U'ñ', U'ü', U'à'};

static_assert(std::find(BasicTable.begin(), BasicTable.end(), U'\0') == BasicTable.end(),
              "every position of the basic table is filled");

// Form feed, then the nine printable characters of the extension table.
constexpr std::array<char32_t, 10> ExtensionTable = {U'\f', U'^', U'{', U'}', U'\\',
                                                     U'[',  U'~', U']', U'|', U'€'};

} // namespace

bool isGsmBasic(char32_t codePoint)
{
    // Printable ASCII is the common case; only its few gaps need the table.
    if (codePoint >= 0x20 && codePoint < 0x7F)
        return codePoint != U'`' && !isGsmExtension(codePoint);
    return std::find(BasicTable.begin(), BasicTable.end(), codePoint) != BasicTable.end();
}

bool isGsmExtension(char32_t codePoint)
{
    return std::find(ExtensionTable.begin(), ExtensionTable.end(), codePoint) !=
           ExtensionTable.end();
}

} // namespace composer
