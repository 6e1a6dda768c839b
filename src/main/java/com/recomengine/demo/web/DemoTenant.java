package com.recomengine.demo.web;

import com.recomengine.demo.internal.DemoCredentials;
import com.recomengine.shared.TenantId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo tenant's id and publishable key, read from the credentials file the demo seeder keeps in the data
 * directory (absent in production and where the demo is switched off). Pages read it at most every two seconds.
 */
@Component
class DemoTenant {

    record Demo(TenantId tenantId, String publishableKey) {}

    private record Read(Optional<Demo> demo, long atNanos) {}

    private static final long FRESH_NANOS = Duration.ofSeconds(2).toNanos();

    private final Path file;
    private volatile Read last = new Read(Optional.empty(), System.nanoTime() - FRESH_NANOS);

    DemoTenant(Environment environment) {
        this.file = Path.of(environment.getProperty("recomengine.platform.data-dir", "./.data"))
                .resolve("demo.properties");
    }

    /** For pages: at most two seconds old. */
    Optional<Demo> current() {
        Read read = last;
        if (System.nanoTime() - read.atNanos() >= FRESH_NANOS) {
            read = new Read(readNow(), System.nanoTime());
            last = read;
        }
        return read.demo();
    }

    /** Straight from the file. */
    Optional<Demo> readNow() {
        try {
            return DemoCredentials.load(file)
                    .filter(c -> c.tenantId() != null && c.publishableKey() != null)
                    .map(c -> new Demo(TenantId.of(c.tenantId()), c.publishableKey()));
        } catch (RuntimeException e) {
            // A damaged or half-written file is the same as none: the demo seeder rewrites it.
            return Optional.empty();
        }
    }
}
