#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace i18n::phonenumbers {
class PhoneMetadata;
}

namespace phones {

// A national number pattern of libphonenumber's metadata ("7[02369]\d{7}", "(?:1[013-9]|…)…"),
// compiled for digits only. Matching follows every alternative at once (the set of positions
// reachable so far is one bit mask), so it answers RE2's FullMatch exactly, in well under a
// microsecond, without libphonenumber's regex cache and string copies.
class DigitPattern final
{
public:
    // Nothing when the pattern uses anything beyond digits, [classes], \d, groups,
    // alternatives and quantifiers: the caller then keeps libphonenumber's own matching.
    static std::unique_ptr<DigitPattern> compile(std::string_view pattern);

    // True when the whole of `digits` (ASCII digits, at most 30) matches.
    bool fullMatch(std::string_view digits) const;

    // For every number of `length` digits that starts with `prefix`: Always when each of them
    // matches, Never when none does, Depends when the digits after the prefix decide (or when
    // the cheap test cannot tell: Always is only claimed when one path takes \d there).
    enum class Outcome : std::uint8_t
    {
        Never,
        Always,
        Depends,
    };
    Outcome matchWithPrefix(std::string_view prefix, int length) const;

private:
    struct Node
    {
        enum class Kind : std::uint8_t
        {
            Digits,   // one digit out of `digits` (bit d set: digit d allowed)
            Sequence, // children one after the other
            Choice,   // any one of the children
            Repeat,   // child min..max times (max < 0: unbounded)
        };
        Kind kind = Kind::Sequence;
        std::uint16_t digits = 0;
        int min = 1;
        int max = 1;
        std::vector<int> children;
        // What a match must start with, so whole alternatives are skipped at a glance.
        std::uint16_t first = 0; // digits a non-empty match can start with
        bool nullable = false;   // matches the empty string
    };
    struct Input;
    class Parser;

    std::uint32_t advance(int node, std::uint32_t from, const Input &input) const;
    void computeFirst(int node);

    std::vector<Node> m_nodes; // m_nodes[0] is the whole pattern
};

// libphonenumber's GetNumberType for the numbers of one region, read from the same metadata
// and deciding in the same order (general pattern, premium rate, …, fixed line, mobile).
// Only for country codes that belong to this one region: with several (+1, +44, +7) the
// region itself depends on the number, and libphonenumber decides.
class NumberTypes final
{
public:
    ~NumberTypes();
    NumberTypes(const NumberTypes &) = delete;
    NumberTypes &operator=(const NumberTypes &) = delete;

    // Nothing when a pattern of the region cannot be compiled.
    static std::unique_ptr<NumberTypes> fromMetadata(const i18n::phonenumbers::PhoneMetadata &m);

    // The PhoneNumberUtil::PhoneNumberType value GetNumberType gives for a number of this
    // region with this national significant number (no leading zero kept). Answered from a
    // table keyed by length and first digits when those alone decide (as they do for every
    // mobile number); the table fills itself as numbers arrive, safely from several threads.
    int type(std::string_view nationalNumber) const;
    // The same decision made by matching every pattern, never from the table (for the tests).
    int typeByPatterns(std::string_view nationalNumber) const;
    // The general pattern alone, lengths not checked (libphonenumber's IsMatch).
    bool matchesGeneralPattern(std::string_view nationalNumber) const;
    // Longer than every possible length of the region (TestNumberLength's TOO_LONG).
    bool tooLong(std::string_view nationalNumber) const;
    // The PhoneNumberUtil::ValidationResult of libphonenumber's TestNumberLength for any type:
    // what IsPossibleNumberWithReason answers, and what Parse asks before it strips a prefix.
    int lengthFit(std::string_view nationalNumber) const;

private:
    struct Desc
    {
        std::unique_ptr<DigitPattern> pattern; // null: empty pattern, never matches
        bool anyLength = true;                 // no possible lengths listed
        std::uint32_t lengths = 0;             // bit n: length n possible
        bool matches(std::string_view digits) const;
        DigitPattern::Outcome matchesWithPrefix(std::string_view prefix, int length) const;
    };
    static bool readDesc(const void *desc, Desc *out);
    // The type every number of `length` digits starting with `prefix` has, or -1.
    int typeByPrefix(std::string_view prefix, int length) const;

    // The first digits looked at, and the table: entry [length][prefix] is 0 before it is
    // known, 1 when the prefix does not decide, otherwise the type + 2.
    static constexpr int kPrefixDigits = 4;
    static constexpr int kPrefixes = 10000;
    // Made on the first type() asked: most regions are never asked, and 245 tables would
    // cost 30 MB of memory and their zeroing at start-up.
    mutable std::atomic<std::atomic<std::int8_t> *> m_byPrefix = nullptr;
    int m_tableLengths = 0; // lengths 0 .. m_tableLengths - 1 have a row
    std::atomic<std::int8_t> *prefixTable() const;

    NumberTypes() = default;

    Desc m_general;
    // Premium rate, toll free, shared cost, VoIP, personal, pager, UAN, voicemail: the order
    // GetNumberTypeHelper asks in, with the type each one means.
    std::vector<std::pair<Desc, int>> m_special;
    Desc m_fixedLine;
    Desc m_mobile;
    bool m_sameMobileAndFixedLine = false;
    std::uint32_t m_localOnlyLengths = 0;
    int m_shortestPossible = 0; // -1: the region has no numbers
    int m_longestPossible = 0;
};

} // namespace phones
