#include "sending/sendpolicy.h"

#include <QtGlobal>

namespace sending::policy {

namespace {

// Refusals that no retry of any batch will change.
bool stopsTheJob(const accessy::ApiError &e)
{
    if (e.kind == accessy::ApiError::Kind::Configuration)
        return true;
    return e.kind == accessy::ApiError::Kind::Http && (e.httpStatus == 401 || e.httpStatus == 403 ||
                                                       e.httpStatus == 404 || e.httpStatus == 406);
}

} // namespace

int batchSizeFor(int numbers, int maxBatch)
{
    maxBatch = qMax(1, maxBatch);
    const int smallest = qMin(kSmallestBatch, maxBatch);
    const int share = (qMax(0, numbers) + kStepsForShortLists - 1) / kStepsForShortLists;
    return qBound(smallest, share, maxBatch);
}

bool mayStillBeProcessing(const accessy::ApiError &e)
{
    using Kind = accessy::ApiError::Kind;
    if (!e.outcomeUnknown())
        return false;
    if (e.kind == Kind::Timeout || e.kind == Kind::Network)
        return true;
    return e.kind == Kind::Http && (e.httpStatus == 502 || e.httpStatus == 504);
}

ErrorDecision decide(const accessy::ApiError &e, const BatchFacts &facts, const Limits &limits)
{
    ErrorDecision d;
    const bool http = e.kind == accessy::ApiError::Kind::Http;
    if (http && e.httpStatus == 429) {
        // Never a failure: the server asks us to come back later.
        d.action = ErrorAction::Retry;
        d.cause = RetryCause::RateLimited;
        if (e.retryAfterSeconds >= 0)
            d.fixedDelayMs = int(
                qMin<qint64>(qint64(e.retryAfterSeconds) * 1000, qMax(0, limits.retryAfterMaxMs)));
        d.backoffStep = facts.rateLimited;
        return d;
    }
    if (http && (e.httpStatus == 400 || e.httpStatus == 413) && facts.numbers > 1) {
        // Split so that one bad number never fails the good ones; nothing was created.
        d.action = ErrorAction::Split;
        return d;
    }
    if (e.outcomeUnknown()) {
        d.action = ErrorAction::Reconcile;
        d.waitForGrace = mayStillBeProcessing(e);
        return d;
    }
    if (stopsTheJob(e)) {
        d.action = ErrorAction::StopJob;
        return d;
    }
    if (http || e.kind == accessy::ApiError::Kind::BadAnswer) {
        // A refusal of these numbers (a single bad number, or another 4xx): final.
        d.action = ErrorAction::Fail;
        return d;
    }
    // The request never reached the server (refused connection, unreachable): safe to retry.
    if (facts.notSent < limits.maxRetriesNotSent) {
        d.action = ErrorAction::Retry;
        d.cause = RetryCause::NotSent;
        d.backoffStep = facts.notSent;
        return d;
    }
    d.action = ErrorAction::Fail;
    return d;
}

qint64 effectiveGraceMs(qint64 requestedMs, int transferTimeoutMs)
{
    return qMax(requestedMs, 2 * qint64(qMax(0, transferTimeoutMs)));
}

} // namespace sending::policy
