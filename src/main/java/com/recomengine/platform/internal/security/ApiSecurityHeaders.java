package com.recomengine.platform.internal.security;

import com.recomengine.platform.internal.web.ResponseHeaders;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/** The headers every API response carries, whichever path answered it. */
final class ApiSecurityHeaders {

    static final String CSP = "default-src 'none'; frame-ancestors 'none'";

    private static final List<ResponseHeaders.Constant> HEADERS = List.of(
            new ResponseHeaders.Constant("X-Content-Type-Options", "nosniff"),
            new ResponseHeaders.Constant("X-Frame-Options", "DENY"),
            new ResponseHeaders.Constant("X-XSS-Protection", "0"),
            new ResponseHeaders.Constant("Content-Security-Policy", CSP),
            new ResponseHeaders.Constant("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate"));

    private ApiSecurityHeaders() {}

    static void apply(HttpServletResponse response) {
        for (ResponseHeaders.Constant header : HEADERS) {
            ResponseHeaders.set(response, header);
        }
    }
}
