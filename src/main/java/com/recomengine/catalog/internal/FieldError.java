package com.recomengine.catalog.internal;

import java.util.List;
import java.util.stream.Collectors;

/** One reason an input was refused, named by its field. */
record FieldError(String field, String message) {

    static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }
}
