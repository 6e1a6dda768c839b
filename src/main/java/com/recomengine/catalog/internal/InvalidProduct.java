package com.recomengine.catalog.internal;

import com.recomengine.shared.problem.ProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A product write with failing fields: 400 naming every one of them, and nothing written. */
class InvalidProduct extends ProblemException {

    InvalidProduct(List<FieldError> errors) {
        super(
                HttpStatus.BAD_REQUEST,
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
