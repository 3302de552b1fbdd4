#include "cli/awaitresult.h"

namespace cli {

void Interruption::interrupt()
{
    if (m_interrupted)
        return;
    m_interrupted = true;
    Q_EMIT interrupted();
}

} // namespace cli
