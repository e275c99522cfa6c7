package ru.gospages.work;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands records to a task running on a thread of its own, in batches through a short queue, so that
 * a single-threaded pass (the merge, the carry-over) uses the other core for the work after it:
 * sorting and spilling runs, compressing and storing blocks, writing a file from the records. The
 * task reads the records, in the order given, from an iterator that ends when the producer closes.
 * {@link #close()} waits until the task is done and rethrows what it threw; after a failure of the
 * task, {@link #accept} throws it instead, so the producer stops early. A failure is thrown once.
 */
public final class Background<T> implements Consumer<T>, AutoCloseable {

    /** What runs on the other thread: it reads every record from the iterator. */
    @FunctionalInterface
    public interface Task<T> {
        void run(Iterator<T> records) throws Exception;
    }

    private static final int BATCH = 1_000;
    private static final List<Object> END = new ArrayList<>();

    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(8);
    private final Thread worker;
    private List<Object> batch = new ArrayList<>(BATCH);
    private volatile Throwable failure;
    private boolean failureThrown;
    private boolean inputEnded;
    private boolean closed;

    public Background(String name, Task<T> task) {
        this.worker = new Thread(() -> {
            try {
                Taken records = new Taken();
                task.run(records);
                // a task that stops reading early still lets the producer finish
                records.forEachRemaining(record -> { });
            } catch (Throwable e) {
                failure = e;
                queue.clear();
            }
        }, name);
        worker.setDaemon(true);
        worker.start();
    }

    /** Each record handed to {@code consumer}, on the other thread. */
    public static <T> Background<T> each(String name, Consumer<? super T> consumer) {
        return new Background<>(name, records -> records.forEachRemaining(consumer));
    }

    @Override
    public void accept(T record) {
        batch.add(record);
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /**
     * Ends the input without waiting: the task goes on with what it was handed, on its own thread,
     * and {@link #close()} waits for it. No record may be handed after this.
     */
    public void end() {
        if (inputEnded) {
            return;
        }
        inputEnded = true;
        if (!batch.isEmpty()) {
            hand(batch);
        }
        hand(END);
    }

    /** Ends the input if not yet ended and waits for the task to finish everything handed to it. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        end();
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

    /**
     * Throws the task's failure, once: a producer stopped by it from {@link #accept} closes this in
     * try-with-resources, and the same exception thrown again by {@link #close} would be added to itself
     * as suppressed, which Java refuses with an exception of its own hiding the failure.
     */
    private void rethrow() {
        Throwable thrown = failure;
        if (thrown == null || failureThrown) {
            return;
        }
        failureThrown = true;
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(thrown);
    }

    /** The records as the task reads them: batch by batch from the queue, until the end mark. */
    private final class Taken implements Iterator<T> {
        private List<Object> current = List.of();
        private int next;
        private boolean ended;

        @Override
        public boolean hasNext() {
            while (!ended && next == current.size()) {
                try {
                    current = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                next = 0;
                ended = current == END;
            }
            return !ended;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return (T) current.get(next++);
        }
    }
}
