package com.recomengine.merchandising.internal;

import com.recomengine.shared.problem.Problems;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Compiles rule conditions: CEL over exactly the fields of SPEC §4 (declared as qualified names, so {@code
 * item.size} is an undeclared reference, not a missing map key), type-checked to a boolean. CEL has no loops or
 * recursion; its comprehension macros are capped at {@value #MAX_ITERATIONS} iterations, the expression at
 * {@value #MAX_LENGTH} characters and its nesting at {@value #MAX_DEPTH}, so every evaluation is bounded.
 */
@Component
public class Conditions {

    public static final int MAX_LENGTH = 2048;
    static final int MAX_ITERATIONS = 1_000;
    static final int MAX_DEPTH = 32;

    /** The declared fields, in the order the documentation lists them. */
    public static final List<String> ITEM_FIELDS =
            List.of("productId", "name", "category", "price", "currency", "available", "attributes", "createdAt");

    public static final List<String> CONTEXT_FIELDS = List.of("placementId", "userKnown");

    private static final CelOptions OPTIONS = CelOptions.current()
            .comprehensionMaxIterations(MAX_ITERATIONS)
            .maxExpressionCodePointSize(MAX_LENGTH)
            .maxParseRecursionDepth(MAX_DEPTH)
            .enableHeterogeneousNumericComparisons(true)
            .build();

    private final CelCompiler compiler = CelCompilerFactory.standardCelCompilerBuilder()
            .setOptions(OPTIONS)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addVar("item.productId", SimpleType.STRING)
            .addVar("item.name", SimpleType.STRING)
            .addVar("item.category", SimpleType.STRING)
            .addVar("item.price", SimpleType.DOUBLE)
            .addVar("item.currency", SimpleType.STRING)
            .addVar("item.available", SimpleType.BOOL)
            .addVar("item.attributes", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("item.createdAt", SimpleType.TIMESTAMP)
            .addVar("context.placementId", SimpleType.STRING)
            .addVar("context.userKnown", SimpleType.BOOL)
            .setResultType(SimpleType.BOOL)
            .build();

    private final CelRuntime runtime =
            CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(OPTIONS).build();

    /** A condition ready to evaluate. */
    public interface Condition {

        /** Whether the item (its fields as {@link ItemFields} lays them out) matches; false when evaluation fails. */
        boolean test(Map<String, Object> fields);

        /** Whether the outcome may depend on {@code context}; otherwise it depends on the item alone. */
        boolean readsContext();
    }

    /**
     * Type-checks and compiles {@code expression}; a 400 problem on {@code field} saying where it is wrong (line and
     * column, 1-based) otherwise.
     */
    public Condition compile(String field, String expression) {
        if (expression.length() > MAX_LENGTH) {
            throw Problems.invalid(field, "must be at most " + MAX_LENGTH + " characters");
        }
        if (expression.isBlank()) {
            throw Problems.invalid(field, "must not be blank");
        }
        try {
            CelAbstractSyntaxTree ast = compiler.compile(expression).getAst();
            CelRuntime.Program program = runtime.createProgram(ast);
            boolean readsContext = ast.getReferenceMap().values().stream()
                    .anyMatch(reference -> reference.name().startsWith("context."));
            return new Condition() {
                @Override
                public boolean test(Map<String, Object> fields) {
                    return matches(program, fields);
                }

                @Override
                public boolean readsContext() {
                    return readsContext;
                }
            };
        } catch (CelValidationException e) {
            throw Problems.invalid(field, describe(e));
        } catch (CelEvaluationException e) {
            throw Problems.invalid(field, e.getMessage());
        }
    }

    private static boolean matches(CelRuntime.Program program, Map<String, Object> fields) {
        try {
            return Boolean.TRUE.equals(program.eval(fields));
        } catch (CelEvaluationException | RuntimeException e) {
            // A missing attribute key or too many iterations: the item does not match, the list is still served.
            return false;
        }
    }

    private static String describe(CelValidationException e) {
        if (e.getErrors().isEmpty()) {
            return e.getMessage();
        }
        CelIssue issue = e.getErrors().getFirst();
        int line = Math.max(1, issue.getSourceLocation().getLine());
        int column = issue.getSourceLocation().getColumn() + 1;
        String message = issue.getMessage();
        if (message.startsWith("undeclared reference to 'item'")) {
            message = "unknown field of item; item has " + String.join(", ", ITEM_FIELDS);
        } else if (message.startsWith("undeclared reference to 'context'")) {
            message = "unknown field of context; context has " + String.join(", ", CONTEXT_FIELDS);
        }
        return "line " + line + ", column " + column + ": " + message;
    }
}
