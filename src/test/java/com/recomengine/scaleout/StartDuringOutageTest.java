package com.recomengine.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.support.TcpProxy;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An instance started while its PostgreSQL cannot be reached does not exit: it answers on its port that it is alive
 * but not ready, and comes up, ready, once PostgreSQL answers again.
 */
class StartDuringOutageTest {

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void anInstanceStartedWhilePostgresIsCutReportsNotReadyAndComesUpWhenItReturns() throws Exception {
        String database = Instance.DATABASE.getPath().substring(1);
        int port = freePort();
        try (TcpProxy postgres = new TcpProxy(
                Instance.DATABASE.getHost(), Instance.DATABASE.getPort() < 0 ? 5432 : Instance.DATABASE.getPort())) {
            postgres.cut();
            CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(
                    () -> Instance.run("instance-late", database, postgres, port, Map.of()));
            try {
                await().atMost(Duration.ofSeconds(60))
                        .ignoreExceptions()
                        .until(() -> get(port, "/ready").statusCode() == 503);
                HttpResponse<String> ready = get(port, "/ready");
                assertThat(ready.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(ready.headers().firstValue("Retry-After")).isPresent();
                assertThat(ready.body()).contains("\"status\":503").contains("PostgreSQL");
                assertThat(get(port, "/health").statusCode()).isEqualTo(200);
                assertThat(get(port, "/api/v1/recommendations").statusCode()).isEqualTo(503);
                // a few more probes: still waiting, not exited
                List<Integer> probes = new CopyOnWriteArrayList<>();
                await("a few more probes while PostgreSQL is cut")
                        .dontCatchUncaughtExceptions()
                        .during(Duration.ofSeconds(3))
                        .atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(250))
                        .failFast("the start ended while PostgreSQL was cut", starting::isDone)
                        .until(() -> {
                            int status = get(port, "/ready").statusCode();
                            probes.add(status);
                            return status == 503;
                        });
                assertThat(probes)
                        .as("readiness while PostgreSQL is cut")
                        .hasSizeGreaterThanOrEqualTo(3)
                        .containsOnly(503);
                assertThat(starting).isNotDone();
                assertThat(get(port, "/ready").statusCode()).isEqualTo(503);

                postgres.restore();
                ConfigurableApplicationContext context = starting.get(120, java.util.concurrent.TimeUnit.SECONDS);
                try {
                    assertThat(context.isActive()).isTrue();
                    await().atMost(Duration.ofSeconds(30))
                            .ignoreExceptions()
                            .until(() -> get(port, "/ready").statusCode() == 200);
                    assertThat(get(port, "/ready").body()).contains("\"postgres\":{\"status\":\"UP\"}");
                } finally {
                    context.close();
                }
            } finally {
                postgres.restore();
                if (!starting.isDone()) {
                    starting.get(120, java.util.concurrent.TimeUnit.SECONDS).close();
                }
            }
        }
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
