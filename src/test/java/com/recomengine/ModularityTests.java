package com.recomengine;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(RecomEngineApplication.class);

    @Test
    void modulesOnlyTalkThroughTheirPublicApis() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleCanvasesAndDiagrams() {
        new Documenter(MODULES).writeDocumentation();
    }
}
