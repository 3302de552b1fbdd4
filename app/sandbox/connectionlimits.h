#pragma once

#include <QtGlobal>

namespace sandbox {

// What one HTTP connection to the sandbox may use. The sandbox is shipped (practice mode) and
// listens on a port, so a broken or hostile client must not make it hold unbounded memory or
// keep connections forever. Checked byte by byte as the request arrives (ConnectionGuard),
// before QAbstractHttpServer buffers anything beyond the limits.
struct ConnectionLimits
{
    qint64 maxBodyBytes = 1024 * 1024;  // Content-Length above this: 413 before the body is read
    int maxRequestLineBytes = 8 * 1024; // method, URL and version: 414 above this
    int maxHeaderBytes = 16 * 1024;     // all header lines together: 431 above this
    int idleTimeoutMs = 30000;          // nothing from the client while no answer is pending: close
    int requestTimeoutMs = 60000;       // head and body of one request must arrive within this: 408
    int lingerMs = 1000; // after a refusal, read and drop what still comes, then close
};

} // namespace sandbox
