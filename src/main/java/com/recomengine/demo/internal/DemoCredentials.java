package com.recomengine.demo.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What a newcomer needs to try the demo, kept in the (git-ignored) data directory: the database holds only the
 * keys' hashes, so the whole keys are remembered here to be printed on every development start.
 */
public record DemoCredentials(String email, String password, String tenantId, String secretKey, String publishableKey) {

    public static Optional<DemoCredentials> load(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new DemoCredentials(
                p.getProperty("email"),
                p.getProperty("password"),
                p.getProperty("tenantId"),
                p.getProperty("secretKey"),
                p.getProperty("publishableKey")));
    }

    void store(Path file) {
        Properties p = new Properties();
        p.setProperty("email", email);
        p.setProperty("password", password);
        p.setProperty("tenantId", tenantId);
        p.setProperty("secretKey", secretKey);
        p.setProperty("publishableKey", publishableKey);
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file)) {
                p.store(writer, "RecomEngine demo tenant (development only)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "DemoCredentials[" + email + "]";
    }
}
