package com.recomengine.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/** The problem responses themselves: a problem detail as {@code application/problem+json}, and validation problems. */
final class ProblemEntities {

    private ProblemEntities() {}

    static ResponseEntity<Object> validation(List<Map<String, Object>> errors, WebRequest request) {
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

    static Map<String, Object> fieldError(String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message == null ? "invalid" : message);
        return error;
    }

    static ResponseEntity<Object> simple(
            HttpStatus status, String type, String title, String detail, HttpServletRequest request) {
        return problemEntity(ProblemWriter.problem(status, type, title, detail, request, Map.of()), new HttpHeaders());
    }

    static ResponseEntity<Object> problemEntity(ProblemDetail problem, HttpHeaders headers) {
        HttpHeaders merged = new HttpHeaders();
        merged.putAll(headers);
        merged.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, merged, HttpStatusCode.valueOf(problem.getStatus()));
    }
}
