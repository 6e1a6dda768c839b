package com.recomengine.platform.internal.ops;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * A query parameter described with {@code @Parameter(schema = @Schema(minimum = …))} and no type comes out of
 * springdoc (OpenAPI 3.1) as a string, whatever it binds to. The Java type of the bound argument decides: an
 * {@code int} or {@code BigDecimal} parameter is an integer or a number, its default one too.
 */
final class ParameterTypes implements OperationCustomizer {

    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getParameters() == null) {
            return operation;
        }
        Map<String, String> types = boundTypes(handler.getMethod());
        for (Parameter parameter : operation.getParameters()) {
            String type = types.get(parameter.getName());
            Schema<?> schema = parameter.getSchema();
            if (type != null && schema != null && "string".equals(schema.getType())) {
                parameter.setSchema(retyped(schema, type));
            }
        }
        return operation;
    }

    private static Map<String, String> boundTypes(Method method) {
        String[] names = NAMES.getParameterNames(method);
        Map<String, String> types = new HashMap<>();
        for (int i = 0; i < method.getParameterCount(); i++) {
            RequestParam param = method.getParameters()[i].getAnnotation(RequestParam.class);
            String type = jsonType(method.getParameterTypes()[i]);
            if (param != null && type != null) {
                String name = param.name().isEmpty() ? param.value() : param.name();
                types.put(name.isEmpty() && names != null ? names[i] : name, type);
            }
        }
        return types;
    }

    private static @Nullable String jsonType(Class<?> java) {
        if (java == int.class || java == Integer.class || java == long.class || java == Long.class) {
            return "integer";
        }
        if (java == BigDecimal.class || java == double.class || java == Double.class) {
            return "number";
        }
        return null;
    }

    /** A new schema rather than a changed one: springdoc's string schema would turn any default back to text. */
    private static Schema<Object> retyped(Schema<?> string, String type) {
        Schema<Object> schema = ProblemSchemas.typed(type)
                .minimum(string.getMinimum())
                .maximum(string.getMaximum())
                .description(string.getDescription());
        if (string.getDefault() != null) {
            String value = string.getDefault().toString();
            schema.setDefault(type.equals("integer") ? Long.valueOf(value) : new BigDecimal(value));
        }
        return schema;
    }
}
