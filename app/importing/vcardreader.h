#pragma once

#include "importing/readresult.h"

#include <QByteArray>

namespace importing {

// Reads vCard 2.1, 3.0 and 4.0 files (phone and mail-client exports, many cards per file) into
// one row per card: cells [name, number]. The number is the card's mobile (TYPE=CELL, cell,
// "cell,voice", 2.1's bare CELL), preferring PREF among several, else the first TEL. The name
// is FN, else N. Folded lines, QUOTED-PRINTABLE with soft line breaks and CHARSET, backslash
// escapes and tel: URIs are understood; photos and other large properties are skipped.
class VCardReader final
{
public:
    static constexpr int NameColumn = 0;
    static constexpr int PhoneColumn = 1;

    explicit VCardReader(const ReadLimits &limits = {});
    TableResult read(const QByteArray &data, const QString &file) const;

private:
    ReadLimits m_limits;
};

// Decodes a text file the way the readers agree on: BOM, else BOM-less UTF-16, else UTF-8
// when valid, else Windows-1252. nullopt for binary data (NUL characters).
std::optional<QString> decodeTextFile(const QByteArray &data);

} // namespace importing
