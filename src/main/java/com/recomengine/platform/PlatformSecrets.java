package com.recomengine.platform;

/** The server's secrets, resolved once at start-up: configured, or generated and kept under the data directory. */
public record PlatformSecrets(byte[] jwtSecret, byte[] apiKeyHmacSecret, String internalKey) {

    @Override
    public String toString() {
        return "PlatformSecrets[redacted]";
    }
}
