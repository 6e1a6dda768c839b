package com.recomengine.shared.problem;

import java.util.Map;

/**
 * An expected business outcome that ends a request with an RFC 7807 problem: the web edge turns it into
 * {@code application/problem+json}, its {@link ProblemKind} deciding the status. Build them with {@link Problems}.
 */
public class ProblemException extends RuntimeException {

    private final ProblemKind kind;
    private final String type;
    private final String title;
    private final Map<String, Object> properties;

    public ProblemException(
            ProblemKind kind, String type, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.kind = kind;
        this.type = type;
        this.title = title;
        this.properties = Map.copyOf(properties);
    }

    public ProblemKind kind() {
        return kind;
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
