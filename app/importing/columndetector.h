#pragma once

#include "importing/readresult.h"

#include <QList>

namespace phones {
class PhoneNormalizer;
}

namespace importing {

// Which row is a header and which columns hold the numbers and the names.
struct ColumnChoice
{
    bool hasHeader = false;
    int phoneColumn = -1;   // -1: no column holds phone numbers
    QList<int> nameColumns; // one full-name column, or first + last name, or none
    friend bool operator==(const ColumnChoice &, const ColumnChoice &) = default;
};

// The phone column is the one whose cells mostly are phone numbers (a header such as
// "Mobil" or "Phone" tips the balance between two such columns, e.g. mobile and landline);
// the name column has a name-like header (name, namn, förnamn + efternamn, ...) or else
// mostly alphabetic text. The first row is a header when it names columns rather than
// holding data. Only the first rows are examined, so this costs the same for any size.
ColumnChoice detectColumns(const RowTable &table, const phones::PhoneNormalizer &normalizer);

} // namespace importing
