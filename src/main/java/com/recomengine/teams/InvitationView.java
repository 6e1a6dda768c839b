package com.recomengine.teams;

import java.time.Instant;
import java.util.UUID;

/** A pending invitation: whom, with which role, until when. The link's token is only ever in the mail. */
public record InvitationView(UUID id, UUID tenantId, String email, String role, Instant createdAt, Instant expiresAt) {}
