package com.recomengine.teams.internal;

import com.recomengine.shared.security.TeamRole;
import com.recomengine.teams.InvitationView;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of {@code team_invitations}: pending until accepted, revoked (or replaced) or expired. */
record Invitation(
        UUID id,
        UUID tenantId,
        String email,
        TeamRole role,
        UUID invitedBy,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant acceptedAt,
        @Nullable Instant revokedAt) {

    /** Why the invitation cannot be accepted now; null when it can. */
    @Nullable
    String unusableBecause(Instant now) {
        if (acceptedAt != null) {
            return "this invitation has been used already";
        }
        if (revokedAt != null) {
            return "this invitation was revoked or replaced by a newer one";
        }
        if (!now.isBefore(expiresAt)) {
            return "this invitation expired at " + expiresAt;
        }
        return null;
    }

    InvitationView view() {
        return new InvitationView(id, tenantId, email, role.wireName(), createdAt, expiresAt);
    }
}
