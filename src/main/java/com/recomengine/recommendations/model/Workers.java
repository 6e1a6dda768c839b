package com.recomengine.recommendations.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * A few platform threads for one model build. Work is handed out task by task from a shared counter, so uneven
 * tasks (rows of a triangle, items of skewed popularity) still keep every thread busy; the calling thread works
 * too. With one thread everything runs on the caller.
 */
final class Workers implements AutoCloseable {

    private final int threads;
    private final ExecutorService pool;

    Workers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads - 1), runnable -> {
            Thread thread = new Thread(runnable, "reco-model-build");
            thread.setDaemon(true);
            return thread;
        });
    }

    int threads() {
        return threads;
    }

    /** Runs {@code task} for every index in {@code [0, tasks)} and returns when all are done. */
    void forEach(int tasks, IntConsumer task) {
        forEach(tasks, () -> task, IntConsumer::accept);
    }

    /**
     * Runs {@code task} for every index in {@code [0, tasks)}, giving each running thread its own scratch state
     * from {@code perThread} (created once per thread and call, dropped with it), and returns when all are done.
     */
    <S> void forEach(int tasks, Supplier<S> perThread, ObjIntConsumer<S> task) {
        if (tasks <= 0) {
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable drain = () -> {
            try {
                S state = perThread.get();
                for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
                    task.accept(state, t);
                }
            } catch (RuntimeException | Error e) {
                next.set(tasks); // the others stop at their next task; the build fails as a whole
                throw e;
            }
        };
        int helpers = Math.min(threads, tasks) - 1;
        List<Future<?>> running = new ArrayList<>(helpers);
        for (int h = 0; h < helpers; h++) {
            running.add(pool.submit(drain));
        }
        try {
            drain.run();
        } finally {
            for (Future<?> future : running) {
                await(future);
            }
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("model build interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("model build failed", e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
