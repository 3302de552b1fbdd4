#include "composer/plaincharacters.h"

#include "composer/gsmalphabet.h"

#include <QHash>

namespace composer {
namespace {

struct Mapping
{
    char32_t from;
    const char *to; // GSM 03.38 text, in ASCII
};

// Stand-ins that Unicode decomposition does not give: punctuation from word processors and
// phones' "smart" keyboards, and letters without a decomposition.
constexpr Mapping Mappings[] = {
    {U'\t', " "},      {U'`', "'"},       {U'\u00B4', "'"},  {U'\u2018', "'"},   {U'\u2019', "'"},
    {U'\u201A', "'"},  {U'\u201B', "'"},  {U'\u2032', "'"},  {U'\u02BC', "'"},   {U'\u2039', "'"},
    {U'\u203A', "'"},  {U'\u201C', "\""}, {U'\u201D', "\""}, {U'\u201E', "\""},  {U'\u201F', "\""},
    {U'\u2033', "\""}, {U'\u00AB', "\""}, {U'\u00BB', "\""}, {U'\u2010', "-"},   {U'\u2011', "-"},
    {U'\u2012', "-"},  {U'\u2013', "-"},  {U'\u2014', "-"},  {U'\u2015', "-"},   {U'\u2212', "-"},
    {U'\u2043', "-"},  {U'\u2022', "-"},  {U'\u00B7', "-"},  {U'\u2026', "..."}, {U'\u00A0', " "},
    {U'\u2007', " "},  {U'\u202F', " "},  {U'\u3000', " "},  {U'\u00AD', ""},    {U'\u200B', ""},
    {U'\u200C', ""},   {U'\u200D', ""},   {U'\u2060', ""},   {U'\uFEFF', ""},    {U'\u2028', "\n"},
    {U'\u2029', "\n"}, {U'\u2044', "/"},  {U'\u00D7', "x"},  {U'\u00A9', "(c)"}, {U'\u00AE', "(R)"},
    {U'\u2264', "<="}, {U'\u2265', ">="}, {U'\u0142', "l"},  {U'\u0141', "L"},   {U'\u0111', "d"},
    {U'\u0110', "D"},  {U'\u0153', "oe"}, {U'\u0152', "OE"}, {U'\u0131', "i"},   {U'\u00F0', "d"},
    {U'\u00D0', "D"},  {U'\u00FE', "th"}, {U'\u00DE', "Th"},
};

const QHash<char32_t, QString> &mappingTable()
{
    static const QHash<char32_t, QString> table = [] {
        QHash<char32_t, QString> t;
        for (const Mapping &m : Mappings)
            t.insert(m.from, QString::fromLatin1(m.to));
        return t;
    }();
    return table;
}

bool allGsm(QStringView text)
{
    for (const char32_t cp : text.toUcs4())
        if (!isGsm(cp))
            return false;
    return true;
}

} // namespace

std::optional<QString> plainReplacement(char32_t codePoint)
{
    if (isGsm(codePoint))
        return std::nullopt;
    const auto &table = mappingTable();
    if (const auto it = table.constFind(codePoint); it != table.cend())
        return *it;

    // Compatibility decomposition gives á → a + ◌́, ﬁ → fi, full-width Ａ → A, … → "...";
    // the combining marks are dropped and what is left must be GSM 03.38 throughout.
    const QString decomposed =
        QString::fromUcs4(&codePoint, 1).normalized(QString::NormalizationForm_KD);
    QString plain;
    for (const char32_t cp : decomposed.toUcs4()) {
        if (QChar::category(cp) == QChar::Mark_NonSpacing)
            continue;
        if (const auto it = table.constFind(cp); it != table.cend())
            plain += *it;
        else
            plain += QString::fromUcs4(&cp, 1);
    }
    if (plain.isEmpty() || plain == QString::fromUcs4(&codePoint, 1) || !allGsm(plain))
        return std::nullopt;
    return plain;
}

QString replaceWithPlainCharacters(QStringView text)
{
    const QString composed = text.toString().normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(composed.size());
    for (qsizetype i = 0; i < composed.size();) {
        char32_t cp = composed[i].unicode();
        qsizetype length = 1;
        if (composed[i].isHighSurrogate() && i + 1 < composed.size() &&
            composed[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(composed[i], composed[i + 1]);
            length = 2;
        }
        if (const std::optional<QString> plain = plainReplacement(cp))
            out += *plain;
        else
            out += QStringView(composed).mid(i, length);
        i += length;
    }
    return out;
}

} // namespace composer
