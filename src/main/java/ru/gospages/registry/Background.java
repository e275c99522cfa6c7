package ru.gospages.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands records to a consumer running on a thread of its own, in batches through a short queue, so
 * that a single-threaded pass (the merge, the carry-over) uses the second core for the work after it
 * (sorting and spilling runs, compressing and storing blocks). Records reach the consumer in the order
 * given. {@link #close()} waits until the consumer has taken everything and rethrows what it threw;
 * after a failure of the consumer, {@link #accept} throws too, so the producer stops early.
 */
public final class Background<T> implements Consumer<T>, AutoCloseable {

    private static final int BATCH = 1_000;
    private static final List<Object> END = new ArrayList<>();

    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(8);
    private final Thread worker;
    private List<Object> batch = new ArrayList<>(BATCH);
    private volatile Throwable failure;
    private boolean closed;

    @SuppressWarnings("unchecked")
    public Background(String name, Consumer<? super T> consumer) {
        this.worker = new Thread(() -> {
            try {
                for (List<Object> records = queue.take(); records != END; records = queue.take()) {
                    records.forEach(record -> consumer.accept((T) record));
                }
            } catch (Throwable e) {
                failure = e;
                queue.clear();
            }
        }, name);
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void accept(T record) {
        batch.add(record);
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Waits for the consumer to finish everything handed to it. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!batch.isEmpty()) {
            hand(batch);
        }
        hand(END);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + worker.getName(), e);
        }
        rethrow();
    }

    private void hand(List<Object> records) {
        try {
            while (!queue.offer(records, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!worker.isAlive()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing records to " + worker.getName(), e);
        }
        rethrow();
    }

    private void rethrow() {
        Throwable thrown = failure;
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown != null) {
            throw new IllegalStateException(thrown);
        }
    }
}
