#include "importing/importresult.h"

namespace importing {

namespace {
QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')) &&
        !value.startsWith(QLatin1Char(' ')) && !value.endsWith(QLatin1Char(' ')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

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
    QString text = QStringLiteral("row,input,name,verdict,note\r\n");
    for (const phones::PhoneEntry &e : entries) {
        text += QString::number(e.row) + QLatin1Char(',') + csvField(e.input) + QLatin1Char(',') +
                csvField(e.name) + QLatin1Char(',') + phones::verdictKey(e.verdict) +
                QLatin1Char(',') + csvField(e.note) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace importing
