package com.recomengine.platform.internal.web;

import com.recomengine.platform.internal.PlatformProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps request bodies: 1 MiB by default, more for the routes that declare {@link
 * com.recomengine.shared.web.BulkBody} (batches, batch deletes, the feed import). A declared length over the cap is refused
 * before reading; a chunked body is counted as it is read and cut off at the cap.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BodyLimits extends OncePerRequestFilter {

    private final PlatformProperties.Limits limits;
    private final ProblemWriter problems;
    private final DeclaredRoutes routes;

    BodyLimits(PlatformProperties properties, ProblemWriter problems, DeclaredRoutes routes) {
        this.limits = properties.limits();
        this.problems = problems;
        this.routes = routes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response); // no body: nothing to count, and no wrapper for every later call
            return;
        }
        ApiRoutes.Route route = routes.routes().match(request);
        long limit = route != null && route.bulkBody() ? limits.maxBulkBodyBytes() : limits.maxBodyBytes();
        if (request.getContentLengthLong() > limit) {
            problems.write(
                    request,
                    response,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "body-too-large",
                    "Request body too large",
                    "The request body is " + request.getContentLengthLong() + " bytes; the limit here is " + limit
                            + ".");
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    /** Thrown while reading a body past the cap; the error handler answers 413. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long limit) {
            super("The request body exceeds the limit of " + limit + " bytes.");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limit;
        private long read;

        Counting(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
