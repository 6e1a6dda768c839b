package com.recomengine.platform.internal.ops;

import com.recomengine.platform.internal.web.ApiRoutes;
import com.recomengine.platform.internal.web.DeclaredRoutes;
import com.recomengine.platform.internal.web.RouteSecurity;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Comparator;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}, shown by Swagger UI at {@code /docs}. What holds for every operation
 * (its security, its errors, its id) is added here by rule, so controllers only describe what is their own. The
 * document is the source of the generated clients under {@code clients/} and passes Redocly's lint there.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI recomEngineOpenApi() {
        Components components = new Components()
                .addSecuritySchemes(
                        RouteSecurity.API_KEY_SCHEME,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER)
                                .name("X-API-Key")
                                .description("A key of the tenant (rk_…); `Authorization: Bearer rk_…` works too"))
                .addSecuritySchemes(
                        RouteSecurity.ADMIN_TOKEN_SCHEME,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description("An admin's access token from POST /api/v1/auth/login"))
                .addSecuritySchemes(
                        RouteSecurity.REFRESH_COOKIE_SCHEME,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE)
                                .name("recomengine_refresh")
                                .description("The HttpOnly refresh cookie set by login and refresh"));
        ProblemSchemas.addTo(components);
        ErrorResponses.addTo(components);
        HeaderRules.addTo(components);
        EntityTagRules.addTo(components);
        return new OpenAPI()
                .info(new Info()
                        .title("RecomEngine API")
                        .version("v1")
                        .description("Product recommendations for e-commerce: events, catalog, recommendations, "
                                + "widgets (API key) and tenants, keys, experiments, analytics (admin token). "
                                + "Errors are RFC 7807 application/problem+json.")
                        .license(new License().name("Proprietary").identifier("LicenseRef-RecomEngine-Proprietary")))
                .components(components);
    }

    @Bean
    OperationCustomizer operationIds() {
        return new OperationIds();
    }

    @Bean
    OperationCustomizer parameterTypes() {
        return new ParameterTypes();
    }

    /**
     * The rules for every operation. The server is the instance serving the document ({@code /}): the same
     * document is served by every deployment, and a client names its base URL when it is built.
     */
    @Bean
    OpenApiCustomizer operationRules(DeclaredRoutes routes) {
        ApiExamples examples = ApiExamples.load();
        return api -> {
            api.servers(List.of(new Server().url("/").description("the RecomEngine instance serving this document")));
            EntityTagRules.document(api.getPaths());
            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        ApiRoutes.Route route = routes.routes().operation(method.name(), path);
                        RouteSecurity security = route == null ? RouteSecurity.PUBLIC : route.security();
                        operation.setSecurity(security.requirements());
                        ErrorResponses.document(path, operation, security);
                        HeaderRules.document(operation, security);
                    }));
            if (api.getTags() != null) {
                api.getTags().sort(Comparator.comparing(Tag::getName));
            }
            examples.addTo(api);
        };
    }
}
