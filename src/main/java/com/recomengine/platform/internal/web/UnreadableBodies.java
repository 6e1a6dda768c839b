package com.recomengine.platform.internal.web;

import static com.recomengine.platform.internal.web.ProblemEntities.fieldError;
import static com.recomengine.platform.internal.web.ProblemEntities.problemEntity;
import static com.recomengine.platform.internal.web.ProblemEntities.simple;
import static com.recomengine.platform.internal.web.ProblemEntities.validation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Why a request body could not be read, as a problem: too large, over a JSON cap, an unknown or unsafe field, a value
 * of the wrong type, or no JSON at all.
 */
final class UnreadableBodies {

    private UnreadableBodies() {}

    static ResponseEntity<Object> problem(HttpMessageNotReadableException e, WebRequest request) {
        HttpServletRequest servlet = ((ServletWebRequest) request).getRequest();
        if (causedBy(e, BodyLimits.BodyTooLargeException.class)) {
            return simple(
                    HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large", rootMessage(e), servlet);
        }
        StreamConstraintsException overCap = cause(e, StreamConstraintsException.class);
        if (overCap != null) {
            return jsonCapExceeded(overCap, servlet);
        }
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return validation(List.of(fieldError(unknown.getPropertyName(), "unknown field")), request);
        }
        if (causedBy(e, StrictJson.UnsafeValue.class)) {
            return validation(List.of(fieldError("body", unsafeMessage(e))), request);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            return validation(List.of(fieldError(path(mismatch), mismatchMessage(mismatch))), request);
        }
        String detail = e.getCause() instanceof JacksonException json
                ? json.getMessage() != null && json.getMessage().startsWith("Duplicate Object property")
                        ? "The request body is not valid JSON: it names a key twice."
                        : "The request body is not valid JSON."
                : "The request body is missing or unreadable.";
        return simple(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body", detail, servlet);
    }

    private static String path(MismatchedInputException mismatch) {
        return mismatch.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("body");
    }

    private static String mismatchMessage(MismatchedInputException mismatch) {
        return mismatch instanceof InvalidFormatException invalid
                        && invalid.getValue() instanceof String text
                        && StrictJson.unsafe(text) != null
                ? StrictJson.unsafe(text)
                : "wrong type or malformed value";
    }

    /** A body over one of the reader's caps: says which cap and its value, so the client knows what to change. */
    private static ResponseEntity<Object> jsonCapExceeded(StreamConstraintsException e, HttpServletRequest request) {
        JsonCaps cap = JsonCaps.of(e);
        return problemEntity(
                ProblemWriter.problem(
                        HttpStatus.BAD_REQUEST,
                        "json-limit",
                        "Request body over a JSON limit",
                        cap != null
                                ? cap.detail()
                                : "The request body exceeds a limit of the JSON reader: " + e.getOriginalMessage(),
                        request,
                        cap != null ? cap.properties() : Map.of()),
                new HttpHeaders());
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    private static <T extends Throwable> @Nullable T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String unsafeMessage(Throwable e) {
        StrictJson.UnsafeValue unsafe = cause(e, StrictJson.UnsafeValue.class);
        return unsafe == null ? "invalid value" : unsafe.getOriginalMessage();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
