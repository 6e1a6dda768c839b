package com.recomengine.platform.internal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id: the caller's {@code X-Request-ID} when it is sane, a new one otherwise.
 * It goes back on the response and into every log line of the request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {

    static final String HEADER = "X-Request-ID";
    static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        assign(request, response);
        try {
            chain.doFilter(request, response);
        } finally {
            clearLogContext();
        }
    }

    /**
     * Gives the request its id (the one it already got, else the caller's, else a new one),
     * on the response and in the log context of this thread until {@link #clearLogContext()}.
     */
    public static void assign(HttpServletRequest request, HttpServletResponse response) {
        String id = request.getAttribute(MDC_KEY) instanceof String given ? given : null;
        if (id == null) {
            String incoming = request.getHeader(HEADER);
            id = incoming != null && SANE.matcher(incoming).matches() ? incoming : newId();
            request.setAttribute(MDC_KEY, id);
        }
        ResponseHeaders.set(response, HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    public static void clearLogContext() {
        MDC.remove(MDC_KEY);
    }

    /** A random (version 4) UUID from a per-thread generator: ids correlate logs, they guard nothing. */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & 0xffffffffffff0fffL | 0x0000000000004000L;
        long low = random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
