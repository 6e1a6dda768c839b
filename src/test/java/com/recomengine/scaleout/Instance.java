package com.recomengine.scaleout;

import com.recomengine.RecomEngineApplication;
import com.recomengine.support.Api;
import com.recomengine.support.TcpProxy;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application instance of a scale-out test: a whole application context on a random port, on the given
 * database of the test PostgreSQL (reached through its own {@link TcpProxy}, so that one instance can lose
 * PostgreSQL while the others keep it) and the test Redis.
 */
final class Instance implements AutoCloseable {

    static final URI DATABASE = URI.create(System.getenv()
            .getOrDefault("RECOMENGINE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/recomengine_test")
            .substring("jdbc:".length()));

    final String name;
    final TcpProxy postgres;
    final ConfigurableApplicationContext context;
    final Api api;

    private Instance(String name, TcpProxy postgres, ConfigurableApplicationContext context) {
        this.name = name;
        this.postgres = postgres;
        this.context = context;
        this.api = new Api(Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port")));
    }

    static Instance start(String name, String database, Map<String, Object> properties) {
        TcpProxy postgres = new TcpProxy(DATABASE.getHost(), DATABASE.getPort() < 0 ? 5432 : DATABASE.getPort());
        return new Instance(name, postgres, run(name, database, postgres, 0, properties));
    }

    /**
     * Starts an instance on {@code port} (0: a random one) through the given proxy; blocks until the application
     * context is up, so a caller that starts one while PostgreSQL is cut does so on a thread of its own.
     */
    static ConfigurableApplicationContext run(
            String name, String database, TcpProxy postgres, int port, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("server.port", port);
        all.put("spring.application.name", name);
        all.put("recomengine.platform.db.url", "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/" + database);
        // As arguments, so that they win over application.properties (PORT) and the test profile's database.
        String[] arguments = all.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(RecomEngineApplication.class)
                .profiles("test")
                .run(arguments);
    }

    /** The sum of a counter (or a timer's count) over its tags, on this instance. */
    double count(String meter, String... tags) {
        Search search = context.getBean(MeterRegistry.class).find(meter).tags(tags);
        return search.counters().stream().mapToDouble(c -> c.count()).sum()
                + search.timers().stream().mapToDouble(t -> t.count()).sum();
    }

    boolean running() {
        return context.isActive();
    }

    /** Stops the instance on a thread of its own, as a shutdown hook would, so nothing of it lands on the caller. */
    @Override
    public void close() {
        Thread closing = Thread.ofPlatform().name("stop-" + name).start(() -> {
            if (context.isActive()) {
                context.close();
            }
        });
        try {
            closing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            postgres.close();
        }
    }
}
