#pragma once

// Waits for the CredentialStore's asynchronous answers, for the keychain tests of this folder.
#include "accessy/credentialstore.h"

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
