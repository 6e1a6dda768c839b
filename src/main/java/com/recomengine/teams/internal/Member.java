package com.recomengine.teams.internal;

import com.recomengine.shared.security.TeamRole;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code tenant_members}. */
record Member(UUID id, UUID tenantId, UUID adminId, TeamRole role, Instant joinedAt) {

    boolean isOwner() {
        return role == TeamRole.OWNER;
    }
}
