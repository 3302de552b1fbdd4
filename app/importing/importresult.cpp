#include "importing/importresult.h"

#include "common/delimitedtext.h"

namespace importing {

QList<phones::PhoneEntry> problemEntries(const QList<phones::PhoneEntry> &entries)
{
    QList<phones::PhoneEntry> problems;
    for (const phones::PhoneEntry &e : entries) {
        if (!phones::isSendable(e.verdict))
            problems << e;
    }
    return problems;
}

QByteArray problemsCsv(const QList<phones::PhoneEntry> &entries)
{
    QList<QStringList> records{{QStringLiteral("row"), QStringLiteral("input"),
                                QStringLiteral("name"), QStringLiteral("verdict"),
                                QStringLiteral("note")}};
    for (const phones::PhoneEntry &e : entries)
        records.append(
            {QString::number(e.row), e.input, e.name, phones::verdictKey(e.verdict), e.note});
    return common::delimited::excelCsv(records);
}

} // namespace importing
