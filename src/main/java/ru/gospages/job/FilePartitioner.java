package ru.gospages.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import ru.gospages.intake.SubmissionFile;
import ru.gospages.intake.SubmissionFiles;
import ru.gospages.registry.InputOrder;

/**
 * One intake partition per submission file of the period, numbered in input order (SPEC 6.1), so
 * files are read in parallel while their rows keep their place in the order.
 */
public class FilePartitioner implements Partitioner {

    static final String FILE_ORD = "fileOrd";
    static final String FILE_PATH = "filePath";
    static final String FILE_NAME = "fileName";

    private final Path input;

    public FilePartitioner(Path input) {
        this.input = input;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<SubmissionFile> files = SubmissionFiles.list(input);
        if (files.size() > InputOrder.MAX_FILES) {
            throw new IllegalStateException("too many files in " + input + ": " + files.size());
        }
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(FILE_ORD, i + 1);
            context.putString(FILE_PATH, files.get(i).path().toAbsolutePath().toString());
            context.putString(FILE_NAME, files.get(i).name());
            partitions.put(String.format("file%06d", i + 1), context);
        }
        return partitions;
    }
}
