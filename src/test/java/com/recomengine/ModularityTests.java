package com.recomengine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(RecomEngineApplication.class);

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.recomengine");

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
                .check(CLASSES);
    }

    /** Services throw problems of a domain kind; only the web edge knows which HTTP status answers each. */
    @Test
    void onlyTheWebEdgeSpeaksHttpStatuses() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..web..", "com.recomengine.platform.internal..")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(HttpStatus.class, HttpStatusCode.class)
                .because("a ProblemException carries a ProblemKind, mapped to a status by ProblemStatus")
                .check(CLASSES);
    }

    @Test
    void writesTheModuleCanvasesAndDiagrams() {
        new Documenter(MODULES).writeDocumentation();
    }
}
