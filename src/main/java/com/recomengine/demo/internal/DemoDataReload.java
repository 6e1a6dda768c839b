package com.recomengine.demo.internal;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code make demo-data}: a start that only (re)loads the demo data. {@link DemoSeeder} loads it before the start
 * is ready; being an {@link ExitCodeGenerator}, this bean marks the start as a one-off that the application's
 * entry point ends once ready, with exit code 0 (a failed load fails the start itself).
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "recomengine.demo.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty("recomengine.demo.exit-after-seed")
class DemoDataReload implements ExitCodeGenerator {

    @Override
    public int getExitCode() {
        return 0;
    }
}
