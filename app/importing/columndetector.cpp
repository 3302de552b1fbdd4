#include "importing/columndetector.h"

#include "phones/numbercleaner.h"
#include "phones/phonenormalizer.h"

#include <array>
#include <string_view>

namespace importing {
namespace {

constexpr qsizetype SampleRows = 300;

enum class HeaderKind
{
    None,
    Phone,
    Mobile,
    FullName,
    FirstName,
    LastName
};

// "Mobil-nummer", "E-post", "First name" -> "mobilnummer", "epost", "firstname".
QString headerKey(const QString &cell)
{
    QString key;
    for (const QChar c : cell.toCaseFolded()) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}

bool containsAny(const QString &key, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *word : words) {
        if (key.contains(QStringView(word)))
            return true;
    }
    return false;
}

bool equalsAny(const QString &key, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *word : words) {
        if (key == QStringView(word))
            return true;
    }
    return false;
}

HeaderKind headerKind(const QString &cell)
{
    const QString key = headerKey(cell);
    if (key.isEmpty() || key.size() > 40)
        return HeaderKind::None;
    // Swedish, English, Norwegian/Danish, Finnish, German.
    if (containsAny(key,
                    {u"mobil", u"mobile", u"cell", u"sms", u"gsm", u"handy", u"matkapuhelin"}) ||
        equalsAny(key, {u"mob", u"mobnr"}))
        return HeaderKind::Mobile;
    if (containsAny(key, {u"telefon", u"phone", u"msisdn", u"puhelin"}) ||
        equalsAny(key, {u"tel", u"tfn", u"telnr", u"tlf", u"nummer", u"number", u"nr"}))
        return HeaderKind::Phone;
    if (containsAny(key, {u"förnamn", u"fornamn", u"firstname", u"givenname", u"tilltalsnamn",
                          u"fornavn", u"etunimi", u"vorname"}))
        return HeaderKind::FirstName;
    if (containsAny(key, {u"efternamn", u"lastname", u"surname", u"familyname", u"etternavn",
                          u"efternavn", u"sukunimi", u"nachname"}))
        return HeaderKind::LastName;
    if (containsAny(key, {u"name", u"namn", u"navn", u"nimi", u"kontakt", u"contact"}))
        return HeaderKind::FullName;
    return HeaderKind::None;
}

bool isNumberVerdict(phones::Verdict verdict)
{
    return verdict == phones::Verdict::Valid || verdict == phones::Verdict::Fixed ||
           verdict == phones::Verdict::NotMobile;
}

struct ColumnStats
{
    qsizetype filled = 0;
    qsizetype numbers = 0; // valid phone numbers, mobile or not
    qsizetype mobiles = 0;
    qsizetype words = 0;    // letters and at most a couple of digits: names, places, notes
    qsizetype digitish = 0; // digits and phone punctuation only, valid or not
};

bool looksLikeWords(const QString &cell)
{
    qsizetype letters = 0;
    qsizetype digits = 0;
    for (const QChar c : cell) {
        if (c == u'@')
            return false; // an e-mail address, not a name
        letters += c.isLetter();
        digits += c.isDigit();
    }
    return letters >= 2 && digits <= 2 && cell.size() <= 80;
}

} // namespace

ColumnChoice detectColumns(const RowTable &table, const phones::PhoneNormalizer &normalizer)
{
    ColumnChoice choice;
    if (table.rows.isEmpty())
        return choice;

    qsizetype columns = 0;
    const qsizetype sampleEnd = std::min(table.rows.size(), SampleRows + 1);
    for (qsizetype r = 0; r < sampleEnd; ++r)
        columns = std::max(columns, table.rows[r].size());

    // Statistics of the rows after the first; the first row is judged separately.
    QList<ColumnStats> stats(columns);
    const auto isNumber = [&](const QString &cell, bool *mobile) {
        const phones::NumberCheck check = normalizer.check(phones::cleanNumber(cell));
        *mobile = phones::isSendable(check.verdict);
        return isNumberVerdict(check.verdict);
    };
    // Numbers that are wrong for the region (or short) still make a phone column: better a
    // list of invalid entries than no list.
    const auto isDigitish = [](const QString &cell) {
        const phones::CleanNumber number = phones::cleanNumber(cell);
        return number.problem == phones::CleanNumber::Problem::None && number.digits.size() >= 5;
    };
    for (qsizetype r = 1; r < sampleEnd; ++r) {
        const QStringList &row = table.rows[r];
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QString cell = row[c].trimmed();
            if (cell.isEmpty())
                continue;
            ColumnStats &s = stats[c];
            ++s.filled;
            bool mobile = false;
            if (isNumber(cell, &mobile)) {
                ++s.numbers;
                s.mobiles += mobile;
            } else if (looksLikeWords(cell)) {
                ++s.words;
            }
            s.digitish += isDigitish(cell);
        }
    }

    // The first row is a header when it names a column, or when none of its cells is a number
    // although the rows below have numbers in a column where it has words.
    const QStringList &first = table.rows.first();
    QList<HeaderKind> kinds(columns, HeaderKind::None);
    bool named = false;
    bool firstHasNumber = false;
    bool wordsAboveNumbers = false;
    for (qsizetype c = 0; c < first.size(); ++c) {
        kinds[c] = headerKind(first[c]);
        named = named || kinds[c] != HeaderKind::None;
        bool mobile = false;
        if (isNumber(first[c].trimmed(), &mobile))
            firstHasNumber = true;
        else if (looksLikeWords(first[c]) && (stats[c].numbers > 0 || stats[c].digitish > 0))
            wordsAboveNumbers = true;
    }
    choice.hasHeader = !firstHasNumber && (named || wordsAboveNumbers);
    if (!choice.hasHeader) {
        // The first row is data: count it too.
        for (qsizetype c = 0; c < first.size(); ++c) {
            const QString cell = first[c].trimmed();
            if (cell.isEmpty())
                continue;
            ++stats[c].filled;
            bool mobile = false;
            if (isNumber(cell, &mobile)) {
                ++stats[c].numbers;
                stats[c].mobiles += mobile;
            } else if (looksLikeWords(cell)) {
                ++stats[c].words;
            }
            stats[c].digitish += isDigitish(cell);
        }
        kinds.fill(HeaderKind::None);
    }

    const double rows = double(std::max<qsizetype>(1, sampleEnd - (choice.hasHeader ? 1 : 0)));
    double bestScore = 0;
    for (qsizetype c = 0; c < columns; ++c) {
        const ColumnStats &s = stats[c];
        double score = double(s.numbers) / rows + 0.5 * double(s.mobiles) / rows +
                       0.1 * double(s.digitish) / rows;
        if (kinds[c] == HeaderKind::Phone || kinds[c] == HeaderKind::Mobile)
            score += 0.3;
        if (kinds[c] == HeaderKind::Mobile)
            score += 0.2;
        if (s.numbers == 0 && s.digitish == 0 && !(choice.hasHeader && rows <= 1 && score > 0))
            continue; // a header alone names the column only when no data rows exist
        if (score > bestScore) {
            bestScore = score;
            choice.phoneColumn = int(c);
        }
    }

    // Names: a full-name header, else first and last name headers, else the wordiest column.
    int full = -1;
    int given = -1;
    int family = -1;
    for (qsizetype c = 0; c < columns; ++c) {
        if (c == choice.phoneColumn)
            continue;
        if (kinds[c] == HeaderKind::FullName && full < 0)
            full = int(c);
        if (kinds[c] == HeaderKind::FirstName && given < 0)
            given = int(c);
        if (kinds[c] == HeaderKind::LastName && family < 0)
            family = int(c);
    }
    if (given >= 0 || family >= 0) {
        if (given >= 0)
            choice.nameColumns.append(given);
        if (family >= 0)
            choice.nameColumns.append(family);
    } else if (full >= 0) {
        choice.nameColumns.append(full);
    } else {
        int wordiest = -1;
        double bestShare = 0.6; // most filled cells must be words
        for (qsizetype c = 0; c < columns; ++c) {
            const ColumnStats &s = stats[c];
            if (c == choice.phoneColumn || s.filled == 0)
                continue;
            const double share = double(s.words) / double(s.filled);
            if (share > bestShare) {
                bestShare = share;
                wordiest = int(c);
            }
        }
        if (wordiest >= 0)
            choice.nameColumns.append(wordiest);
    }
    return choice;
}

} // namespace importing
