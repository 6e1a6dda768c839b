package com.recomengine.platform.internal.web;

import com.recomengine.shared.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns every failure of a request into {@code application/problem+json}; a 5xx here is a bug and is logged. */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> handleProblem(ProblemException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemWriter.problem(e, request);
        HttpHeaders headers = new HttpHeaders();
        if (e.properties().get("retryAfterSeconds") instanceof Long seconds) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }
        return problemEntity(problem, headers);
    }

    @ExceptionHandler({
        CannotGetJdbcConnectionException.class,
        CannotCreateTransactionException.class,
        DataAccessResourceFailureException.class,
        QueryTimeoutException.class
    })
    ResponseEntity<Object> handleDatabaseDown(Exception e, HttpServletRequest request) {
        log.warn("Database unavailable: {}", e.toString());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "5");
        return problemEntity(
                ProblemWriter.problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "unavailable",
                        "Service unavailable",
                        "The database is unavailable; retry shortly.",
                        request,
                        Map.of()),
                headers);
    }

    /**
     * Two writers raced for one resource (a version check failed, a lock could not be had, or a unique key was taken
     * between the check and the insert): the loser is told to re-read and retry, never answered 500.
     */
    @ExceptionHandler({
        OptimisticLockingFailureException.class,
        PessimisticLockingFailureException.class,
        DuplicateKeyException.class
    })
    ResponseEntity<Object> handleRace(Exception e, HttpServletRequest request) {
        return conflict(request);
    }

    /**
     * A constraint of the database refused the write: a taken unique key or a vanished reference is a conflict; a
     * value the database cannot store (a check, a length, an encoding) is bad input that validation let through.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleIntegrity(DataIntegrityViolationException e, HttpServletRequest request) {
        String state = sqlState(e);
        if (state != null && (state.equals("23505") || state.equals("23503") || state.startsWith("40"))) {
            return conflict(request);
        }
        log.warn("Write refused by the database on {} {}: {}", request.getMethod(), request.getRequestURI(), state);
        return simple(
                HttpStatus.BAD_REQUEST,
                "bad-request",
                "Bad request",
                "A value of the request cannot be stored (too long, out of range or not allowed).",
                request);
    }

    private ResponseEntity<Object> conflict(HttpServletRequest request) {
        return problemEntity(
                ProblemWriter.problem(
                        HttpStatus.CONFLICT,
                        "conflict",
                        "Conflict",
                        "The resource was changed by another request at the same time; read it again and retry.",
                        request,
                        Map.of()),
                new HttpHeaders());
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(
            jakarta.validation.ConstraintViolationException e, HttpServletRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        e.getConstraintViolations().forEach(v -> {
            String path = v.getPropertyPath().toString();
            errors.add(fieldError(path.substring(path.lastIndexOf('.') + 1), v.getMessage()));
        });
        return validation(errors, new ServletWebRequest(request));
    }

    /** A query string Tomcat could not decode (bad percent-encoding, not UTF-8): the parameter is unusable. */
    @ExceptionHandler({InvalidParameterException.class, MultipartException.class})
    ResponseEntity<Object> handleUndecodable(Exception e, HttpServletRequest request) {
        return simple(
                HttpStatus.BAD_REQUEST,
                "bad-request",
                "Bad request",
                e instanceof MultipartException
                        ? "This endpoint does not take multipart bodies."
                        : "A parameter is not valid percent-encoded UTF-8.",
                request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> handleIllegalArgument(IllegalArgumentException e, HttpServletRequest request) {
        return simple(
                HttpStatus.BAD_REQUEST,
                "bad-request",
                "Bad request",
                e.getMessage() == null ? "Invalid request." : e.getMessage(),
                request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problemEntity(
                ProblemWriter.problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal",
                        "Internal error",
                        "An unexpected error occurred; it has been logged with this request id.",
                        request,
                        Map.of()),
                new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(fieldError(error.getField(), error.getDefaultMessage()));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(g -> errors.add(fieldError(g.getObjectName(), g.getDefaultMessage())));
        return validation(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors body && body.hasFieldErrors()) {
                // A validated body of a method that also validates its path: name the body's fields, as for POST.
                body.getFieldErrors()
                        .forEach(error -> errors.add(fieldError(error.getField(), error.getDefaultMessage())));
                return;
            }
            result.getResolvableErrors()
                    .forEach(error -> errors.add(
                            fieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage())));
        });
        return validation(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servlet = ((ServletWebRequest) request).getRequest();
        if (causedBy(e, BodyLimits.BodyTooLargeException.class)) {
            return problemEntity(
                    ProblemWriter.problem(
                            HttpStatus.CONTENT_TOO_LARGE,
                            "body-too-large",
                            "Request body too large",
                            rootMessage(e),
                            servlet,
                            Map.of()),
                    new HttpHeaders());
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
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("body");
            String message = mismatch instanceof InvalidFormatException invalid
                            && invalid.getValue() instanceof String text
                            && StrictJson.unsafe(text) != null
                    ? StrictJson.unsafe(text)
                    : "wrong type or malformed value";
            return validation(List.of(fieldError(field, message)), request);
        }
        String detail = e.getCause() instanceof JacksonException json
                ? json.getMessage() != null && json.getMessage().startsWith("Duplicate Object property")
                        ? "The request body is not valid JSON: it names a key twice."
                        : "The request body is not valid JSON."
                : "The request body is missing or unreadable.";
        return problemEntity(
                ProblemWriter.problem(
                        HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body", detail, servlet, Map.of()),
                new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servlet = ((ServletWebRequest) request).getRequest();
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            return validation(List.of(fieldError(mismatch.getName(), "wrong type")), request);
        }
        String detail = body instanceof ProblemDetail pd && pd.getDetail() != null ? pd.getDetail() : e.getMessage();
        HttpStatus resolved = HttpStatus.valueOf(status.value());
        ProblemDetail problem = ProblemWriter.problem(
                resolved,
                slug(resolved),
                resolved.getReasonPhrase(),
                detail == null ? resolved.getReasonPhrase() : detail,
                servlet,
                Map.of());
        return problemEntity(problem, headers);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException e, NativeWebRequest request) {
        return validation(List.of(fieldError(e.getName(), "wrong type")), (WebRequest) request);
    }

    private ResponseEntity<Object> validation(List<Map<String, Object>> errors, WebRequest request) {
        HttpServletRequest servlet = ((ServletWebRequest) request).getRequest();
        String detail = errors.stream()
                .map(m -> m.get("field") + ": " + m.get("message"))
                .reduce((a, b) -> a + "; " + b)
                .orElse("The request is invalid.");
        return problemEntity(
                ProblemWriter.problem(
                        HttpStatus.BAD_REQUEST,
                        "validation",
                        "Invalid request",
                        detail,
                        servlet,
                        Map.of("errors", errors)),
                new HttpHeaders());
    }

    private static Map<String, Object> fieldError(String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message == null ? "invalid" : message);
        return error;
    }

    private static ResponseEntity<Object> simple(
            HttpStatus status, String type, String title, String detail, HttpServletRequest request) {
        return problemEntity(ProblemWriter.problem(status, type, title, detail, request, Map.of()), new HttpHeaders());
    }

    private static ResponseEntity<Object> problemEntity(ProblemDetail problem, HttpHeaders headers) {
        HttpHeaders merged = new HttpHeaders();
        merged.putAll(headers);
        merged.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, merged, HttpStatusCode.valueOf(problem.getStatus()));
    }

    static String slug(HttpStatus status) {
        return status.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
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
