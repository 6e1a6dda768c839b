package com.recomengine.platform.internal.web;

import com.recomengine.shared.security.AdminRoute;
import com.recomengine.shared.security.KeyRoute;
import com.recomengine.shared.security.KeyScope;
import com.recomengine.shared.security.PublicRoute;
import com.recomengine.shared.security.RefreshCookieRoute;
import com.recomengine.shared.web.BulkBody;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The API's routes and what each declares where it is defined: the credentials it takes ({@link PublicRoute},
 * {@link RefreshCookieRoute}, {@link AdminRoute}, {@link KeyRoute} with the key's capability) and whether it takes
 * bulk bodies ({@link BulkBody}). The security chain, the key gate, the body limits and the API document ask it,
 * so the platform knows no module's URLs. Read once from the handler methods; a route under {@code /api/} that
 * declares no credentials stops the application at start.
 *
 * <p>A request is matched as Spring MVC matches it: a literal path before templates, the most specific template
 * first, the route of the request's method before the others ({@code GET} serves {@code HEAD}); a path served for
 * other methods only still finds its route (MVC then answers 405), a path nobody serves none (404).
 */
public final class ApiRoutes {

    static final String API = "/api/";

    /** One declared route: a path pattern with the methods it serves (none: every method). */
    public record Route(String pattern, Set<String> methods, RouteSecurity security, KeyScope scope, boolean bulkBody) {

        boolean serves(String method) {
            return methods.isEmpty() || methods.contains(method) || ("HEAD".equals(method) && methods.contains("GET"));
        }
    }

    private record Template(PathPattern pattern, String literalPrefix, Route route) {}

    private final Map<String, List<Route>> literal = new HashMap<>();
    private final List<Template> templates = new ArrayList<>();
    private final List<Template> all = new ArrayList<>();
    private final Map<String, Route> byOperation = new HashMap<>();

    private ApiRoutes() {}

    /** The routes of these handler methods; those outside {@code /api/} are left out. */
    public static ApiRoutes of(Map<RequestMappingInfo, HandlerMethod> handlers) {
        ApiRoutes routes = new ApiRoutes();
        PathPatternParser parser = PathPatternParser.defaultInstance;
        List<String> undeclared = new ArrayList<>();
        handlers.forEach((info, handler) -> {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith(API)) {
                    continue;
                }
                RouteSecurity security = security(handler);
                if (security == null) {
                    undeclared.add(methods + " " + pattern + " (" + handler.getShortLogMessage() + ")");
                    continue;
                }
                KeyRoute key = declared(handler, KeyRoute.class);
                Route route = new Route(
                        pattern,
                        Set.copyOf(methods),
                        security,
                        key == null ? KeyScope.ANY : key.value(),
                        handler.hasMethodAnnotation(BulkBody.class));
                routes.add(parser.parse(pattern), route);
            }
        });
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException("API routes must declare their credentials (@PublicRoute, "
                    + "@RefreshCookieRoute, @AdminRoute or @KeyRoute on the controller or the method): " + undeclared);
        }
        routes.templates.sort(Comparator.comparing(Template::pattern, PathPattern.SPECIFICITY_COMPARATOR));
        routes.all.sort(Comparator.comparing(Template::pattern, PathPattern.SPECIFICITY_COMPARATOR));
        return routes;
    }

    private void add(PathPattern pattern, Route route) {
        all.add(new Template(pattern, "", route));
        if (pattern.hasPatternSyntax()) {
            String text = pattern.getPatternString();
            int variable = text.indexOf('{');
            int wildcard = text.indexOf('*');
            int end = variable < 0 ? wildcard : wildcard < 0 ? variable : Math.min(variable, wildcard);
            templates.add(new Template(pattern, text.substring(0, Math.max(end, 0)), route));
        } else {
            literal.computeIfAbsent(pattern.getPatternString(), p -> new ArrayList<>())
                    .add(route);
        }
        if (route.methods().isEmpty()) {
            byOperation.put("*" + " " + route.pattern(), route);
        }
        route.methods().forEach(method -> byOperation.put(method + " " + route.pattern(), route));
    }

    /** The route a request goes to, or null when no API route serves its path. */
    @Nullable
    public Route match(HttpServletRequest request) {
        return match(request.getMethod(), request.getRequestURI());
    }

    /** The route of this method and path (a request's, not a pattern), or null when no API route serves the path. */
    @Nullable
    public Route match(String method, String path) {
        if (path.indexOf('%') >= 0) {
            // MVC matches decoded segments (/%61pi/v1/… is /api/v1/…): an encoded path is matched as MVC does
            return first(all, method, path);
        }
        if (!path.startsWith(API)) {
            return null;
        }
        List<Route> direct = literal.get(path);
        Route fallback = null;
        if (direct != null) {
            for (Route route : direct) {
                if (route.serves(method)) {
                    return route;
                }
            }
            fallback = direct.getFirst();
        }
        Route templated = first(templates, method, path);
        if (templated != null && (fallback == null || templated.serves(method))) {
            return templated;
        }
        return fallback;
    }

    /** The first of these (in specificity order) that matches the path and serves the method, else the first match. */
    @Nullable
    private static Route first(List<Template> candidates, String method, String path) {
        PathContainer container = null;
        Route fallback = null;
        for (Template template : candidates) {
            if (!path.startsWith(template.literalPrefix())) {
                continue;
            }
            if (container == null) {
                container = PathContainer.parsePath(path);
            }
            if (template.pattern().matches(container)) {
                if (template.route().serves(method)) {
                    return template.route();
                }
                if (fallback == null) {
                    fallback = template.route();
                }
            }
        }
        return fallback;
    }

    /** The route documented as this operation: its method and its path pattern as the API document writes it. */
    @Nullable
    public Route operation(String method, String pattern) {
        Route route = byOperation.get(method + " " + pattern);
        return route != null ? route : byOperation.get("*" + " " + pattern);
    }

    @Nullable
    private static RouteSecurity security(HandlerMethod handler) {
        RouteSecurity onMethod = declaredOn(handler.getMethod());
        return onMethod != null ? onMethod : declaredOn(handler.getBeanType());
    }

    @Nullable
    private static RouteSecurity declaredOn(AnnotatedElement element) {
        if (AnnotatedElementUtils.hasAnnotation(element, KeyRoute.class)) {
            return RouteSecurity.API_KEY;
        }
        if (AnnotatedElementUtils.hasAnnotation(element, AdminRoute.class)) {
            return RouteSecurity.ADMIN_TOKEN;
        }
        if (AnnotatedElementUtils.hasAnnotation(element, RefreshCookieRoute.class)) {
            return RouteSecurity.REFRESH_COOKIE;
        }
        if (AnnotatedElementUtils.hasAnnotation(element, PublicRoute.class)) {
            return RouteSecurity.PUBLIC;
        }
        return null;
    }

    /** The annotation on the method, else on its controller. */
    @Nullable
    private static <A extends java.lang.annotation.Annotation> A declared(HandlerMethod handler, Class<A> type) {
        A onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), type);
        if (onMethod != null || declaredOn(handler.getMethod()) != null) {
            return onMethod;
        }
        return AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), type);
    }
}
