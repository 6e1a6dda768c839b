package com.recomengine.platform.internal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads it, a query string that is not valid percent-encoded UTF-8 (Tomcat would drop such
 * a parameter silently and the handler would see it missing). A NUL in a value is left to the handler's validation,
 * which names the parameter. The API answers
 * JSON whatever {@code Accept} asks for: an error or a result is never lost to a 406 after the work is done.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class RequestGuard extends OncePerRequestFilter {

    private final ProblemWriter problems;

    RequestGuard(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = queryProblem(request.getQueryString());
        if (problem != null) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "bad-request", "Bad request", problem);
            return;
        }
        if (request.getRequestURI().startsWith("/api/") && request.getHeader("Accept") != null) {
            chain.doFilter(new AnyAccept(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** What is wrong with a raw query string, or null when every name and value decodes. */
    public static @Nullable String queryProblem(@Nullable String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        byte[] bytes = new byte[query.length()];
        for (String part : query.split("&", -1)) {
            int n = 0;
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c == '%') {
                    if (i + 2 >= part.length()) {
                        return "The query string has an incomplete percent-encoding.";
                    }
                    int high = Character.digit(part.charAt(i + 1), 16);
                    int low = Character.digit(part.charAt(i + 2), 16);
                    if (high < 0 || low < 0) {
                        return "The query string has an invalid percent-encoding.";
                    }
                    bytes[n++] = (byte) (high << 4 | low);
                    i += 2;
                } else if (c > 0x7f) {
                    return "The query string must be percent-encoded UTF-8.";
                } else {
                    bytes[n++] = (byte) c;
                }
            }
            try {
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, 0, n));
            } catch (CharacterCodingException e) {
                return "The query string is not valid UTF-8 once decoded.";
            }
        }
        return null;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    /** The request as if it accepted anything: the API has one representation of each answer. */
    private static final class AnyAccept extends HttpServletRequestWrapper {

        AnyAccept(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getHeader(String name) {
            return "Accept".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(h -> !"Accept".equalsIgnoreCase(h))
                    .toList());
        }
    }
}
