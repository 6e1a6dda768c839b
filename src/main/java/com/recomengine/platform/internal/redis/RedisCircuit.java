package com.recomengine.platform.internal.redis;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The circuit breaker (Resilience4j) every Redis call goes through: one failure that says Redis is unreachable, late
 * or cannot serve opens it for a pause; the first call after the pause decides whether it closes again.
 */
final class RedisCircuit {

    private static final Logger log = LoggerFactory.getLogger(LettuceRedisLink.class);
    private static final Duration PAUSE = Duration.ofSeconds(1);
    /** Error replies that say Redis cannot serve now (rather than that this command was wrong). */
    private static final List<String> UNAVAILABLE =
            List.of("LOADING", "BUSY ", "CLUSTERDOWN", "MASTERDOWN", "TRYAGAIN", "READONLY");

    private final CircuitBreaker breaker = breaker();

    private static CircuitBreaker breaker() {
        CircuitBreaker breaker = CircuitBreaker.of(
                "redis",
                CircuitBreakerConfig.custom()
                        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(1)
                        .minimumNumberOfCalls(1)
                        .failureRateThreshold(100)
                        .waitDurationInOpenState(PAUSE)
                        // Half open lets every call through (as closed) until one outcome decides.
                        .permittedNumberOfCallsInHalfOpenState(1)
                        .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            switch (event.getStateTransition().getToState()) {
                case OPEN -> {
                    if (event.getStateTransition().getFromState() == CircuitBreaker.State.CLOSED) {
                        log.warn("Redis unreachable; using in-process fallbacks until it answers again");
                    }
                }
                case CLOSED -> log.info("Redis answers again");
                default -> {}
            }
        });
        return breaker;
    }

    /** Whether a call may go to Redis: closed or half open, or open with its pause over. */
    boolean usable() {
        if (breaker.getState() != CircuitBreaker.State.OPEN) {
            return true;
        }
        // Open: asking for a permission moves it to half open once the pause is over.
        if (!breaker.tryAcquirePermission()) {
            return false;
        }
        breaker.releasePermission();
        return true;
    }

    /**
     * A call failed. Redis unreachable, late, or answering that it cannot serve: the circuit opens (or stays
     * open). An error Redis answered about the command itself, or a failure of the caller's own code: the circuit
     * stays as it is.
     */
    void failed(Throwable failure) {
        failed(failure, false);
    }

    /** {@code redisWork}: a failure without a Redis cause came from Redis work all the same (a library's). */
    void failed(Throwable failure, boolean redisWork) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof RedisException) && !(cause instanceof TimeoutException)) {
            cause = cause.getCause();
        }
        if (cause instanceof RedisCommandExecutionException reply && !unavailable(reply)) {
            log.debug("Redis answered an error: {}", reply.getMessage());
            return;
        }
        if (cause == null && !redisWork) {
            log.warn("Redis call failed outside Redis", failure);
            return;
        }
        log.debug("Redis call failed: {}", failure.toString());
        breaker.onError(0, TimeUnit.NANOSECONDS, failure);
    }

    private static boolean unavailable(RedisCommandExecutionException reply) {
        String message = reply.getMessage();
        return message != null && UNAVAILABLE.stream().anyMatch(message::startsWith);
    }

    /** A call answered: a half-open circuit closes. */
    void succeeded() {
        if (breaker.getState() == CircuitBreaker.State.HALF_OPEN) {
            breaker.onSuccess(0, TimeUnit.NANOSECONDS);
        }
    }
}
