package com.recomengine.platform.internal.ops;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}, shown by Swagger UI at {@code /docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI recomEngineOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("RecomEngine API")
                        .version("v1")
                        .description("Product recommendations for e-commerce: events, catalog, recommendations, "
                                + "widgets (API key) and tenants, keys, experiments, analytics (admin token). "
                                + "Errors are RFC 7807 application/problem+json.")
                        .license(new License().name("Proprietary")))
                .components(new Components()
                        .addSecuritySchemes(
                                "apiKey",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("X-API-Key"))
                        .addSecuritySchemes(
                                "adminToken",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")));
    }
}
