#pragma once

// The reader tests compare the sentence a refused file gets with the one expected. A read that
// succeeded has no sentence: it gives a text no expected sentence has, so the comparison fails
// and says that the file was read instead.
#include "importing/readresult.h"

inline QString refusalOf(const importing::TableResult &result)
{
    return result.ok() ? QStringLiteral("(read without a refusal)") : result.error().message;
}

// The list the CSV and XLSX tests store in each format: a header, then a name and a number.
inline const QList<QStringList> SwedishMembers{
    {QStringLiteral("Namn"), QStringLiteral("Telefon")},
    {QStringLiteral("Åsa Öberg"), QStringLiteral("070-123 45 67")},
    {QStringLiteral("Bo Ek"), QStringLiteral("0702345678")}};
