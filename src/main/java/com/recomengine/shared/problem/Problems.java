package com.recomengine.shared.problem;

import com.recomengine.shared.security.TeamRole;
import com.recomengine.shared.security.TenantPermission;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Factories for the problems RecomEngine answers with; each owns its type slug and title. */
public final class Problems {

    private Problems() {}

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(
                ProblemKind.NOT_FOUND, "not-found", "Not found", what + " '" + id + "' does not exist.", Map.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemKind.CONFLICT, "conflict", "Conflict", detail, Map.of());
    }

    public static ProblemException conflict(String detail, Map<String, Object> properties) {
        return new ProblemException(ProblemKind.CONFLICT, "conflict", "Conflict", detail, properties);
    }

    /**
     * An {@code If-Match} that does not match: the resource changed since the caller read it (naming its current
     * ETag), or there is none to match ({@code currentETag} null). Nothing was changed.
     */
    public static ProblemException preconditionFailed(@Nullable String currentETag) {
        return currentETag == null
                ? new ProblemException(
                        ProblemKind.PRECONDITION_FAILED,
                        "precondition-failed",
                        "Precondition failed",
                        "If-Match cannot match: the resource does not exist.",
                        Map.of())
                : new ProblemException(
                        ProblemKind.PRECONDITION_FAILED,
                        "precondition-failed",
                        "Precondition failed",
                        "If-Match does not match the current ETag " + currentETag
                                + "; read the resource again and retry with it.",
                        Map.of("currentETag", currentETag));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(
                ProblemKind.INVALID,
                "validation",
                "Invalid request",
                field + ": " + message,
                Map.of("errors", java.util.List.of(Map.of("field", field, "message", message))));
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(ProblemKind.INVALID, "bad-request", "Bad request", detail, Map.of());
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(ProblemKind.UNAUTHENTICATED, "unauthorized", "Unauthorized", detail, Map.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemKind.FORBIDDEN, "forbidden", "Forbidden", detail, Map.of());
    }

    /** A member whose role lacks the permission: names the roles that have it, and the member's own. */
    public static ProblemException roleNeeded(TenantPermission needed, TeamRole role) {
        return new ProblemException(
                ProblemKind.FORBIDDEN,
                "role-required",
                "Role required",
                "This needs the role " + needed.roleNames() + " on this tenant; yours is " + role.wireName() + ".",
                Map.of(
                        "requiredRoles",
                        needed.roles().stream().map(TeamRole::wireName).toList(),
                        "role",
                        role.wireName()));
    }

    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(
                ProblemKind.TOO_MANY,
                "rate-limited",
                "Too many requests",
                detail,
                Map.of("retryAfterSeconds", retryAfterSeconds));
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(ProblemKind.UNAVAILABLE, "unavailable", "Service unavailable", detail, Map.of());
    }

    /** A 503 with {@code Retry-After}: the caller may try again once that many seconds have passed. */
    public static ProblemException unavailable(String detail, long retryAfterSeconds) {
        return new ProblemException(
                ProblemKind.UNAVAILABLE,
                "unavailable",
                "Service unavailable",
                detail,
                Map.of("retryAfterSeconds", retryAfterSeconds));
    }
}
