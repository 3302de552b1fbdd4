#pragma once

#include "accessy/apierror.h"

#include <QString>

namespace sending::policy {

// What to do with a batch whose request failed. Decided from facts only (no clock, no random
// draw, no I/O), so every rule can be read and tested as a table.
enum class ErrorAction
{
    Retry,     // nothing was created: send the same batch again after a wait
    Split,     // refused as a whole: send each half on its own (nothing was created)
    Reconcile, // the server may have created them: read its list before any re-send
    Fail,      // a final refusal of these numbers
    StopJob,   // a refusal no retry changes (credentials, rights, configuration): stop all
};

// Why a Retry waits, which also says which counter of the batch goes up.
enum class RetryCause
{
    None,
    RateLimited, // 429: the server asked us to come back later
    NotSent,     // the request never reached the server
};

// The facts of the batch the decision depends on.
struct BatchFacts
{
    int numbers = 1;     // numbers in the batch
    int rateLimited = 0; // 429s so far
    int notSent = 0;     // failures before the request reached the server so far
};

struct Limits
{
    int retryAfterMaxMs = 120000;
    int maxRetriesNotSent = 5;
};

struct ErrorDecision
{
    ErrorAction action = ErrorAction::Fail;
    RetryCause cause = RetryCause::None;
    // Retry: a fixed wait (the server's Retry-After, capped), or -1 for the back-off's
    // backoffStep-th wait.
    int fixedDelayMs = -1;
    int backoffStep = 0;
    // Reconcile: the request may still be in the server's queue, so the list is read only
    // once the grace period has passed since it left (else after the short reconcile delay:
    // the server answered, so whatever it did is done).
    bool waitForGrace = false;
};

// The batch size for a send of `numbers` fresh numbers, `maxBatch` at most. A short list is cut
// into about kStepsForShortLists requests, never of fewer than kSmallestBatch numbers (or
// maxBatch if smaller), so that its progress moves as answers come instead of jumping from 0 to
// done in one request; a long list is cut as before. For the default 50: 30 numbers go as 6
// requests of 5, 120 as 6 of 20, 5 or fewer as one.
inline constexpr int kStepsForShortLists = 6;
inline constexpr int kSmallestBatch = 5;
int batchSizeFor(int numbers, int maxBatch);

ErrorDecision decide(const accessy::ApiError &error, const BatchFacts &facts, const Limits &limits);

// Whether a server that failed this way may still be working on the request: no answer at
// all (time-out, dropped connection) or a gateway's 502/504 (the backend behind it may go on).
bool mayStillBeProcessing(const accessy::ApiError &error);

// The grace period actually used: never shorter than twice the transfer time-out, since a
// request can wait that long in our own queue and on the wire before the server sees it.
qint64 effectiveGraceMs(qint64 requestedMs, int transferTimeoutMs);

} // namespace sending::policy
