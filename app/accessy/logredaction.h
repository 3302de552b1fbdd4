#pragma once

#include <QString>
#include <QStringList>

// Secrets never reach a log: every message passes through redact() inside the Qt message
// handler, so a careless qDebug() of a header or a JSON body cannot leak a token either.
namespace accessy::logging {

// Masks bearer/basic credentials, Authorization header values, access_token / client_secret /
// refresh_token / password values (JSON, form or "key: value" style), JWTs, and every value
// given to registerSecret().
QString redact(const QString &text);

// Remembers a secret or token (in memory only) so that any later log line or diagnostics text
// containing it is masked. Values shorter than 6 characters are ignored (too many false hits).
void registerSecret(const QString &secret);

// Installs the redacting message handler in front of the current one (idempotent).
// Call once at start-up, before anything logs (main.cpp, and tests that check logs).
void installRedactingMessageHandler();

// The last warnings and errors (and accessy.* info lines), already redacted, oldest first;
// for the "Copy diagnostics" text.
QStringList recentProblems();

} // namespace accessy::logging
