package com.recomengine.dashboard.web;

import com.recomengine.shared.security.KeyPermission;
import com.recomengine.shared.security.KeyType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A key to issue: a name, secret or publishable, and for secret keys read or read-write. */
record KeyForm(
        @NotBlank(message = "Name the key after where it will live, e.g. \"Checkout server\".")
        @Size(max = 100, message = "At most 100 characters.")
        String name,

        @Pattern(regexp = "secret|publishable", message = "Choose secret or publishable.")
        String type,

        @Nullable String permissions) {

    static KeyForm blank() {
        return new KeyForm("", "publishable", "read");
    }

    KeyType keyType() {
        return "secret".equals(type) ? KeyType.SECRET : KeyType.PUBLISHABLE;
    }

    /** Publishable keys have their fixed, browser-safe permission; secret keys read or read and write. */
    KeyPermission permission() {
        if (keyType() == KeyType.PUBLISHABLE) {
            return KeyPermission.PUBLISHABLE;
        }
        return "read-write".equals(permissions) ? KeyPermission.READ_WRITE : KeyPermission.READ;
    }

    boolean permissionValid() {
        return keyType() == KeyType.PUBLISHABLE || "read".equals(permissions) || "read-write".equals(permissions);
    }
}
