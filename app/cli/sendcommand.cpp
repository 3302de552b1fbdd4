#include "cli/commands.h"

#include <QTextStream>

namespace cli {

int runSendCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    QTextStream(stderr) << "accessy-invite send: not available in this build yet\n";
    return 2;
}

} // namespace cli
