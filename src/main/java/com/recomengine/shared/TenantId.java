package com.recomengine.shared;

import java.util.Objects;
import java.util.UUID;

/** The id of a tenant (one merchant store). Every cross-module event and command carries it first. */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
    }

    public static TenantId of(String value) {
        return new TenantId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
