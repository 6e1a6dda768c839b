package com.recomengine.platform.internal;

import com.recomengine.platform.PlatformSecrets;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Secrets come from the environment. In the {@code prod} profile a missing one stops start-up; elsewhere one is
 * generated on first start and kept under the data directory so that tokens and keys survive a restart.
 */
@Configuration(proxyBeanMethods = false)
class SecretsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecretsConfiguration.class);

    @Bean
    PlatformSecrets platformSecrets(PlatformProperties properties, Environment environment) {
        boolean prod = environment.acceptsProfiles(Profiles.of("prod"));
        Path file = properties.dataDir().resolve("secrets.properties");
        Properties kept = prod ? new Properties() : load(file);
        String jwt = resolve("RECOMENGINE_JWT_SECRET", properties.secrets().jwtSecret(), kept, "jwt-secret", prod);
        String hmac = resolve(
                "RECOMENGINE_API_KEY_HMAC_SECRET",
                properties.secrets().apiKeyHmacSecret(),
                kept,
                "api-key-hmac-secret",
                prod);
        String internal =
                resolve("RECOMENGINE_INTERNAL_KEY", properties.secrets().internalKey(), kept, "internal-key", prod);
        if (!prod && !kept.isEmpty()) {
            store(file, kept);
        }
        byte[] jwtBytes = jwt.getBytes(StandardCharsets.UTF_8);
        if (jwtBytes.length < 32) {
            throw new IllegalStateException("RECOMENGINE_JWT_SECRET must be at least 32 bytes long");
        }
        return new PlatformSecrets(jwtBytes, hmac.getBytes(StandardCharsets.UTF_8), internal);
    }

    private static String resolve(String variable, String configured, Properties kept, String name, boolean prod) {
        if (configured != null && !configured.isBlank()) {
            kept.remove(name);
            return configured;
        }
        if (prod) {
            throw new IllegalStateException(variable + " is not set. The prod profile needs every secret from the "
                    + "environment: set " + variable + " (at least 32 random bytes, e.g. `openssl rand -base64 48`).");
        }
        String value = kept.getProperty(name);
        if (value == null) {
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            kept.setProperty(name, value);
            log.info("{} not set: generated one and kept it in the data directory (development only)", variable);
        }
        return value;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    private static void store(Path file, Properties properties) {
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file)) {
                properties.store(writer, "RecomEngine development secrets; never use these in production");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
