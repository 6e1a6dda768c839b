package com.recomengine.platform.internal.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import lombok.RequiredArgsConstructor;

/**
 * Times fast-path requests under the same meter and tags as Spring's HTTP server observation
 * ({@code http.server.requests}: method, uri, status, outcome, exception, error), so dashboards and alerts see
 * one series whichever path answered. A plain timer per tag set, looked up in a map: the observation machinery
 * it replaces cost a fifth of a cached answer's CPU.
 */
@RequiredArgsConstructor
final class FastPathTimers {

    private final MeterRegistry registry;
    private final ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();

    void record(String method, String uri, int status, String exception, long nanos) {
        String id = method + ' ' + uri + ' ' + status + ' ' + exception;
        Timer timer = timers.get(id);
        if (timer == null) {
            timer = timers.computeIfAbsent(
                    id,
                    k -> Timer.builder("http.server.requests")
                            .tag("method", method)
                            .tag("uri", uri)
                            .tag("status", Integer.toString(status))
                            .tag("outcome", outcome(status))
                            .tag("exception", exception)
                            .tag("error", exception)
                            .register(registry));
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    static String outcome(int status) {
        return switch (status / 100) {
            case 1 -> "INFORMATIONAL";
            case 2 -> "SUCCESS";
            case 3 -> "REDIRECTION";
            case 4 -> "CLIENT_ERROR";
            case 5 -> "SERVER_ERROR";
            default -> "UNKNOWN";
        };
    }
}
