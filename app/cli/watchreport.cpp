#include "cli/watchreport.h"

#include "common/delimitedtext.h"

namespace cli {

QString watchHeader()
{
    return QStringLiteral("time,invitation_id,msisdn,old_status,new_status");
}

// Statuses and IDs come verbatim from the server, so any text must survive a CSV reader and
// never run as a formula in the spreadsheet the output lands in.
QString watchLine(const tracking::StatusChange &change)
{
    const QDateTime at = change.at.isValid() ? change.at : QDateTime::currentDateTimeUtc();
    return common::delimited::line({at.toUTC().toString(Qt::ISODateWithMs), change.invitationId,
                                    change.msisdn, change.oldStatus, change.newStatus});
}

} // namespace cli
