package com.recomengine.platform;

import com.recomengine.platform.internal.web.ResponseHeaders;
import com.recomengine.shared.security.ApiKeyPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A key-authenticated call on a hot path: a GET that can often be answered from memory (a cached recommendation,
 * a key's own info) or a small POST (one event). The platform admits the key exactly as the security chain would
 * (tenant state, scope, origin, rate limit), sets the same security headers and times the request under
 * {@code http.server.requests}, then offers the request here before the metrics observation, Spring Security and
 * Spring MVC run. A route that cannot answer returns false having written nothing, and the request continues
 * through the full stack (a POST's body is kept, so the controller reads it again and answers with the usual
 * problem documents). A {@code ProblemException} thrown here is answered as the controllers' would be.
 */
public interface FastRoute {

    /** Whether this route may serve a request with this method and path. */
    boolean matches(String method, String path);

    /** The path pattern its requests are counted under in the HTTP metrics (no ids, to keep tags bounded). */
    String pathPattern();

    /**
     * Writes the whole response and returns true, or writes nothing and returns false. A POST's body is fully
     * read into memory before this is called ({@link HttpServletRequest#getInputStream()} replays it).
     */
    boolean serve(ApiKeyPrincipal key, HttpServletRequest request, HttpServletResponse response) throws IOException;

    /**
     * Writes a whole JSON answer ({@code application/json}, UTF-8 bytes) the fast path's way: on Tomcat's own
     * response the content type goes in as bytes, like the other fast-path headers ({@link ResponseHeaders}).
     */
    static void writeJson(HttpServletResponse response, int status, byte[] body) throws IOException {
        response.setStatus(status);
        ResponseHeaders.json(response);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
