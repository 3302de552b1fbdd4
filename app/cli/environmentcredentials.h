#pragma once

#include "accessy/accessysession.h"

#include <QString>

namespace cli {

// The credentials the command-line modes read from the environment: ACCESSY_SESSION_TOKEN
// (a pasted session token) wins; otherwise ACCESSY_CLIENT_ID + ACCESSY_CLIENT_SECRET.
accessy::Credentials credentialsFromEnvironment();

// "<command>: no credentials. Set …" naming the variables, for when isComplete() is false.
QString missingCredentialsMessage(const QString &command);

} // namespace cli
