package com.recomengine.events.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * Which event timestamps a tenant may send now: not older than its retention (such an event would be dropped with
 * its partition anyway) and not further ahead than the allowed clock skew.
 */
record AcceptanceWindow(Instant now, int retentionDays, Duration maxSkew) {

    Instant earliest() {
        return now.minus(Duration.ofDays(retentionDays));
    }

    Instant latest() {
        return now.plus(maxSkew);
    }
}
