package com.recomengine.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recomengine.identity.*}: token lifetimes, password hashing cost, throttles (login attempts per account and
 * address, and per address; reset mails per address), public base URL for mail links.
 */
@ConfigurationProperties("recomengine.identity")
record IdentityProperties(
        @DefaultValue("1h") Duration accessTokenTtl,
        @DefaultValue("7d") Duration refreshTokenTtl,
        @DefaultValue("30m") Duration resetTokenTtl,
        @DefaultValue("12") int bcryptCost,
        @DefaultValue("10") long loginAttemptsPerAccountPerMinute,
        @DefaultValue("30") long loginAttemptsPerIpPerMinute,
        @DefaultValue("5") long passwordResetsPerIpPerMinute,
        @DefaultValue("false") boolean secureCookies,
        @DefaultValue("http://localhost:8080") String publicBaseUrl) {}
