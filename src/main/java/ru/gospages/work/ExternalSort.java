package ru.gospages.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.util.FileSystemUtils;

/**
 * Sorts more records than should be held in memory: records are collected in runs of at most
 * {@code runSize}, each run is sorted and written to the work folder, and reading merges the runs.
 * Memory stays at one run however many records there are. A sort that fits one run never touches
 * the disk. {@link #sorted()} may be called several times, also from several threads at once: each
 * call merges the runs anew, so two writers can each read the same order at their own pace. A sort
 * can also hand its runs on ({@link #spillAll()}) to be merged later, by another step, with other
 * runs of the same order ({@link #merge}).
 */
public final class ExternalSort<T> implements AutoCloseable {

    private final Path folder;
    private final Comparator<? super T> order;
    private final BiConsumer<RecordOutput, T> writer;
    private final Function<RecordInput, T> reader;
    private final int runSize;
    private final List<Path> runs = new ArrayList<>();
    // null: every run is sorted and written on the caller's thread
    private final ExecutorService helper;
    // the run the helper is sorting and writing, or null
    private Future<?> helped;
    private List<T> buffer = new ArrayList<>();
    private boolean finished;
    private long size;

    /**
     * @param writer writes one record
     * @param reader reads one record, or returns null at the end of a run
     */
    public ExternalSort(Path folder, Comparator<? super T> order, BiConsumer<RecordOutput, T> writer,
                        Function<RecordInput, T> reader, int runSize) {
        this(folder, order, writer, reader, runSize, null);
    }

    /**
     * The same with a thread of its own, named {@code helperName}, that sorts and writes a full run
     * while the caller fills the next one; when the helper is still busy with the previous run, the
     * caller sorts and writes the next itself. So a producer that is not busy all the time (the merge
     * reading its staged rows) lends its spare time to sorting, and at most two full runs are in memory.
     */
    public ExternalSort(Path folder, Comparator<? super T> order, BiConsumer<RecordOutput, T> writer,
                        Function<RecordInput, T> reader, int runSize, String helperName) {
        this.folder = folder;
        this.order = order;
        this.writer = writer;
        this.reader = reader;
        this.runSize = runSize;
        this.helper = helperName == null ? null : Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, helperName);
            thread.setDaemon(true);
            return thread;
        });
    }

    public void add(T record) {
        if (finished) {
            throw new IllegalStateException("records added after reading started");
        }
        buffer.add(record);
        size++;
        if (buffer.size() >= runSize) {
            spill();
        }
    }

    public long size() {
        return size;
    }

    /** Every record added, in order. Close the iterator when done with it. */
    public synchronized Sorted<T> sorted() {
        if (!finished) {
            finished = true;
            if (!runs.isEmpty() && !buffer.isEmpty()) {
                spill();
            } else {
                buffer.sort(order);
            }
            awaitHelper();
        }
        if (runs.isEmpty()) {
            Iterator<T> records = buffer.iterator();
            return new Sorted<>() {
                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public T next() {
                    return records.next();
                }

                @Override
                public void close() {
                }
            };
        }
        return new Merge(runs);
    }

    private void spill() {
        List<T> full = buffer;
        buffer = new ArrayList<>();
        Path run;
        try {
            Files.createDirectories(folder);
            run = Files.createTempFile(folder, "run-", ".sort");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runs.add(run);
        if (helper != null) {
            if (helped != null && helped.isDone()) {
                awaitHelper();
            }
            if (helped == null) {
                helped = helper.submit(() -> write(full, run));
                return;
            }
            // the helper is still at the previous run: this one is sorted here
        }
        write(full, run);
    }

    private void write(List<T> records, Path run) {
        records.sort(order);
        try (RecordOutput out = RecordOutput.create(run)) {
            records.forEach(record -> writer.accept(out, record));
        }
    }

    /** Waits until the run handed to the helper, if any, is written; rethrows what failed. */
    private void awaitHelper() {
        if (helped == null) {
            return;
        }
        try {
            helped.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sorting", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } finally {
            helped = null;
        }
    }

    /**
     * Writes every record added into sorted runs and hands them over: they stay on disk when the sort
     * is closed, for {@link #merge} to read.
     */
    public List<Path> spillAll() {
        if (finished) {
            throw new IllegalStateException("the runs were handed over already or are being read");
        }
        finished = true;
        if (!buffer.isEmpty()) {
            spill();
        }
        awaitHelper();
        List<Path> handed = List.copyOf(runs);
        runs.clear();
        return handed;
    }

    /** Merges runs written by sorts of the same {@code order} into one sequence. Close it when done. */
    public static <T> Sorted<T> merge(List<Path> runs, Comparator<? super T> order, Function<RecordInput, T> reader) {
        return new ExternalSort<T>(null, order, null, reader, 1).new Merge(runs);
    }

    /** Deletes the runs. */
    @Override
    public void close() {
        if (helper != null) {
            helper.shutdown();
            try {
                awaitHelper();
            } catch (RuntimeException failed) {
                // reported where the runs were needed; deleted below all the same
            }
        }
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        runs.clear();
        buffer = List.of();
    }

    /** The runs a sort handed over into {@code folder}. */
    public static List<Path> runsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".sort")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes whatever sorts left in {@code folder} (a run killed while sorting). */
    public static void clear(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sorted records, read once. */
    public interface Sorted<T> extends Iterator<T>, AutoCloseable {
        @Override
        void close();
    }

    /** The head record of each run, smallest first. */
    private final class Merge implements Sorted<T> {
        private final PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> order.compare(a.record, b.record));
        private final List<RecordInput> inputs = new ArrayList<>();

        Merge(List<Path> files) {
            try {
                for (Path run : files) {
                    RecordInput in = RecordInput.open(run);
                    inputs.add(in);
                    Head head = new Head(in);
                    if (head.advance()) {
                        heads.add(head);
                    }
                }
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public T next() {
            Head head = heads.poll();
            if (head == null) {
                throw new NoSuchElementException();
            }
            T record = head.record;
            if (head.advance()) {
                heads.add(head);
            }
            return record;
        }

        @Override
        public void close() {
            inputs.forEach(RecordInput::close);
            inputs.clear();
            heads.clear();
        }
    }

    private final class Head {
        private final RecordInput in;
        private T record;

        Head(RecordInput in) {
            this.in = in;
        }

        boolean advance() {
            record = reader.apply(in);
            return record != null;
        }
    }
}
