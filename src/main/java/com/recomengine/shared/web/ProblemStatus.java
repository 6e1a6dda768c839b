package com.recomengine.shared.web;

import com.recomengine.shared.problem.ProblemKind;
import org.springframework.http.HttpStatus;

/** The one place a {@link ProblemKind} becomes an HTTP status: used by every web edge that answers a problem. */
public final class ProblemStatus {

    private ProblemStatus() {}

    public static HttpStatus of(ProblemKind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case PRECONDITION_FAILED -> HttpStatus.PRECONDITION_FAILED;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }
}
