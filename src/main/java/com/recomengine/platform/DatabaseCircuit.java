package com.recomengine.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.recomengine.shared.problem.Problems;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A circuit breaker in front of PostgreSQL. A failure to reach it (connection refused, cut or timed out; never a
 * constraint or data error) opens the circuit: callers that have somewhere else to go (the ingestion spool, the
 * last known key or tenant) go there at once instead of each waiting on the pool. While open, one background probe
 * asks for a connection every {@code probeEvery}; the first answer closes the circuit.
 */
@RequiredArgsConstructor
public final class DatabaseCircuit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseCircuit.class);

    private final DataSource dataSource;
    private final Duration probeEvery;
    private final AtomicBoolean open = new AtomicBoolean();
    private volatile boolean closed;

    /** Whether PostgreSQL failed to answer recently and has not answered a probe since. */
    public boolean isOpen() {
        return open.get();
    }

    /** Opens the circuit when {@code failure} says PostgreSQL is unreachable; answers whether it did. */
    public boolean markUnreachable(Throwable failure) {
        if (!unreachable(failure)) {
            return false;
        }
        if (open.compareAndSet(false, true) && !closed) {
            log.warn(
                    "PostgreSQL unreachable ({}); ingestion spools to Redis until it answers again",
                    failure.toString());
            Thread.ofVirtual().name("database-probe").start(this::probeUntilAnswered);
        }
        return true;
    }

    /** Whether {@code failure} comes from not reaching PostgreSQL at all, as opposed to PostgreSQL refusing. */
    public static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof SocketException
                    || cause instanceof SocketTimeoutException
                    || (cause instanceof SQLException sql
                            && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Wraps a cache loader: each value loaded is remembered, and while PostgreSQL is unreachable the key's last
     * known value is answered instead (at once when the circuit is open). Nothing can change in the database
     * meanwhile, so a value from just before the outage is as current as any. A key never loaded cannot be
     * answered: 503 (at once while the circuit is open).
     */
    public <K, V> Function<K, V> lastKnownWhileDown(Function<K, V> loader) {
        Cache<K, V> known = Caffeine.newBuilder().maximumSize(100_000).build();
        return key -> {
            V before = known.getIfPresent(key);
            if (isOpen()) {
                return orUnavailable(before);
            }
            try {
                V value = loader.apply(key);
                known.put(key, value);
                return value;
            } catch (RuntimeException e) {
                if (!markUnreachable(e)) {
                    throw e;
                }
                return orUnavailable(before);
            }
        };
    }

    private static <V> V orUnavailable(@Nullable V known) {
        if (known == null) {
            throw Problems.unavailable(
                    "The database is unreachable and this instance has not seen this before; try again shortly.", 5);
        }
        return known;
    }

    private void probeUntilAnswered() {
        while (open.get() && !closed) {
            try {
                Thread.sleep(probeEvery);
            } catch (InterruptedException e) {
                return;
            }
            try (Connection connection = dataSource.getConnection()) {
                if (connection.isValid(1)) {
                    open.set(false);
                    log.info("PostgreSQL answers again");
                }
            } catch (SQLException | RuntimeException e) {
                log.debug("PostgreSQL still unreachable: {}", e.toString());
            }
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
