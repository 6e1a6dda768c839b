package com.recomengine.apikeys;

import com.recomengine.shared.TenantId;
import java.util.UUID;

/** A key just issued: {@code key} is the whole secret, shown this once. */
public record IssuedKey(UUID keyId, TenantId tenantId, String prefix, String key) {

    @Override
    public String toString() {
        return "IssuedKey[" + prefix + "…]";
    }
}
