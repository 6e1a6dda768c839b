package com.recomengine.platform.internal.web;

import static com.recomengine.platform.internal.web.ProblemEntities.fieldError;
import static com.recomengine.platform.internal.web.ProblemEntities.problemEntity;
import static com.recomengine.platform.internal.web.ProblemEntities.simple;
import static com.recomengine.platform.internal.web.ProblemEntities.validation;

import com.recomengine.shared.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
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

    private static ResponseEntity<Object> conflict(HttpServletRequest request) {
        return simple(
                HttpStatus.CONFLICT,
                "conflict",
                "Conflict",
                "The resource was changed by another request at the same time; read it again and retry.",
                request);
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
        return simple(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal",
                "Internal error",
                "An unexpected error occurred; it has been logged with this request id.",
                request);
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
        return UnreadableBodies.problem(e, request);
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

    static String slug(HttpStatus status) {
        return status.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
