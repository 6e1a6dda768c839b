package com.recomengine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(RecomEngineApplication.class);

    @Test
    void modulesOnlyTalkThroughTheirPublicApis() {
        MODULES.verify();
    }

    /** Redis is platform's business: modules and platform's API see RecomEngine's types, never Lettuce's. */
    @Test
    void onlyPlatformsRedisInternalsUseTheRedisClient() {
        noClasses()
                .that()
                .resideOutsideOfPackage("com.recomengine.platform.internal.redis..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.lettuce..")
                .because("Redis goes through RedisLink and its one circuit breaker")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.recomengine"));
    }

    @Test
    void writesTheModuleCanvasesAndDiagrams() {
        new Documenter(MODULES).writeDocumentation();
    }
}
