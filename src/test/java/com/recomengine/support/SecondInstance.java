package com.recomengine.support;

import com.recomengine.RecomEngineApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second application instance beside a test's own, on the same PostgreSQL and Redis (the test profile's), on a
 * random port: for tests of what one instance's change does to the other's answers.
 */
public final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static SecondInstance start() {
        return new SecondInstance(new SpringApplicationBuilder(RecomEngineApplication.class)
                .profiles("test")
                .run("--server.port=0", "--server.shutdown=immediate"));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public Api api() {
        return new Api(port());
    }

    @Override
    public void close() {
        context.close();
    }
}
