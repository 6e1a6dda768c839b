package com.recomengine.shared;

import java.util.Objects;
import java.util.UUID;

/** The id of an admin account (a person using the dashboard or the admin API). */
public record AdminId(UUID value) {

    public AdminId {
        Objects.requireNonNull(value, "admin id");
    }

    public static AdminId of(String value) {
        return new AdminId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
