#include "cli/watchreport.h"

#include <QStringList>

namespace cli {

namespace {
// Statuses come verbatim from the server, so any text must survive a CSV reader.
QString field(QString text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}
} // namespace

QString watchHeader()
{
    return QStringLiteral("time,invitation_id,msisdn,old_status,new_status");
}

QString watchLine(const tracking::StatusChange &change)
{
    const QDateTime at = change.at.isValid() ? change.at : QDateTime::currentDateTimeUtc();
    return QStringList{at.toUTC().toString(Qt::ISODateWithMs), field(change.invitationId),
                       field(change.msisdn), field(change.oldStatus), field(change.newStatus)}
        .join(QLatin1Char(','));
}

} // namespace cli
