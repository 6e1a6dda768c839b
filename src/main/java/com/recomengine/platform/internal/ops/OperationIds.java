package com.recomengine.platform.internal.ops;

import io.swagger.v3.oas.models.Operation;
import java.util.Set;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Stable, readable operation ids, which name the methods of the generated clients. A handler's method name is its
 * id unless it is a generic verb ({@code get}, {@code list}, …), which every resource controller has: those are
 * qualified by the controller's resource ({@code ProductController.get} → {@code getProduct}, {@code list} →
 * {@code listProducts}), so an id never depends on the order controllers are scanned in.
 */
final class OperationIds implements OperationCustomizer {

    private static final Set<String> GENERIC =
            Set.of("get", "list", "create", "update", "delete", "put", "patch", "replace", "search");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        return operation.operationId(
                idOf(handler.getMethod().getName(), handler.getBeanType().getSimpleName()));
    }

    static String idOf(String method, String controller) {
        if (!GENERIC.contains(method)) {
            return method;
        }
        String resource = controller.replace("Controller", "").replace("Admin", "");
        return method.equals("list") ? method + resource + "s" : method + resource;
    }
}
