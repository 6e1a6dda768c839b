package com.recomengine.platform.internal.security;

import jakarta.servlet.http.HttpServletResponse;

/** The headers every API response carries, whichever path answered it. */
final class ApiSecurityHeaders {

    static final String CSP = "default-src 'none'; frame-ancestors 'none'";

    private ApiSecurityHeaders() {}

    static void apply(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-XSS-Protection", "0");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
    }
}
