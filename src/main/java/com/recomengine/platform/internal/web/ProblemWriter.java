package com.recomengine.platform.internal.web;

import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.web.ProblemStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Builds RFC 7807 problems the same way everywhere, and writes them where no controller is involved (filters). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProblemWriter {

    private final ObjectMapper json;

    public static ProblemDetail problem(
            HttpStatus status,
            String type,
            String title,
            String detail,
            HttpServletRequest request,
            Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        properties.forEach(problem::setProperty);
        String requestId = MDC.get(RequestIds.MDC_KEY);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String type,
            String title,
            String detail)
            throws IOException {
        write(response, problem(status, type, title, detail, request, Map.of()));
    }

    /** A {@link ProblemException} answered where no controller is involved, as the controllers answer it. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemException e) throws IOException {
        if (e.properties().get("retryAfterSeconds") instanceof Long seconds && !response.isCommitted()) {
            response.setHeader("Retry-After", Long.toString(seconds));
        }
        write(response, problem(e, request));
    }

    /** The problem a {@link ProblemException} answers with, its kind deciding the status ({@link ProblemStatus}). */
    public static ProblemDetail problem(ProblemException e, HttpServletRequest request) {
        return problem(ProblemStatus.of(e.kind()), e.type(), e.title(), e.getMessage(), request, e.properties());
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
