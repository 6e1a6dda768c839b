package com.recomengine.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.ApiKeyPrincipal;
import com.recomengine.shared.security.KeyPermission;
import com.recomengine.shared.security.KeyScope;
import com.recomengine.shared.security.KeyType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiKeyPrincipalTest {

    static ApiKeyPrincipal key(KeyType type, KeyPermission permission) {
        return new ApiKeyPrincipal(
                new TenantId(UUID.randomUUID()), UUID.randomUUID(), "rk_live_abcd", type, permission);
    }

    @Test
    void publishableKeysHaveTheBrowserSafeScopesOnly() {
        var key = key(KeyType.PUBLISHABLE, KeyPermission.PUBLISHABLE);
        assertThat(key.allows(KeyScope.EVENTS_WRITE)).isTrue();
        assertThat(key.allows(KeyScope.RECOMMENDATIONS_READ)).isTrue();
        assertThat(key.allows(KeyScope.WIDGETS_READ)).isTrue();
        assertThat(key.allows(KeyScope.CATALOG_READ)).isFalse();
        assertThat(key.allows(KeyScope.CATALOG_WRITE)).isFalse();
    }

    @Test
    void readKeysReadAndReadWriteKeysDoEverything() {
        var read = key(KeyType.SECRET, KeyPermission.READ);
        assertThat(read.allows(KeyScope.CATALOG_READ)).isTrue();
        assertThat(read.allows(KeyScope.RECOMMENDATIONS_READ)).isTrue();
        assertThat(read.allows(KeyScope.EVENTS_WRITE)).isFalse();
        assertThat(read.allows(KeyScope.CATALOG_WRITE)).isFalse();
        var write = key(KeyType.SECRET, KeyPermission.READ_WRITE);
        for (KeyScope scope : KeyScope.values()) {
            assertThat(write.allows(scope)).isTrue();
        }
    }
}
