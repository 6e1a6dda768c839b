package com.recomengine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationContext;

/** The entry point ends a start that holds an exit code generator (make eval, make demo-data): a serving one has none. */
class ServingStartTests extends HttpTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aServingStartHoldsNoExitCodeGeneratorSoItKeepsRunning() {
        assertThat(context.getBeanNamesForType(ExitCodeGenerator.class)).isEmpty();
    }
}
