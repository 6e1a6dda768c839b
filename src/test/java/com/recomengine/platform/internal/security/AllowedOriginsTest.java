package com.recomengine.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AllowedOriginsTest {

    private static final Set<String> DEV = Set.of("http://localhost:*", "http://127.0.0.1:*", "https://shop.example");

    @Test
    void admitsAnExactOrigin() {
        assertThat(AllowedOrigins.allows(DEV, "https://shop.example")).isTrue();
        assertThat(AllowedOrigins.allows(Set.of("http://localhost:3000"), "http://localhost:3000"))
                .isTrue();
    }

    @Test
    void aPortWildcardAdmitsEveryPortOfThatSchemeAndHost() {
        assertThat(AllowedOrigins.allows(DEV, "http://localhost:5173")).isTrue();
        assertThat(AllowedOrigins.allows(DEV, "http://localhost")).isTrue();
        assertThat(AllowedOrigins.allows(DEV, "http://127.0.0.1:8000")).isTrue();
    }

    @Test
    void aPortWildcardAdmitsNoOtherHostOrScheme() {
        assertThat(AllowedOrigins.allows(DEV, "http://localhost.evil.example:80"))
                .isFalse();
        assertThat(AllowedOrigins.allows(DEV, "http://localhostx:80")).isFalse();
        assertThat(AllowedOrigins.allows(DEV, "https://localhost:8443")).isFalse();
        assertThat(AllowedOrigins.allows(DEV, "http://localhost:80/path")).isFalse();
        assertThat(AllowedOrigins.allows(DEV, "http://localhost:123456")).isFalse();
        assertThat(AllowedOrigins.allows(DEV, "http://evil.example")).isFalse();
    }

    @Test
    void anExactEntryAdmitsNoOtherPort() {
        assertThat(AllowedOrigins.allows(Set.of("http://localhost:3000"), "http://localhost:3001"))
                .isFalse();
        assertThat(AllowedOrigins.allows(Set.of("https://shop.example"), "https://shop.example:8443"))
                .isFalse();
    }
}
