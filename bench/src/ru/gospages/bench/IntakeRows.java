package ru.gospages.bench;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ru.gospages.intake.IntakeLimits;
import ru.gospages.intake.RawRow;
import ru.gospages.intake.SheetCursor;
import ru.gospages.intake.SheetFormats;
import ru.gospages.intake.SubmissionException;
import ru.gospages.intake.SubmissionFile;
import ru.gospages.intake.SubmissionFiles;
import ru.gospages.rules.CheckedRow;
import ru.gospages.rules.RowChecks;
import ru.gospages.rules.RulesConfiguration;

/**
 * Reading and validating alone, with the readers and rules {@code check} and {@code run} use, for
 * changes to the intake: did the rows change, and did it get faster? Run from the repository root
 * (the job profile is read from {@code jobs/}) with a built jar's classes on the class path.
 * <ul>
 *   <li>{@code --dump}: every checked row (records print every field) and each file's outcome;
 *       {@code --raw}: every raw row of every sheet; both end with a SHA-256 on stderr, so two builds
 *       are compared with {@code cmp} or by digest;</li>
 *   <li>{@code --passes N}: reads and checks the folder N times in one JVM, printing the main
 *       thread's CPU per pass (later passes: the steady state, without JIT warm-up) and at the end
 *       the CPU of each kind of JVM thread (compiler, GC) from {@code /proc}.</li>
 * </ul>
 */
public final class IntakeRows {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: IntakeRows FOLDER --dump | --raw | --passes N");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RulesConfiguration.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run()) {
            RowChecks reader = context.getBean(RowChecks.class);
            List<SubmissionFile> files = SubmissionFiles.list(folder);
            switch (args[1]) {
                case "--dump" -> dump(files, reader, false);
                case "--raw" -> dump(files, reader, true);
                case "--passes" -> passes(files, reader, Integer.parseInt(args[2]));
                default -> throw new IllegalArgumentException(args[1]);
            }
        }
    }

    private static void dump(List<SubmissionFile> files, RowChecks reader, boolean raw) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        long rows = 0;
        for (SubmissionFile file : files) {
            rows += raw ? dumpRaw(file, out, sha) : dumpChecked(file, reader, out, sha);
        }
        out.flush();
        System.err.println("rows " + rows + " sha256 " + HexFormat.of().formatHex(sha.digest()));
    }

    private static long dumpChecked(SubmissionFile file, RowChecks reader, PrintStream out, MessageDigest sha) {
        long rows = 0;
        try (RowChecks.Checked submission = reader.open(file)) {
            CheckedRow row;
            while ((row = submission.next()) != null) {
                rows++;
                line(row.toString(), out, sha);
            }
            line(file.name() + " rejection " + submission.rejection() + " sheets " + submission.sheetProblems(), out, sha);
        }
        return rows;
    }

    private static long dumpRaw(SubmissionFile file, PrintStream out, MessageDigest sha) {
        long rows = 0;
        line("file " + file.name(), out, sha);
        try (SheetCursor cursor = new SheetFormats().open(file.path(), IntakeLimits.defaults())) {
            Optional<String> sheet;
            while ((sheet = cursor.nextSheet()).isPresent()) {
                line("sheet " + sheet.get(), out, sha);
                RawRow row;
                while ((row = cursor.nextRow()) != null) {
                    rows++;
                    line(row.toString(), out, sha);
                }
            }
        } catch (SubmissionException e) {
            line("rejected " + e.code() + " " + e.getMessage(), out, sha);
        }
        return rows;
    }

    private static void line(String text, PrintStream out, MessageDigest sha) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
        out.println(text);
    }

    private static void passes(List<SubmissionFile> files, RowChecks reader, int passes) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int pass = 1; pass <= passes; pass++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            long rows = 0;
            for (SubmissionFile file : files) {
                try (RowChecks.Checked submission = reader.open(file)) {
                    while (submission.next() != null) {
                        rows++;
                    }
                }
            }
            System.out.printf("pass %d: %d checked rows, main thread CPU %.2f s, wall %.2f s%n", pass, rows,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9);
        }
        threadKinds().forEach((kind, seconds) -> System.out.printf("  %-24s %7.2f s CPU%n", kind, seconds));
    }

    /** CPU seconds (user + system) per kind of thread of this JVM, numbers in names folded: "C2 CompilerThread0" and "…1" are one kind. */
    private static Map<String, Double> threadKinds() throws Exception {
        Map<String, Double> byKind = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String stat = Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // clock ticks
                byKind.merge(name.replaceAll("[0-9]+", "#"), seconds, Double::sum);
            }
        }
        byKind.values().removeIf(seconds -> seconds < 0.05);
        return byKind;
    }
}
