package com.recomengine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
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
        SpringApplication.run(RecomEngineApplication.class, args);
    }
}
