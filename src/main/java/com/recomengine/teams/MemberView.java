package com.recomengine.teams;

import java.time.Instant;
import java.util.UUID;

/** A member of a tenant as people see them: who, with which role, since when. */
public record MemberView(
        UUID id, UUID tenantId, UUID adminId, String email, String name, String role, Instant joinedAt) {}
