package com.recomengine.identity.internal;

import com.recomengine.identity.AdminAccounts;
import com.recomengine.identity.AdminProfile;
import com.recomengine.identity.MailSender;
import com.recomengine.identity.PasswordPolicy;
import com.recomengine.platform.RateLimitDecision;
import com.recomengine.platform.RateLimiter;
import com.recomengine.shared.AdminId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.security.AdminPrincipal;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admin accounts and their sessions: signup, login, refresh with rotation and reuse detection, logout, reset. */
@Service
public class Accounts implements AdminAccounts {

    private final Admins admins;
    private final RefreshTokens refreshTokens;
    private final PasswordResetTokens resetTokens;
    private final AccessTokens accessTokens;
    private final RevokedTokens revoked;
    private final RateLimiter limiter;
    private final MailSender mail;
    private final IdentityProperties properties;
    private final PasswordHashes passwords;

    Accounts(
            Admins admins,
            RefreshTokens refreshTokens,
            PasswordResetTokens resetTokens,
            AccessTokens accessTokens,
            RevokedTokens revoked,
            RateLimiter limiter,
            MailSender mail,
            IdentityProperties properties) {
        this.admins = admins;
        this.refreshTokens = refreshTokens;
        this.resetTokens = resetTokens;
        this.accessTokens = accessTokens;
        this.revoked = revoked;
        this.limiter = limiter;
        this.mail = mail;
        this.properties = properties;
        this.passwords = new PasswordHashes(properties.bcryptCost());
    }

    public record AdminView(UUID id, String email, String name) {}

    /** A login session: the access token for the response body, the refresh token for its cookie. */
    public record Session(String accessToken, long expiresIn, String refreshToken, Instant refreshExpiresAt) {}

    @Transactional
    public AdminView signup(String email, String password, String name) {
        String normalized = normalize(email);
        requireAcceptable(password);
        if (admins.existsByEmail(normalized)) {
            throw Problems.conflict("An account with this email already exists.");
        }
        try {
            // Flushed here: two sign-ups racing with one email meet at the unique index, and the loser hears 409.
            return view(admins.saveAndFlush(new Admin(normalized, name.strip(), passwords.hash(password))));
        } catch (DataIntegrityViolationException e) {
            throw Problems.conflict("An account with this email already exists.");
        }
    }

    @Override
    @Transactional
    public AdminId register(String email, String password, String name) {
        return new AdminId(signup(email, password, name).id());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AdminId> findByEmail(String email) {
        return admins.findByEmail(normalize(email)).map(admin -> new AdminId(admin.id()));
    }

    @Transactional
    public Session login(String email, String password, String clientIp) {
        Admin admin = checked(email, password, clientIp)
                .orElseThrow(() -> Problems.unauthorized("Email or password is wrong."));
        return startSession(admin.id(), admin.email(), UUID.randomUUID());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AdminId> authenticate(String email, String password, String clientAddress) {
        return checked(email, password, clientAddress).map(admin -> new AdminId(admin.id()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AdminProfile> profile(AdminId admin) {
        return admins.findById(admin.value()).map(a -> new AdminProfile(admin, a.email(), a.name()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> credentialsVersion(AdminId admin) {
        return admins.findById(admin.value())
                .map(a -> Digests.sha256(a.passwordHash()).substring(0, 16));
    }

    @Override
    @Transactional
    public void requestPasswordReset(String email, String clientAddress) {
        forgotPassword(email, clientAddress);
    }

    /**
     * The account when the password matches, after both login throttles let the attempt through: one per address,
     * one per (account, address), so that guessing from one address never locks the owner out from another. An
     * unknown email costs the same bcrypt check as a known one.
     */
    private Optional<Admin> checked(String email, String password, String clientIp) {
        String normalized = normalize(email);
        throttle("login-ip:" + clientIp, properties.loginAttemptsPerIpPerMinute(), "login attempts");
        throttle(
                "login-account:" + normalized + "|" + clientIp,
                properties.loginAttemptsPerAccountPerMinute(),
                "login attempts");
        Optional<Admin> admin = admins.findByEmail(normalized);
        if (admin.isEmpty()) {
            passwords.matchesNobody(password);
            return Optional.empty();
        }
        return admin.filter(a -> passwords.matches(password, a.passwordHash()));
    }

    @Transactional(noRollbackFor = RuntimeException.class)
    public Session refresh(@Nullable String presented) {
        if (presented == null || presented.isBlank()) {
            throw Problems.unauthorized("No refresh token.");
        }
        Instant now = Instant.now();
        RefreshToken token = refreshTokens
                .findByTokenHash(Digests.sha256(presented))
                .orElseThrow(() -> Problems.unauthorized("The refresh token is unknown."));
        if (token.spent()) {
            revokeFamily(token.familyId(), now);
            throw Problems.unauthorized("This refresh token was already used: the whole session has been revoked.");
        }
        if (token.expired(now)) {
            throw Problems.unauthorized("The refresh token has expired; log in again.");
        }
        token.markUsed(now);
        Admin admin = admins.findById(token.adminId()).orElseThrow(() -> Problems.unauthorized("Account is gone."));
        return startSession(admin.id(), admin.email(), token.familyId());
    }

    @Transactional
    public void logout(Optional<AdminPrincipal> admin, @Nullable String refreshToken) {
        admin.ifPresent(a -> revoked.revoke(a.tokenId(), a.expiresAt()));
        if (refreshToken != null && !refreshToken.isBlank()) {
            refreshTokens
                    .findByTokenHash(Digests.sha256(refreshToken))
                    .ifPresent(token -> revokeFamily(token.familyId(), Instant.now()));
        }
    }

    @Transactional
    public void forgotPassword(String email, String clientIp) {
        throttle("reset-ip:" + clientIp, properties.passwordResetsPerIpPerMinute(), "password reset requests");
        admins.findByEmail(normalize(email)).ifPresent(admin -> {
            String token = Digests.newToken();
            resetTokens.save(new PasswordResetToken(
                    admin.id(), Digests.sha256(token), Instant.now().plus(properties.resetTokenTtl())));
            mail.send(new MailSender.Mail(
                    admin.email(),
                    "Reset your RecomEngine password",
                    "Someone asked to reset the password of this account. If it was you, open\n\n"
                            + properties.publicBaseUrl() + "/reset-password?token=" + token + "\n\n"
                            + "within " + properties.resetTokenTtl().toMinutes() + " minutes. "
                            + "The token works once: POST it with the new password to /api/v1/auth/reset-password."));
        });
    }

    @Override
    @Transactional
    public void resetPassword(String token, String newPassword) {
        requireAcceptable(newPassword);
        Instant now = Instant.now();
        PasswordResetToken reset = resetTokens
                .findByTokenHash(Digests.sha256(token))
                .filter(t -> t.usable(now))
                .orElseThrow(() -> Problems.invalid("token", "unknown, expired or already used"));
        reset.markUsed(now);
        // Every other link mailed before this reset stops working too.
        resetTokens.findByAdminIdAndUsedAtIsNull(reset.adminId()).forEach(t -> t.markUsed(now));
        Admin admin = admins.findById(reset.adminId()).orElseThrow(() -> Problems.invalid("token", "account is gone"));
        admin.changePassword(passwords.hash(newPassword));
        refreshTokens.findByAdminId(admin.id()).forEach(t -> {
            t.markRevoked(now);
            revoked.revoke(t.accessTokenId(), t.expiresAt());
        });
    }

    @Transactional(readOnly = true)
    public Optional<AdminView> find(UUID adminId) {
        return admins.findById(adminId).map(Accounts::view);
    }

    private Session startSession(UUID adminId, String email, UUID familyId) {
        AccessTokens.Issued access = accessTokens.issue(adminId, email);
        String refresh = Digests.newToken();
        Instant refreshExpiresAt = Instant.now().plus(properties.refreshTokenTtl());
        refreshTokens.save(
                new RefreshToken(familyId, adminId, Digests.sha256(refresh), access.tokenId(), refreshExpiresAt));
        return new Session(access.token(), properties.accessTokenTtl().toSeconds(), refresh, refreshExpiresAt);
    }

    private void revokeFamily(UUID familyId, Instant now) {
        for (RefreshToken member : refreshTokens.findByFamilyId(familyId)) {
            member.markRevoked(now);
            revoked.revoke(member.accessTokenId(), now.plus(properties.accessTokenTtl()));
        }
    }

    private void throttle(String bucket, long perMinute, String what) {
        RateLimitDecision decision = limiter.tryConsume(bucket, perMinute);
        if (!decision.allowed()) {
            throw Problems.tooManyRequests(
                    "Too many " + what + "; retry in " + decision.retryAfterSeconds() + " s.",
                    decision.retryAfterSeconds());
        }
    }

    private static void requireAcceptable(String password) {
        String problem = PasswordPolicy.problem(password);
        if (problem != null) {
            throw Problems.invalid("password", problem);
        }
    }

    private static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static AdminView view(Admin admin) {
        return new AdminView(admin.id(), admin.email(), admin.name());
    }
}
