package com.recomengine.platform.internal.web;

import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;

/**
 * The credentials a route takes, as its controller declares them ({@link ApiRoutes}) and {@code
 * SecurityConfiguration} enforces them. The API document declares them on every operation, public ones with
 * {@code security: []}; {@code OpenApiDocumentTest} calls each operation without credentials to keep the two in
 * step.
 */
public enum RouteSecurity {
    PUBLIC,
    REFRESH_COOKIE,
    ADMIN_TOKEN,
    API_KEY;

    public static final String API_KEY_SCHEME = "apiKey";
    public static final String ADMIN_TOKEN_SCHEME = "adminToken";
    public static final String REFRESH_COOKIE_SCHEME = "refreshCookie";

    public List<SecurityRequirement> requirements() {
        return switch (this) {
            case PUBLIC -> List.of();
            case REFRESH_COOKIE -> List.of(new SecurityRequirement().addList(REFRESH_COOKIE_SCHEME));
            case ADMIN_TOKEN -> List.of(new SecurityRequirement().addList(ADMIN_TOKEN_SCHEME));
            case API_KEY -> List.of(new SecurityRequirement().addList(API_KEY_SCHEME));
        };
    }
}
