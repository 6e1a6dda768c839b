package com.recomengine.recommendations;

import com.recomengine.shared.Verdict;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a tenant stands in the model build queue: when its models were last built and its data last changed,
 * whether a build is running, and the failures since the last successful build ({@code failedAttempts} in a row,
 * the last {@code lastError}, the next retry; {@code parked} once it failed too often to be retried soon).
 */
public record ModelBuildStatus(
        @Nullable Instant builtAt,
        @Nullable Instant changedAt,
        boolean building,
        int failedAttempts,
        @Nullable Instant failedAt,
        @Nullable String lastError,
        @Nullable Instant retryAt,
        boolean parked) {

    /** Whether the last attempt failed (and no build succeeded since). */
    public boolean failing() {
        return failedAttempts > 0;
    }

    /** Parked is broken; a failed last attempt that will be retried needs attention; anything else is fine. */
    public Verdict verdict() {
        return parked ? Verdict.BAD : failing() ? Verdict.WARN : Verdict.OK;
    }
}
