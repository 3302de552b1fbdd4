#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace composer {

// The GSM 03.38 text that can stand in for a character outside GSM 03.38: ' for typographic
// single quotes, " for double quotes, - for dashes, ... for the ellipsis, a space for
// non-breaking and other special spaces, nothing for invisible ones (zero-width space, soft
// hyphen), the base letter for accented letters GSM lacks (á → a). nullopt when there is no
// sensible stand-in (emoji, Greek small letters, Cyrillic, ...), and for GSM characters.
std::optional<QString> plainReplacement(char32_t codePoint);

// The text with every character that has a plain replacement replaced, after composing
// decomposed letters (e + U+0301 → é) so that letters GSM 03.38 has (Å Ä Ö é ü ñ …) stay.
// Characters without a replacement are kept.
QString replaceWithPlainCharacters(QStringView text);

} // namespace composer
