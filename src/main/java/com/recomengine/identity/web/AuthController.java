package com.recomengine.identity.web;

import com.recomengine.identity.PasswordPolicy;
import com.recomengine.identity.internal.Accounts;
import com.recomengine.shared.security.AdminPrincipal;
import com.recomengine.shared.security.PublicRoute;
import com.recomengine.shared.security.RefreshCookieRoute;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@RestController
@PublicRoute
@RequestMapping("/api/v1/auth")
@Tag(name = "Auth", description = "Admin accounts and sessions")
class AuthController {

    static final String REFRESH_COOKIE = "recomengine_refresh";

    private final Accounts accounts;
    private final boolean secureCookies;

    AuthController(
            Accounts accounts,
            @org.springframework.beans.factory.annotation.Value("${recomengine.identity.secure-cookies:false}")
                    boolean secureCookies) {
        this.accounts = accounts;
        this.secureCookies = secureCookies;
    }

    record Signup(
            @NotBlank @Email @Size(max = 320) String email,

            @PasswordPolicy.Strong
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    minLength = 12,
                    maxLength = 128,
                    description = "12 characters to 128 bytes (UTF-8), not a common password")
            String password,

            @NotBlank @Size(max = 100) String name) {}

    record Login(
            @NotBlank @Size(max = 320) String email,
            @NotBlank @Size(max = 128) String password) {}

    record Forgot(@NotBlank @Size(max = 320) String email) {}

    record Reset(
            @NotBlank @Size(max = 100) String token,

            @PasswordPolicy.Strong
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    minLength = 12,
                    maxLength = 128,
                    description = "12 characters to 128 bytes (UTF-8), not a common password")
            String password) {}

    record TokenResponse(String accessToken, String tokenType, long expiresIn) {}

    @PostMapping("/signup")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an admin account")
    Accounts.AdminView signup(@Valid @RequestBody Signup body) {
        return accounts.signup(body.email(), body.password(), body.name());
    }

    @PostMapping("/login")
    @Operation(summary = "Log in: an access token (1 h) in the body, a refresh token (7 d) in an HttpOnly cookie")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    ResponseEntity<TokenResponse> login(@Valid @RequestBody Login body, HttpServletRequest request) {
        return withSession(accounts.login(body.email(), body.password(), request.getRemoteAddr()));
    }

    @PostMapping("/refresh")
    @RefreshCookieRoute
    @Operation(
            summary = "Trade the refresh cookie for a new access token; the cookie rotates, reuse revokes the session")
    ResponseEntity<TokenResponse> refresh(
            @CookieValue(name = REFRESH_COOKIE, required = false) @Nullable String refresh) {
        return withSession(accounts.refresh(refresh));
    }

    @PostMapping("/logout")
    @Operation(summary = "Revoke the current access token and the refresh session")
    @ApiResponse(responseCode = "204", description = "signed out; the refresh cookie is cleared")
    ResponseEntity<Void> logout(@CookieValue(name = REFRESH_COOKIE, required = false) @Nullable String refresh) {
        Object principal = SecurityContextHolder.getContext().getAuthentication() == null
                ? null
                : SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        accounts.logout(principal instanceof AdminPrincipal admin ? Optional.of(admin) : Optional.empty(), refresh);
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO))
                .build();
    }

    @PostMapping("/forgot-password")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Mail a single-use reset link; answers the same whether the account exists or not")
    void forgot(@Valid @RequestBody Forgot body, HttpServletRequest request) {
        accounts.forgotPassword(body.email(), request.getRemoteAddr());
    }

    @PostMapping("/reset-password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password with a reset token; ends every session of the account")
    void reset(@Valid @RequestBody Reset body) {
        accounts.resetPassword(body.token(), body.password());
    }

    private ResponseEntity<TokenResponse> withSession(Accounts.Session session) {
        Duration refreshLifetime = Duration.between(Instant.now(), session.refreshExpiresAt());
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, cookie(session.refreshToken(), refreshLifetime))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new TokenResponse(session.accessToken(), "Bearer", session.expiresIn()));
    }

    /** Whether this request came over HTTPS (directly, or through a proxy's {@code X-Forwarded-Proto}). */
    private static boolean overHttps() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().isSecure();
    }

    private String cookie(String value, Duration maxAge) {
        return ResponseCookie.from(REFRESH_COOKIE, value)
                .httpOnly(true)
                .secure(secureCookies || overHttps())
                .sameSite("Strict")
                .path("/api/v1/auth")
                .maxAge(maxAge)
                .build()
                .toString();
    }
}
