#pragma once

#include "common/delimitedtext.h"
#include "invitations/invitationrow.h"

#include <QList>
#include <QTimeZone>

// Rows that break naive writers: quotes, delimiters, line breaks inside cells, Swedish
// letters, numbers that a spreadsheet would turn into numbers, formula look-alikes, long text.
inline QList<invitations::InvitationRow> trickyInvitationRows()
{
    const QDateTime t(QDate(2026, 11, 26), QTime(9, 30, 5), QTimeZone::utc());
    QList<invitations::InvitationRow> rows;
    rows.append({QStringLiteral("070-123 45 67"), QStringLiteral("Åsa Öberg"),
                 QStringLiteral("+46701234567"),
                 QStringLiteral("3f2c1a9e-0b7d-4c1e-9a55-1d2e3f4a5b6c"), QStringLiteral("PENDING"),
                 t, QString()});
    rows.append({QStringLiteral("\"Bo, the boss\" <0702345678>"),
                 QStringLiteral("Bo \"Boss\" Ek, CEO"), QStringLiteral("+46702345678"), QString(),
                 QStringLiteral("FAILED"), QDateTime(),
                 QStringLiteral("Line one\nline two; with \"quotes\"\r\nand CRLF")});
    rows.append({QStringLiteral("0046 70 345 67 89"), QStringLiteral("Ärla Ängström-Åkesson"),
                 QStringLiteral("+46703456789"),
                 QStringLiteral("00000000-0000-0000-0000-000000000001"), QStringLiteral("ACCEPTED"),
                 t.addDays(1), QString()});
    rows.append({QStringLiteral("0701234567"), QStringLiteral("=HYPERLINK(\"x\")"),
                 QStringLiteral("+46701234567"), QString(), QStringLiteral("FAILED"), QDateTime(),
                 QStringLiteral("Duplicate of row 1")});
    rows.append({QStringLiteral("  leading and trailing blanks  "), QStringLiteral("\tTab\tName"),
                 QStringLiteral("0012345"), QString(), QStringLiteral("DELETED"), t.addSecs(-3600),
                 QString::fromUtf8("“Typographic” – quotes … & <xml> 👍")});
    rows.append({QStringLiteral("12345678901234567890"), QString(), QString(), QString(),
                 QStringLiteral("QUEUED"), QDateTime(),
                 QString::fromUtf8("Lång text åäö ").repeated(500)});
    return rows;
}

// CSV and clipboard text write every line break inside a cell as LF.
inline QList<QStringList> withLfLineBreaks(QList<QStringList> rows)
{
    for (QStringList &row : rows)
        for (QString &cell : row)
            cell.replace(QLatin1String("\r\n"), QLatin1String("\n"))
                .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return rows;
}

// What a spreadsheet reads back from our CSV and clipboard text: formula-like cells with the
// leading ' of the formula guard, every line break inside a cell as LF.
inline QList<QStringList> asWrittenToText(QList<QStringList> rows)
{
    for (QStringList &row : rows)
        for (QString &cell : row)
            if (common::delimited::startsFormula(cell))
                cell.prepend(QLatin1Char('\''));
    return withLfLineBreaks(rows);
}
