package com.recomengine.platform;

import com.recomengine.shared.security.ApiKeyPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A key-authenticated GET that can often be answered from memory (a cached recommendation, a key's own info).
 * The platform admits the key exactly as the security chain would (tenant state, scope, origin, rate limit) and
 * sets the same security headers, then offers the request here before Spring Security and Spring MVC run; a route
 * that cannot answer from memory returns false and the request continues through the full stack.
 */
public interface FastRoute {

    /** Whether this route may serve a GET of this path. */
    boolean matches(String path);

    /** The path pattern its requests are counted under in the HTTP metrics (no ids, to keep tags bounded). */
    String pathPattern();

    /** Writes the whole response and returns true, or writes nothing and returns false. */
    boolean serve(ApiKeyPrincipal key, HttpServletRequest request, HttpServletResponse response) throws IOException;
}
