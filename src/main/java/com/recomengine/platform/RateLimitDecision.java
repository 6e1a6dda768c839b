package com.recomengine.platform;

/** The outcome of taking one token from a limit: what the {@code RateLimit-*} headers report. */
public record RateLimitDecision(
        boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {}
