package com.recomengine.apikeys.web;

import com.recomengine.shared.security.ApiKeyPrincipal;
import com.recomengine.shared.security.Authenticated;
import com.recomengine.shared.security.KeyRoute;
import com.recomengine.shared.security.KeyScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@KeyRoute(KeyScope.ANY)
@Tag(name = "API keys")
class KeyInfoController {

    record KeyInfo(UUID tenantId, UUID keyId, String prefix, String type, String permissions) {}

    @GetMapping("/api/v1/key")
    @Operation(summary = "Which tenant the calling key acts for and what it may do (a cheap check that a key works)")
    KeyInfo whoAmI() {
        return describe(Authenticated.key());
    }

    static KeyInfo describe(ApiKeyPrincipal key) {
        return new KeyInfo(
                key.tenantId().value(),
                key.keyId(),
                key.displayPrefix(),
                key.type().wireName(),
                key.permission().wireName());
    }
}
