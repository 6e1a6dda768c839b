package com.recomengine.teams.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code recomengine.teams.*}: how long an invitation stays valid, and the base URL its link starts with. */
@ConfigurationProperties("recomengine.teams")
record TeamsProperties(
        @DefaultValue("7d") Duration invitationTtl,
        @DefaultValue("http://localhost:8080") String publicBaseUrl) {}
