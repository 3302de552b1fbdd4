#include "cli/sendreport.h"

#include "common/delimitedtext.h"

namespace cli {

QString reportHeader()
{
    return QStringLiteral("msisdn,invitation_id,status,error");
}

QString reportLine(const ReportLine &line)
{
    return common::delimited::line({line.msisdn, line.invitationId, line.status, line.error});
}

} // namespace cli
