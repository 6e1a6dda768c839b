package com.recomengine.catalog.internal;

import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.problem.ProblemKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A product write with failing fields: 400 naming every one of them, and nothing written. */
class InvalidProduct extends ProblemException {

    InvalidProduct(List<FieldError> errors) {
        super(
                ProblemKind.INVALID,
                "validation",
                "Invalid request",
                FieldError.describe(errors),
                Map.of("errors", errors.stream().map(InvalidProduct::entry).toList()));
    }

    private static Map<String, Object> entry(FieldError error) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("field", error.field());
        entry.put("message", error.message());
        return entry;
    }
}
