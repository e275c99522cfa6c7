package ru.gospages.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The application in a child JVM, as an operator starts it ({@code java -cp … GospagesApplication
 * run …}), from the project folder and with the test classpath; its output is collected line by
 * line, and it can be killed like a power cut ({@code destroyForcibly}: SIGKILL on Linux).
 */
public final class ChildRun implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private ChildRun(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "child-output-" + process.pid());
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /**
     * Starts {@code GospagesApplication} with the given arguments, on the test run's database kept in
     * (or, on PostgreSQL, named after) the folder {@code database}.
     */
    public static ChildRun start(Path database, String... args) {
        return start(database, List.of(), args);
    }

    /** The same, with more JVM options (system properties). */
    public static ChildRun start(Path database, List<String> jvmOptions, String... args) {
        return start(TestDatabase.durable(database), jvmOptions, args);
    }

    /** Starts {@code GospagesApplication} on the given database. */
    public static ChildRun start(TestDatabase database, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "ru.gospages.GospagesApplication"));
        command.addAll(List.of(args));
        command.addAll(database.arguments());
        try {
            // the working folder is the project's: the job profile and reference files are read from jobs/
            return new ChildRun(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until a line of output matches; false when the process ended or the time ran out first. */
    public boolean awaitLine(Predicate<String> line, Duration timeout) {
        return await(() -> lines.stream().anyMatch(line), timeout);
    }

    /** Waits until {@code condition} holds while the process runs; false when it ended or the time ran out first. */
    public boolean await(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (!process.isAlive()) {
                return condition.getAsBoolean();
            }
            sleep(10);
        }
        return false;
    }

    /** Waits for the exit code; kills the process and fails when it takes longer than {@code timeout}. */
    public int exitCode(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the child did not end within " + timeout + ":\n" + output());
            }
            reader.join(5000);
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** SIGKILL: no shutdown hook, no finally block, no flush runs in the child. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String output() {
        return String.join("\n", lines);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the process was killed: its output simply ends
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
