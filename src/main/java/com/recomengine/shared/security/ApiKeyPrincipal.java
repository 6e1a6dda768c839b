package com.recomengine.shared.security;

import com.recomengine.shared.TenantId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A caller authenticated by an API key: which tenant it acts for and what it may do. */
public record ApiKeyPrincipal(
        TenantId tenantId, UUID keyId, String displayPrefix, KeyType type, KeyPermission permission) {

    private static final Set<KeyScope> PUBLISHABLE_SCOPES =
            EnumSet.of(KeyScope.ANY, KeyScope.EVENTS_WRITE, KeyScope.RECOMMENDATIONS_READ, KeyScope.WIDGETS_READ);

    public boolean allows(KeyScope scope) {
        return switch (permission) {
            case PUBLISHABLE -> PUBLISHABLE_SCOPES.contains(scope);
            case READ -> scope.isRead();
            case READ_WRITE -> true;
        };
    }
}
