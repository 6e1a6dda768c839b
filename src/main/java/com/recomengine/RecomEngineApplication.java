package com.recomengine;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** RecomEngine: multi-tenant product recommendations for e-commerce, as one deployable. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
// @ApplicationModuleListener is @Async: the module listeners run on the task executor after commit.
@EnableAsync
public class RecomEngineApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(RecomEngineApplication.class, args);
        // A one-off start (make eval, make demo-data) holds an ExitCodeGenerator: its work is done once the start
        // is ready, and the start ends with the code it tells. A serving start holds none and keeps running.
        if (context.isActive() && context.getBeanNamesForType(ExitCodeGenerator.class).length > 0) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
