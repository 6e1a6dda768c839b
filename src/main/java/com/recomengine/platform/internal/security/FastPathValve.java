package com.recomengine.platform.internal.security;

import com.recomengine.platform.FastRoute;
import com.recomengine.platform.internal.web.RequestIds;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * The {@link FastPath} for GETs as a valve of the application's Tomcat context: a cached recommendation or a key's
 * info is answered before Tomcat builds the servlet filter chain. It gives the request its id as the request-id
 * filter would. A request it does not answer goes on down the pipeline untouched (marked, so that the fast-path
 * filter does not offer it again).
 */
final class FastPathValve extends ValveBase {

    private final FastPath fastPath;

    FastPathValve(FastPath fastPath) {
        super(true);
        this.fastPath = fastPath;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if ("GET".equals(request.getMethod())) {
            FastRoute route = fastPath.routeFor("GET", request.getRequestURI());
            String key = route == null ? null : KeyGate.presentedKey(request);
            if (key != null) {
                request.setAttribute(FastPath.TRIED, Boolean.TRUE);
                RequestIds.assign(request, response);
                try {
                    if (fastPath.serve(route, key, request, response) == null) {
                        return;
                    }
                } finally {
                    RequestIds.clearLogContext();
                }
            }
        }
        getNext().invoke(request, response);
    }
}
