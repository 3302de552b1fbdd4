#pragma once

// Waits for the CredentialStore's asynchronous answers, for the keychain tests of this folder.
#include "accessy/credentialstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTest>

#include <functional>
#include <optional>

// Runs one CredentialStore call and waits (event loop) up to `timeoutMs` for its outcome. When
// none comes the test fails, and the outcome returned names the keychain problem "no answer".
inline accessy::CredentialStore::Outcome
waitForOutcome(const std::function<void(accessy::CredentialStore::Callback)> &call, int timeoutMs)
{
    using accessy::CredentialStore;
    std::optional<CredentialStore::Outcome> outcome;
    call([&outcome](const CredentialStore::Outcome &o) { outcome = o; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), timeoutMs);
    }();
    return outcome.value_or(
        CredentialStore::Outcome{CredentialStore::Where::Nowhere, {}, QStringLiteral("no answer")});
}

// A secret no other run (nor a leftover of one) has: `prefix`, the time and the process id, so a
// search for it on disk or in a keychain finds only what this run wrote.
inline QString uniqueSecret(const char *prefix)
{
    return QStringLiteral("%1-%2-%3")
        .arg(QLatin1String(prefix))
        .arg(QDateTime::currentMSecsSinceEpoch())
        .arg(QCoreApplication::applicationPid());
}
