package com.recomengine.shared.problem;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An expected business outcome that ends a request with an RFC 7807 problem: the web edge turns it into
 * {@code application/problem+json}. Build them with {@link Problems}.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final Map<String, Object> properties;

    public ProblemException(
            HttpStatus status, String type, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.properties = Map.copyOf(properties);
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
