#include "cli/commands.h"

#include <QTextStream>

namespace cli {

int runWatchCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    QTextStream(stderr) << "accessy-invite watch: not available in this build yet\n";
    return 2;
}

} // namespace cli
