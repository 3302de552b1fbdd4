#include "cli/sendreport.h"

namespace cli {

namespace {
QString field(QString text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}
} // namespace

QString reportHeader()
{
    return QStringLiteral("msisdn,invitation_id,status,error");
}

QString reportLine(const ReportLine &line)
{
    return QStringList{field(line.msisdn), field(line.invitationId), field(line.status),
                       field(line.error)}
        .join(QLatin1Char(','));
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << field(f);
    return quoted.join(QLatin1Char(','));
}

} // namespace cli
