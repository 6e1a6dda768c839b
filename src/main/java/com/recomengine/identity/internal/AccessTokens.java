package com.recomengine.identity.internal;

import com.recomengine.platform.AccessTokenVerifier;
import com.recomengine.platform.PlatformSecrets;
import com.recomengine.shared.AdminId;
import com.recomengine.shared.security.AdminPrincipal;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Component;

/** Signed (HS256) access tokens of one hour, each with its own {@code jti} so that it can be revoked. */
@Component
class AccessTokens implements AccessTokenVerifier {

    private static final String ISSUER = "recomengine";

    private final SecretKey key;
    private final IdentityProperties properties;
    private final RevokedTokens revoked;

    AccessTokens(PlatformSecrets secrets, IdentityProperties properties, RevokedTokens revoked) {
        this.key = Keys.hmacShaKeyFor(secrets.jwtSecret());
        this.properties = properties;
        this.revoked = revoked;
    }

    record Issued(String token, String tokenId, Instant expiresAt) {}

    Issued issue(UUID adminId, String email) {
        Instant now = Instant.now();
        Instant expiresAt = now.plus(properties.accessTokenTtl());
        String jti = UUID.randomUUID().toString();
        String token = Jwts.builder()
                .issuer(ISSUER)
                .id(jti)
                .subject(adminId.toString())
                .claim("email", email)
                .issuedAt(Date.from(now))
                .expiration(Date.from(expiresAt))
                .signWith(key)
                .compact();
        return new Issued(token, jti, expiresAt);
    }

    @Override
    public Optional<AdminPrincipal> verify(String accessToken) {
        try {
            Claims claims = Jwts.parser()
                    .verifyWith(key)
                    .requireIssuer(ISSUER)
                    .build()
                    .parseSignedClaims(accessToken)
                    .getPayload();
            if (claims.getId() == null || revoked.isRevoked(claims.getId())) {
                return Optional.empty();
            }
            return Optional.of(new AdminPrincipal(
                    AdminId.of(claims.getSubject()),
                    claims.get("email", String.class),
                    claims.getId(),
                    claims.getExpiration().toInstant()));
        } catch (JwtException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
