#pragma once

#include <QString>
#include <QStringList>

namespace cli {

// One line of the send command's CSV: msisdn,invitation_id,status,error.
struct ReportLine
{
    QString msisdn; // E.164, or the text as given when it is not a number
    QString invitationId;
    QString status; // invited, pending, member, added-to-groups, failed, cancelled,
                    // unconfirmed, would-send, would-add-to-groups,
                    // invalid, refused, not-mobile, duplicate
    QString error;
};

QString reportHeader();
// Through the one CSV writer: RFC 4180 quoting, formula-like cells prefixed with '.
QString reportLine(const ReportLine &line);

} // namespace cli
