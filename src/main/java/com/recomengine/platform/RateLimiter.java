package com.recomengine.platform;

/**
 * Per-minute limits shared by every instance through Redis, falling back to a local bucket per instance while
 * Redis is unreachable.
 */
public interface RateLimiter {

    RateLimitDecision tryConsume(String bucket, long perMinute);
}
