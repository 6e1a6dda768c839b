package com.recomengine.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A three-master Redis Cluster from the machine's {@code redis-server}, started and stopped by
 * {@code scripts/redis-cluster.sh} on ports of its own ({@code REDIS_CLUSTER_PORTS}, default 7101 7102 7103).
 */
public final class LocalRedisCluster implements AutoCloseable {

    private final List<String> ports = Arrays.asList(System.getenv()
            .getOrDefault("REDIS_CLUSTER_PORTS", "7101 7102 7103")
            .strip()
            .split("\\s+"));

    public LocalRedisCluster start() {
        run("start");
        return this;
    }

    /** {@code redis-cluster://127.0.0.1:7101,127.0.0.1:7102,127.0.0.1:7103} */
    public String url() {
        return "redis-cluster://"
                + ports.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
    }

    @Override
    public void close() {
        run("stop");
    }

    private void run(String command) {
        try {
            Process process = new ProcessBuilder("scripts/redis-cluster.sh", command)
                    .directory(Path.of("").toAbsolutePath().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("scripts/redis-cluster.sh " + command + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("scripts/redis-cluster.sh " + command + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
