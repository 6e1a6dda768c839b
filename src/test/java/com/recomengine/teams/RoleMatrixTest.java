package com.recomengine.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.shared.security.TeamRole;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import com.recomengine.support.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every tenant operation of the OpenAPI document, called through HTTP by a member of every role and by a
 * non-member; what each may do comes from the one table, {@link TenantPermission}.
 */
class RoleMatrixTest extends TeamHttpTest {

    private static final String TENANT_PATH = "/api/v1/tenants/{tenantId}";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    record Operation(String method, String path, TenantPermission permission) {}

    @Test
    void everyTenantRouteOfTheApiAndTheDashboardDeclaresItsRole() {
        List<String> undeclared = new ArrayList<>();
        handlers.getHandlerMethods().forEach((mapping, handler) -> {
            boolean tenantRoute = mapping.getPatternValues().stream().anyMatch(p -> p.contains("{tenantId}"));
            if (tenantRoute && handler.getMethodAnnotation(TenantAccess.class) == null) {
                undeclared.add(mapping + " " + handler);
            }
        });
        assertThat(undeclared).isEmpty();
    }

    @Test
    void everyRoleGetsExactlyWhatTheTableAllowsOnEveryTenantOperation() {
        List<Operation> operations = tenantOperations();
        assertThat(operations).hasSizeGreaterThan(40);
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        Map<Role, Admin> people = team().members();
        Admin stranger = signUpAndLogIn();
        for (Operation operation : operations) {
            Team team = team(people);
            Api.Response response = call(operation, team.tenant(), stranger);
            calls++;
            if (!tenantNotFound(response, team.tenant())) {
                wrong.add(operation + " non-member: " + response.status() + " " + response.body());
            }
            // Refusals first, then the allowed roles, the owner last (it may delete the tenant).
            List<Role> order = new ArrayList<>(List.of(Role.values()));
            order.sort((a, b) -> Boolean.compare(allows(operation, a), allows(operation, b)));
            order.remove(Role.OWNER);
            order.add(Role.OWNER);
            for (Role role : order) {
                response = call(operation, team.tenant(), team.as(role));
                calls++;
                String problem = check(operation, role, team.tenant(), response);
                if (problem != null) {
                    wrong.add(operation + " " + role + ": " + problem);
                }
            }
        }
        System.out.printf(
                "Role matrix: %d tenant operations x %d callers (5 roles and a non-member) = %d calls, %d wrong%n",
                operations.size(), 6, calls, wrong.size());
        assertThat(wrong).isEmpty();
    }

    /** The 404 of a tenant that does not exist (as a non-member sees it), not of a missing resource under it. */
    private static boolean tenantNotFound(Api.Response response, String tenant) {
        return response.status() == 404
                && response.json().get("detail").asString().equals("Tenant '" + tenant + "' does not exist.");
    }

    private static boolean allows(Operation operation, Role role) {
        return operation.permission().allows(TeamRole.valueOf(role.name()));
    }

    private static String check(Operation operation, Role role, String tenant, Api.Response response) {
        if (allows(operation, role)) {
            boolean refused = response.status() == 401
                    || response.status() == 403
                    || response.status() >= 500
                    || tenantNotFound(response, tenant);
            return refused ? "refused although allowed: " + response.status() + " " + response.body() : null;
        }
        if (response.status() != 403) {
            return "allowed although refused: " + response.status() + " " + response.body();
        }
        JsonNode problem = response.json();
        List<String> roles = problem.get("requiredRoles")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
        List<String> expected =
                operation.permission().roles().stream().map(TeamRole::wireName).toList();
        boolean named =
                problem.get("detail").asString().contains(operation.permission().roleNames())
                        && roles.equals(expected)
                        && problem.get("role").asString().equals(role.wire());
        return named ? null : "403 without the roles needed: " + response.body();
    }

    private Api.Response call(Operation operation, String tenant, Admin as) {
        String path = operation
                .path()
                .replace("{tenantId}", tenant)
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        Api.Request request = switch (operation.method()) {
            case "get" -> api.get(path);
            case "delete" -> api.delete(path);
            case "post" -> api.post(path, "{}");
            case "put" -> api.put(path, "{}");
            case "patch" -> api.patch(path, "{}");
            default -> throw new IllegalStateException(operation.method());
        };
        return request.bearer(as.accessToken()).send();
    }

    private List<Operation> tenantOperations() {
        JsonNode paths = api.get("/v3/api-docs").send().json().get("paths");
        List<Operation> operations = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            if (!path.startsWith(TENANT_PATH)) {
                continue;
            }
            JsonNode item = paths.get(path);
            for (String method : item.propertyNames()) {
                if (!List.of("get", "put", "post", "patch", "delete").contains(method)) {
                    continue;
                }
                JsonNode permission = item.get(method).get("x-permission");
                assertThat(permission)
                        .as(method + " " + path + " declares its permission")
                        .isNotNull();
                operations.add(new Operation(
                        method,
                        path,
                        TenantPermission.valueOf(permission.asString().toUpperCase(Locale.ROOT))));
            }
        }
        return operations;
    }
}
