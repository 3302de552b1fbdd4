#pragma once

// An enum's stable text keys (stored in the history database, written to CSV, read back) in one
// table per enum, so that writing a key and reading it back can never disagree and no module
// writes the same switch twice.
//
//   constexpr common::EnumKey<Colour> ColourKeys[] = {{Colour::Red, "red"}, {Colour::Blue,
//   "blue"}}; common::keyOf(ColourKeys, Colour::Red)   -> u"red" common::enumOf(ColourKeys,
//   u"blue")      -> Colour::Blue; an unknown key -> std::nullopt
#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace common {

template<typename Enum>
struct EnumKey
{
    Enum value;
    const char *key; // ASCII
};

// The key of `value`; an empty string for a value the table lacks (a table kept in step with
// its enum never returns it).
template<typename Enum, std::size_t N>
QString keyOf(const EnumKey<Enum> (&table)[N], Enum value)
{
    for (const EnumKey<Enum> &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> enumOf(const EnumKey<Enum> (&table)[N], QStringView key)
{
    for (const EnumKey<Enum> &entry : table) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

} // namespace common
