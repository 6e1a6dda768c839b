package com.recomengine.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** make demo-data's start is a one-off that exits with 0; a development start is not. */
class DemoDataReloadTests {

    private final ApplicationContextRunner starts =
            new ApplicationContextRunner().withUserConfiguration(DemoDataReload.class);

    @Test
    void marksAStartThatOnlyReloadsTheDemoDataAsAOneOffEndingWithZero() {
        starts.withPropertyValues("recomengine.demo.exit-after-seed=true")
                .run(context -> assertThat(context)
                        .getBean(ExitCodeGenerator.class)
                        .extracting(ExitCodeGenerator::getExitCode)
                        .isEqualTo(0));
    }

    @Test
    void leavesADevelopmentStartRunning() {
        starts.run(context -> assertThat(context).doesNotHaveBean(ExitCodeGenerator.class));
        starts.withPropertyValues("recomengine.demo.exit-after-seed=true", "recomengine.demo.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ExitCodeGenerator.class));
    }
}
