package com.recomengine.platform.internal.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Holds the start of an instance while its PostgreSQL cannot be reached, instead of letting the start fail: the
 * schema migrations, the entity mapping's validation and the event publication registry all need the database
 * before the application can serve anything. While it waits, the instance listens on its port and answers
 * {@code /health} 200 (the process is alive), {@code /ready} and everything else 503 problem+json with
 * {@code Retry-After}, so a load balancer or orchestrator sees an instance that is up but not ready. Once PostgreSQL
 * answers, the port is handed over to the application, which starts as usual.
 *
 * <p>Runs once the environment is prepared (after logging is set up), before any bean exists. Skipped for the
 * embedded PostgreSQL (the application starts that itself) and when {@code recomengine.platform.db.wait-at-start}
 * is {@code false}.
 */
public final class DatabaseStartGate implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartGate.class);
    private static final Duration PROBE_EVERY = Duration.ofSeconds(1);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        String url = environment.getProperty("recomengine.platform.db.url", "");
        if (url.isBlank() || !environment.getProperty("recomengine.platform.db.wait-at-start", Boolean.class, true)) {
            return;
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", environment.getProperty("recomengine.platform.db.username", "postgres"));
        String password = environment.getProperty("recomengine.platform.db.password", "");
        if (!password.isBlank()) {
            credentials.setProperty("password", password);
        }
        credentials.setProperty("connectTimeout", "2");
        credentials.setProperty("socketTimeout", "5");
        if (reachable(url, credentials)) {
            return;
        }
        int port = environment.getProperty("server.port", Integer.class, 8080);
        log.warn("PostgreSQL cannot be reached; this instance answers 'not ready' on port {} until it can", port);
        HttpServer waiting = listen(port);
        try {
            while (!reachable(url, credentials)) {
                Thread.sleep(PROBE_EVERY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL", e);
        } finally {
            if (waiting != null) {
                waiting.stop(0);
            }
        }
        log.info("PostgreSQL answers again; starting");
    }

    /** After logging is initialised (Boot's logging listener runs at HIGHEST_PRECEDENCE + 20). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    private static boolean reachable(String url, Properties credentials) {
        try (Connection connection = DriverManager.getConnection(url, credentials)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The waiting answers on the instance's port; none when the port is chosen at random (0) or taken. */
    private static HttpServer listen(int port) {
        if (port <= 0) {
            return null;
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", DatabaseStartGate::answer);
            server.start();
            return server;
        } catch (IOException e) {
            log.warn("Cannot answer on port {} while waiting for PostgreSQL: {}", port, e.getMessage());
            return null;
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            int status;
            String type;
            String body;
            if (path.equals("/health")) {
                status = 200;
                type = "application/json";
                body = "{\"status\":\"UP\"}";
            } else {
                status = 503;
                type = "application/problem+json";
                body = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                        + "\"detail\":\"Starting: waiting for PostgreSQL.\",\"instance\":\"" + escape(path) + "\"}";
                exchange.getResponseHeaders().set("Retry-After", "5");
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static String escape(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (char c : path.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
