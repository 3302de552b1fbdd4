#pragma once

#include "common/unixsignals.h"

namespace sandbox {

// SIGTERM, SIGINT and SIGHUP as a Qt signal: the same watcher as the command line's (it is no
// client code, only process plumbing).
using UnixSignalWatcher = common::UnixSignals;

} // namespace sandbox
