package com.recomengine.platform.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recomengine.shared.security.AdminRoute;
import com.recomengine.shared.security.KeyRoute;
import com.recomengine.shared.security.KeyScope;
import com.recomengine.shared.security.PublicRoute;
import com.recomengine.shared.web.BulkBody;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

class ApiRoutesTest {

    @KeyRoute(KeyScope.CATALOG_READ)
    static class Products {
        void list() {}

        void one() {}

        @KeyRoute(KeyScope.CATALOG_WRITE)
        @BulkBody
        void batch() {}

        @KeyRoute(KeyScope.CATALOG_WRITE)
        void replace() {}
    }

    @AdminRoute
    static class Tenants {
        void one() {}

        @PublicRoute
        void accept() {}
    }

    static class Undeclared {
        void call() {}
    }

    private final ApiRoutes routes = ApiRoutes.of(handlers(
            route("/api/v1/products", RequestMethod.GET, new Products(), "list"),
            route("/api/v1/products/{productId}", RequestMethod.GET, new Products(), "one"),
            route("/api/v1/products/{productId}", RequestMethod.PUT, new Products(), "replace"),
            route("/api/v1/products/batch", RequestMethod.POST, new Products(), "batch"),
            route("/api/v1/tenants/{tenantId}", RequestMethod.GET, new Tenants(), "one"),
            route("/api/v1/tenants/{tenantId}/invitations/{token}", RequestMethod.POST, new Tenants(), "accept"),
            route("/health", RequestMethod.GET, new Undeclared(), "call")));

    @Test
    void aRouteCarriesWhatItsControllerOrMethodDeclares() {
        assertThat(routes.match("GET", "/api/v1/products").scope()).isEqualTo(KeyScope.CATALOG_READ);
        ApiRoutes.Route batch = routes.match("POST", "/api/v1/products/batch");
        assertThat(batch.scope()).isEqualTo(KeyScope.CATALOG_WRITE);
        assertThat(batch.bulkBody()).isTrue();
        assertThat(routes.match("GET", "/api/v1/tenants/t1").security()).isEqualTo(RouteSecurity.ADMIN_TOKEN);
        assertThat(routes.match("POST", "/api/v1/tenants/t1/invitations/abc").security())
                .as("a method's declaration wins over its controller's")
                .isEqualTo(RouteSecurity.PUBLIC);
    }

    @Test
    void requestsMatchAsMvcMatchesThem() {
        ApiRoutes.Route read = routes.match("GET", "/api/v1/products/batch");
        assertThat(read.pattern())
                .as("GET of the literal batch path goes to the product template, the route serving GET")
                .isEqualTo("/api/v1/products/{productId}");
        assertThat(read.bulkBody()).isFalse();
        assertThat(routes.match("HEAD", "/api/v1/products/p1").scope()).isEqualTo(KeyScope.CATALOG_READ);
        assertThat(routes.match("PUT", "/api/v1/products/p1").scope()).isEqualTo(KeyScope.CATALOG_WRITE);
        assertThat(routes.match("DELETE", "/api/v1/products/batch"))
                .as("a path served for other methods still finds a route (405 follows)")
                .isNotNull();
        assertThat(routes.match("GET", "/api/v1/nothing")).isNull();
        assertThat(routes.match("GET", "/api/v1/products/")).isNull();
        assertThat(routes.match("GET", "/health"))
                .as("only API routes are listed")
                .isNull();
    }

    @Test
    void anEncodedPathIsTheRouteItDecodesTo() {
        assertThat(routes.match("POST", "/api/v1/products/b%61tch").bulkBody()).isTrue();
        assertThat(routes.match("PUT", "/%61pi/v1/products/p1").scope()).isEqualTo(KeyScope.CATALOG_WRITE);
        assertThat(routes.match("GET", "/api/v1/%74enants/t1").security()).isEqualTo(RouteSecurity.ADMIN_TOKEN);
    }

    @Test
    void operationsAreFoundByMethodAndPattern() {
        assertThat(routes.operation("PUT", "/api/v1/products/{productId}").scope())
                .isEqualTo(KeyScope.CATALOG_WRITE);
        assertThat(routes.operation("GET", "/api/v1/products/{productId}").scope())
                .isEqualTo(KeyScope.CATALOG_READ);
        assertThat(routes.operation("DELETE", "/api/v1/products/{productId}")).isNull();
    }

    @Test
    void anApiRouteThatDeclaresNoCredentialsStopsTheStart() {
        assertThatThrownBy(() ->
                        ApiRoutes.of(handlers(route("/api/v1/open", RequestMethod.POST, new Undeclared(), "call"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/api/v1/open");
    }

    @SafeVarargs
    private static Map<RequestMappingInfo, HandlerMethod> handlers(
            Map.Entry<RequestMappingInfo, HandlerMethod>... all) {
        Map<RequestMappingInfo, HandlerMethod> map = new LinkedHashMap<>();
        for (var entry : all) {
            map.put(entry.getKey(), entry.getValue());
        }
        return map;
    }

    private static Map.Entry<RequestMappingInfo, HandlerMethod> route(
            String path, RequestMethod method, Object controller, String name) {
        try {
            var info = RequestMappingInfo.paths(path).methods(method).build();
            return Map.entry(
                    info, new HandlerMethod(controller, controller.getClass().getDeclaredMethod(name)));
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
