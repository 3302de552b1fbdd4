#include "numbertypes.h"

#include <algorithm>

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>

namespace phones {

// --- DigitPattern ---------------------------------------------------------------------------

// Where each digit occurs in the input: bit i of at[d] is set when digit i is d.
struct DigitPattern::Input
{
    std::uint32_t at[10] = {};
    std::uint32_t all = 0; // every position that holds a digit
    std::uint8_t digit[32] = {};
    // Positions whose digit is not known (matchWithPrefix): any digit may stand there, or,
    // when `strict`, only a \d may take them, so that a match holds for every digit.
    std::uint32_t unknown = 0;
    bool strict = false;
    // The digits found at the positions in `from` (as bits 0-9).
    std::uint16_t digitsAt(std::uint32_t from) const
    {
        if (from & unknown)
            return 0x3ff;
        std::uint16_t digits = 0;
        for (from &= all; from != 0; from &= from - 1)
            digits |= std::uint16_t(1u << digit[__builtin_ctz(from)]);
        return digits;
    }
    std::uint32_t positionsOf(std::uint16_t digits) const
    {
        if (digits == 0x3ff)
            return all;
        std::uint32_t positions = 0;
        for (int d = 0; d < 10; ++d) {
            if (digits & (1u << d))
                positions |= at[d];
        }
        return strict ? positions : positions | unknown;
    }
};

// Recursive descent over the subset of RE2 syntax the metadata uses; any other character
// makes the whole pattern unsupported rather than guessed at.
class DigitPattern::Parser
{
public:
    Parser(std::string_view text, std::vector<Node> *nodes)
        : m_text(text)
        , m_nodes(nodes)
    {
    }

    bool parseAll(int *root)
    {
        *root = choice();
        return m_ok && m_pos == m_text.size();
    }

private:
    bool more() const { return m_pos < m_text.size(); }
    char peek() const { return more() ? m_text[m_pos] : '\0'; }

    int add(Node node)
    {
        m_nodes->push_back(std::move(node));
        return int(m_nodes->size() - 1);
    }

    int choice()
    {
        Node node;
        node.kind = Node::Kind::Choice;
        node.children.push_back(sequence());
        while (m_ok && peek() == '|') {
            ++m_pos;
            node.children.push_back(sequence());
        }
        return node.children.size() == 1 ? node.children.front() : add(std::move(node));
    }

    int sequence()
    {
        Node node;
        node.kind = Node::Kind::Sequence;
        while (m_ok && more() && peek() != '|' && peek() != ')')
            node.children.push_back(quantified(atom()));
        return add(std::move(node));
    }

    int atom()
    {
        const char c = peek();
        ++m_pos;
        if (c >= '0' && c <= '9')
            return digits(std::uint16_t(1u << (c - '0')));
        if (c == '\\' && peek() == 'd') {
            ++m_pos;
            return digits(0x3ff);
        }
        if (c == '[')
            return digitClass();
        if (c == '(') {
            if (m_text.substr(m_pos, 2) == "?:")
                m_pos += 2;
            const int inner = choice();
            if (peek() != ')')
                return fail();
            ++m_pos;
            return inner;
        }
        return fail();
    }

    int digitClass()
    {
        std::uint16_t set = 0;
        while (m_ok && more() && peek() != ']') {
            const char c = m_text[m_pos++];
            if (c == '\\' && peek() == 'd') {
                ++m_pos;
                set = 0x3ff;
            } else if (c >= '0' && c <= '9') {
                char last = c;
                if (peek() == '-' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] != ']') {
                    last = m_text[m_pos + 1];
                    m_pos += 2;
                    if (last < c || last > '9')
                        return fail();
                }
                for (char d = c; d <= last; ++d)
                    set |= std::uint16_t(1u << (d - '0'));
            } else {
                return fail(); // negation, letters, escapes other than \d
            }
        }
        if (peek() != ']' || set == 0)
            return fail();
        ++m_pos;
        return digits(set);
    }

    int quantified(int inner)
    {
        int min = 1;
        int max = 1;
        const char c = peek();
        if (c == '?' || c == '*' || c == '+') {
            ++m_pos;
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : -1;
        } else if (c == '{') {
            ++m_pos;
            min = number();
            max = min;
            if (peek() == ',') {
                ++m_pos;
                max = peek() == '}' ? -1 : number();
            }
            if (peek() != '}' || min < 0 || (max >= 0 && max < min))
                return fail();
            ++m_pos;
        } else {
            return inner;
        }
        if (peek() == '?')
            ++m_pos; // lazy or greedy: whether a full match exists is the same
        Node node;
        node.kind = Node::Kind::Repeat;
        node.min = min;
        node.max = max;
        node.children.push_back(inner);
        return add(std::move(node));
    }

    int number()
    {
        int value = 0;
        const size_t start = m_pos;
        while (more() && peek() >= '0' && peek() <= '9' && value < 1000)
            value = value * 10 + (m_text[m_pos++] - '0');
        return m_pos == start ? -1 : value;
    }

    int digits(std::uint16_t set)
    {
        Node node;
        node.kind = Node::Kind::Digits;
        node.digits = set;
        return add(std::move(node));
    }

    int fail()
    {
        m_ok = false;
        m_pos = m_text.size();
        return 0;
    }

    std::string_view m_text;
    std::vector<Node> *m_nodes;
    size_t m_pos = 0;
    bool m_ok = true;
};

std::unique_ptr<DigitPattern> DigitPattern::compile(std::string_view pattern)
{
    auto compiled = std::unique_ptr<DigitPattern>(new DigitPattern);
    compiled->m_nodes.emplace_back(); // the root, filled in below
    int root = 0;
    Parser parser(pattern, &compiled->m_nodes);
    if (!parser.parseAll(&root))
        return nullptr;
    Node &top = compiled->m_nodes[0];
    top.kind = Node::Kind::Sequence;
    top.children = {root};
    compiled->computeFirst(0);
    return compiled;
}

void DigitPattern::computeFirst(int index)
{
    for (const int child : m_nodes[size_t(index)].children)
        computeFirst(child);
    Node &node = m_nodes[size_t(index)];
    switch (node.kind) {
    case Node::Kind::Digits:
        node.first = node.digits;
        node.nullable = false;
        break;
    case Node::Kind::Sequence:
        node.nullable = true;
        for (const int child : node.children) {
            node.first |= m_nodes[size_t(child)].first;
            if (!m_nodes[size_t(child)].nullable) {
                node.nullable = false;
                break;
            }
        }
        break;
    case Node::Kind::Choice:
        for (const int child : node.children) {
            node.first |= m_nodes[size_t(child)].first;
            node.nullable = node.nullable || m_nodes[size_t(child)].nullable;
        }
        break;
    case Node::Kind::Repeat: {
        const Node &child = m_nodes[size_t(node.children.front())];
        node.first = child.first;
        node.nullable = node.min == 0 || child.nullable;
        break;
    }
    }
}

std::uint32_t DigitPattern::advance(int index, std::uint32_t from, const Input &input) const
{
    const Node &node = m_nodes[size_t(index)];
    switch (node.kind) {
    case Node::Kind::Digits:
        return (from & input.positionsOf(node.digits)) << 1;
    case Node::Kind::Sequence:
        for (const int child : node.children) {
            const Node &c = m_nodes[size_t(child)];
            if (from == 0 ||
                (c.kind != Node::Kind::Digits && !c.nullable && !(c.first & input.digitsAt(from))))
                return 0;
            from = advance(child, from, input);
        }
        return from;
    case Node::Kind::Choice: {
        // Most alternatives start with other digits than the ones here: skip them unvisited.
        const std::uint16_t present = input.digitsAt(from);
        std::uint32_t reached = 0;
        for (const int child : node.children) {
            const Node &c = m_nodes[size_t(child)];
            if (c.nullable || (c.first & present))
                reached |= advance(child, from, input);
        }
        return reached;
    }
    case Node::Kind::Repeat: {
        const int child = node.children.front();
        const Node &repeated = m_nodes[size_t(child)];
        if (repeated.kind == Node::Kind::Digits) { // \d{7}, [0-5]{2,3}: shifts, no calls
            const std::uint32_t positions = input.positionsOf(repeated.digits);
            for (int i = 0; i < node.min && from != 0; ++i)
                from = (from & positions) << 1;
            std::uint32_t reached = from;
            for (int i = node.min; (node.max < 0 || i < node.max) && from != 0; ++i) {
                from = ((from & positions) << 1) & ~reached;
                reached |= from;
            }
            return reached;
        }
        for (int i = 0; i < node.min && from != 0; ++i)
            from = advance(child, from, input);
        std::uint32_t reached = from;
        for (int i = node.min; (node.max < 0 || i < node.max) && from != 0; ++i) {
            from = advance(child, from, input) & ~reached; // positions already known add nothing
            reached |= from;
        }
        return reached;
    }
    }
    return 0;
}

bool DigitPattern::fullMatch(std::string_view digits) const
{
    if (digits.size() > 30)
        return false;
    Input input;
    for (size_t i = 0; i < digits.size(); ++i) {
        const int d = digits[i] - '0';
        if (d < 0 || d > 9)
            return false;
        input.at[d] |= 1u << i;
        input.digit[i] = std::uint8_t(d);
    }
    input.all = (1u << digits.size()) - 1;
    return (advance(0, 1u, input) >> digits.size()) & 1u;
}

DigitPattern::Outcome DigitPattern::matchWithPrefix(std::string_view prefix, int length) const
{
    if (length > 30 || int(prefix.size()) > length)
        return Outcome::Never;
    Input input;
    for (size_t i = 0; i < prefix.size(); ++i) {
        const int d = prefix[i] - '0';
        if (d < 0 || d > 9)
            return Outcome::Never;
        input.at[d] |= 1u << i;
        input.digit[i] = std::uint8_t(d);
    }
    input.all = (1u << length) - 1;
    input.unknown = input.all & ~((1u << prefix.size()) - 1);
    // Some digits after the prefix make a match: some number matches.
    if (!((advance(0, 1u, input) >> length) & 1u))
        return Outcome::Never;
    // A path that takes only \d after the prefix matches whatever those digits are.
    input.strict = true;
    return (advance(0, 1u, input) >> length) & 1u ? Outcome::Always : Outcome::Depends;
}

// --- NumberTypes ----------------------------------------------------------------------------

bool NumberTypes::Desc::matches(std::string_view digits) const
{
    if (!anyLength && (digits.size() >= 32 || !(lengths & (1u << digits.size()))))
        return false;
    return pattern && pattern->fullMatch(digits);
}

DigitPattern::Outcome NumberTypes::Desc::matchesWithPrefix(std::string_view prefix,
                                                           int length) const
{
    if (!anyLength && (length >= 32 || !(lengths & (1u << length))))
        return DigitPattern::Outcome::Never;
    return pattern ? pattern->matchWithPrefix(prefix, length) : DigitPattern::Outcome::Never;
}

bool NumberTypes::readDesc(const void *descPointer, Desc *out)
{
    const auto &desc = *static_cast<const i18n::phonenumbers::PhoneNumberDesc *>(descPointer);
    out->anyLength = desc.possible_length_size() == 0;
    for (const int length : desc.possible_length()) {
        if (length >= 0 && length < 32)
            out->lengths |= 1u << length;
    }
    const std::string &pattern = desc.national_number_pattern();
    if (pattern.empty())
        return true; // libphonenumber: an empty pattern never matches
    out->pattern = DigitPattern::compile(pattern);
    return out->pattern != nullptr;
}

std::unique_ptr<NumberTypes> NumberTypes::fromMetadata(const i18n::phonenumbers::PhoneMetadata &m)
{
    using i18n::phonenumbers::PhoneNumberUtil;
    auto types = std::unique_ptr<NumberTypes>(new NumberTypes);
    if (m.general_desc().possible_length_size() == 0 ||
        !readDesc(&m.general_desc(), &types->m_general) ||
        !readDesc(&m.fixed_line(), &types->m_fixedLine) || !readDesc(&m.mobile(), &types->m_mobile))
        return nullptr;
    const std::pair<const i18n::phonenumbers::PhoneNumberDesc *, int> special[] = {
        {&m.premium_rate(), PhoneNumberUtil::PREMIUM_RATE},
        {&m.toll_free(), PhoneNumberUtil::TOLL_FREE},
        {&m.shared_cost(), PhoneNumberUtil::SHARED_COST},
        {&m.voip(), PhoneNumberUtil::VOIP},
        {&m.personal_number(), PhoneNumberUtil::PERSONAL_NUMBER},
        {&m.pager(), PhoneNumberUtil::PAGER},
        {&m.uan(), PhoneNumberUtil::UAN},
        {&m.voicemail(), PhoneNumberUtil::VOICEMAIL}};
    for (const auto &[desc, type] : special) {
        Desc read;
        if (!readDesc(desc, &read))
            return nullptr;
        types->m_special.emplace_back(std::move(read), type);
    }
    types->m_sameMobileAndFixedLine = m.same_mobile_and_fixed_line_pattern();
    for (const int length : m.general_desc().possible_length_local_only()) {
        if (length >= 0 && length < 32)
            types->m_localOnlyLengths |= 1u << length;
    }
    const auto &possible = m.general_desc().possible_length();
    types->m_shortestPossible = possible.Get(0);
    types->m_longestPossible = possible.Get(0) == -1 ? -1 : possible.Get(possible.size() - 1);
    // Rows for every length a number of the region can have; longer ones are rare (and
    // invalid), so they keep matching the patterns.
    types->m_tableLengths = std::min(types->m_longestPossible + 1, 31);
    return types;
}

NumberTypes::~NumberTypes()
{
    delete[] m_byPrefix.load();
}

std::atomic<std::int8_t> *NumberTypes::prefixTable() const
{
    std::atomic<std::int8_t> *table = m_byPrefix.load(std::memory_order_acquire);
    if (table)
        return table;
    auto *made = new std::atomic<std::int8_t>[size_t(m_tableLengths) * kPrefixes]();
    if (m_byPrefix.compare_exchange_strong(table, made, std::memory_order_acq_rel))
        return made;
    delete[] made; // another thread made it first
    return table;
}

int NumberTypes::type(std::string_view nationalNumber) const
{
    const auto length = int(nationalNumber.size());
    if (length >= m_tableLengths)
        return typeByPatterns(nationalNumber);
    const std::string_view prefix = nationalNumber.substr(0, kPrefixDigits);
    int key = 0;
    for (const char c : prefix) {
        if (c < '0' || c > '9')
            return typeByPatterns(nationalNumber);
        key = key * 10 + (c - '0');
    }
    std::atomic<std::int8_t> &entry = prefixTable()[size_t(length) * kPrefixes + size_t(key)];
    int known = entry.load(std::memory_order_relaxed);
    if (known == 0) {
        // Two threads may both work it out: they store the same value.
        const int decided = typeByPrefix(prefix, length);
        known = decided < 0 ? 1 : decided + 2;
        entry.store(std::int8_t(known), std::memory_order_relaxed);
    }
    return known == 1 ? typeByPatterns(nationalNumber) : known - 2;
}

int NumberTypes::typeByPrefix(std::string_view prefix, int length) const
{
    using i18n::phonenumbers::PhoneNumberUtil;
    using Outcome = DigitPattern::Outcome;
    const Outcome general = m_general.matchesWithPrefix(prefix, length);
    if (general == Outcome::Never)
        return PhoneNumberUtil::UNKNOWN;
    if (general == Outcome::Depends)
        return -1;
    for (const auto &[desc, type] : m_special) {
        const Outcome special = desc.matchesWithPrefix(prefix, length);
        if (special == Outcome::Always)
            return type;
        if (special == Outcome::Depends)
            return -1;
    }
    const Outcome fixedLine = m_fixedLine.matchesWithPrefix(prefix, length);
    const Outcome mobile =
        m_sameMobileAndFixedLine ? Outcome::Never : m_mobile.matchesWithPrefix(prefix, length);
    if (fixedLine == Outcome::Depends || mobile == Outcome::Depends)
        return -1;
    if (fixedLine == Outcome::Always) {
        return m_sameMobileAndFixedLine || mobile == Outcome::Always
                   ? PhoneNumberUtil::FIXED_LINE_OR_MOBILE
                   : PhoneNumberUtil::FIXED_LINE;
    }
    return mobile == Outcome::Always ? PhoneNumberUtil::MOBILE : PhoneNumberUtil::UNKNOWN;
}

int NumberTypes::typeByPatterns(std::string_view nationalNumber) const
{
    using i18n::phonenumbers::PhoneNumberUtil;
    if (!m_general.matches(nationalNumber))
        return PhoneNumberUtil::UNKNOWN;
    for (const auto &[desc, type] : m_special) {
        if (desc.matches(nationalNumber))
            return type;
    }
    if (m_fixedLine.matches(nationalNumber)) {
        return m_sameMobileAndFixedLine || m_mobile.matches(nationalNumber)
                   ? PhoneNumberUtil::FIXED_LINE_OR_MOBILE
                   : PhoneNumberUtil::FIXED_LINE;
    }
    if (!m_sameMobileAndFixedLine && m_mobile.matches(nationalNumber))
        return PhoneNumberUtil::MOBILE;
    return PhoneNumberUtil::UNKNOWN;
}

bool NumberTypes::matchesGeneralPattern(std::string_view nationalNumber) const
{
    return m_general.pattern && m_general.pattern->fullMatch(nationalNumber);
}

bool NumberTypes::tooLong(std::string_view nationalNumber) const
{
    const auto length = int(nationalNumber.size());
    if (m_longestPossible < 0 || (length < 32 && (m_localOnlyLengths & (1u << length))))
        return false;
    return length > m_longestPossible;
}

int NumberTypes::lengthFit(std::string_view nationalNumber) const
{
    using i18n::phonenumbers::PhoneNumberUtil;
    if (m_shortestPossible < 0)
        return PhoneNumberUtil::INVALID_LENGTH;
    const auto length = int(nationalNumber.size());
    if (length < 32 && (m_localOnlyLengths & (1u << length)))
        return PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY;
    if (length == m_shortestPossible)
        return PhoneNumberUtil::IS_POSSIBLE;
    if (length < m_shortestPossible)
        return PhoneNumberUtil::TOO_SHORT;
    if (length > m_longestPossible)
        return PhoneNumberUtil::TOO_LONG;
    return length < 32 && (m_general.lengths & (1u << length)) ? PhoneNumberUtil::IS_POSSIBLE
                                                               : PhoneNumberUtil::INVALID_LENGTH;
}

} // namespace phones
