package com.recomengine.platform.internal.ops;

import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;

/**
 * The credentials a route needs, as {@code SecurityConfiguration} enforces them: accounts and operations are public
 * (but for the refresh call, which trades the refresh cookie), tenants and everything under them take an admin
 * token, every other API route an API key. The document declares
 * this on every operation, public ones with {@code security: []}; {@code OpenApiDocumentTest} calls each operation
 * without credentials to keep the two in step.
 */
enum RouteSecurity {
    PUBLIC,
    REFRESH_COOKIE,
    ADMIN_TOKEN,
    API_KEY;

    static final String API_KEY_SCHEME = "apiKey";
    static final String ADMIN_TOKEN_SCHEME = "adminToken";
    static final String REFRESH_COOKIE_SCHEME = "refreshCookie";

    static RouteSecurity of(String path) {
        if (path.equals("/api/v1/auth/refresh")) {
            return REFRESH_COOKIE;
        }
        if (!path.startsWith("/api/") || path.startsWith("/api/v1/auth/")) {
            return PUBLIC;
        }
        if (path.equals("/api/v1/tenants")
                || path.startsWith("/api/v1/tenants/")
                || path.startsWith("/api/v1/invitations/")) {
            return ADMIN_TOKEN;
        }
        return API_KEY;
    }

    List<SecurityRequirement> requirements() {
        return switch (this) {
            case PUBLIC -> List.of();
            case REFRESH_COOKIE -> List.of(new SecurityRequirement().addList(REFRESH_COOKIE_SCHEME));
            case ADMIN_TOKEN -> List.of(new SecurityRequirement().addList(ADMIN_TOKEN_SCHEME));
            case API_KEY -> List.of(new SecurityRequirement().addList(API_KEY_SCHEME));
        };
    }
}
