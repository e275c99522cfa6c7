package ru.gospages.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import ru.gospages.intake.SubmissionFile;
import ru.gospages.intake.SubmissionFiles;
import ru.gospages.registry.InputOrder;

/**
 * Intake partitions of the period: consecutive submission files, numbered in input order (SPEC 6.1),
 * grouped into about {@value #PARTITIONS_PER_THREAD} partitions per intake thread of similar size in
 * bytes, so files are read in parallel while their rows keep their place in the order. Not one
 * partition per file: each partition costs Spring Batch a dozen repository statements and the
 * compiled code for them, about 20 ms of CPU per file at 1,000 small files; a handful of files per
 * partition keeps that negligible while a crash still loses at most one partition per thread.
 */
public class FilePartitioner implements Partitioner {

    static final String FILES = "files";
    static final int PARTITIONS_PER_THREAD = 8;
    private static final String FILE_ORD = "file.ord.";
    private static final String FILE_PATH = "file.path.";
    private static final String FILE_NAME = "file.name.";
    private static final Pattern NAME = Pattern.compile("files(\\d{6})-(\\d{6})$");

    private final Path input;

    public FilePartitioner(Path input) {
        this.input = input;
    }

    /** One file of a partition: its place in input order and where it is. */
    public record PartitionFile(int ord, SubmissionFile file) {
    }

    @Override
    public Map<String, ExecutionContext> partition(int threads) {
        List<SubmissionFile> files = SubmissionFiles.list(input);
        if (files.size() > InputOrder.MAX_FILES) {
            throw new IllegalStateException("too many files in " + input + ": " + files.size());
        }
        long[] sizes = files.stream().mapToLong(file -> size(file.path())).toArray();
        long total = Math.max(1, Arrays.stream(sizes).sum());
        long parts = (long) Math.max(1, threads) * PARTITIONS_PER_THREAD;
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        List<PartitionFile> group = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < files.size(); i++) {
            group.add(new PartitionFile(i + 1, files.get(i)));
            bytes += sizes[i];
            // a partition ends where the bytes read so far pass its share of the total
            if (bytes * parts >= (partitions.size() + 1) * total || i == files.size() - 1) {
                partitions.put(name(group.get(0).ord(), group.get(group.size() - 1).ord()), context(group));
                group = new ArrayList<>();
            }
        }
        return partitions;
    }

    /**
     * The files of an intake partition, in input order: from its context, or — when a crash came
     * between Spring Batch creating the partition's step execution and saving its context, so that
     * a restart finds the context empty — from its name, which holds the range of file numbers, over
     * the same input (a restart has the same input fingerprint).
     */
    public List<PartitionFile> files(StepExecution partition) {
        ExecutionContext context = partition.getExecutionContext();
        if (context.containsKey(FILES)) {
            return files(context);
        }
        Matcher range = NAME.matcher(partition.getStepName());
        if (!range.find()) {
            throw new IllegalStateException("an intake partition without files: " + partition.getStepName());
        }
        int first = Integer.parseInt(range.group(1));
        int last = Integer.parseInt(range.group(2));
        List<SubmissionFile> all = SubmissionFiles.list(input);
        List<PartitionFile> files = new ArrayList<>();
        for (int ord = first; ord <= last; ord++) {
            files.add(new PartitionFile(ord, all.get(ord - 1)));
        }
        return files;
    }

    private static String name(int firstOrd, int lastOrd) {
        return String.format("files%06d-%06d", firstOrd, lastOrd);
    }

    /** The files of the partition whose context is {@code context}, in input order. */
    static List<PartitionFile> files(ExecutionContext context) {
        List<PartitionFile> files = new ArrayList<>();
        for (int i = 0; i < context.getInt(FILES); i++) {
            files.add(new PartitionFile(context.getInt(FILE_ORD + i),
                    new SubmissionFile(Path.of(context.getString(FILE_PATH + i)), context.getString(FILE_NAME + i))));
        }
        return files;
    }

    private static ExecutionContext context(List<PartitionFile> group) {
        ExecutionContext context = new ExecutionContext();
        context.putInt(FILES, group.size());
        for (int i = 0; i < group.size(); i++) {
            context.putInt(FILE_ORD + i, group.get(i).ord());
            context.putString(FILE_PATH + i, group.get(i).file().path().toAbsolutePath().toString());
            context.putString(FILE_NAME + i, group.get(i).file().name());
        }
        return context;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            // an unreadable file is rejected when it is read; here it just weighs nothing
            return 0;
        } catch (UncheckedIOException e) {
            return 0;
        }
    }
}
