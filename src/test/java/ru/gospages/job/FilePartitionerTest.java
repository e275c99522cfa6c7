package ru.gospages.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import ru.gospages.job.FilePartitioner.PartitionFile;

class FilePartitionerTest {

    @TempDir
    Path input;

    @Test
    void manySmallFilesMakeAboutEightPartitionsPerThreadOfConsecutiveFilesInInputOrder() throws IOException {
        for (int i = 1; i <= 100; i++) {
            write(String.format("f%03d.csv", i), 1_000);
        }
        Map<String, ExecutionContext> partitions = new FilePartitioner(input).partition(2);

        assertThat(partitions).hasSize(16);
        List<PartitionFile> all = partitions.values().stream().flatMap(p -> FilePartitioner.files(p).stream()).toList();
        assertThat(all).extracting(PartitionFile::ord).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 100).boxed().toList());
        assertThat(all.get(0).file().name()).isEqualTo("f001.csv");
        assertThat(all.get(0).file().path()).isEqualTo(input.resolve("f001.csv").toAbsolutePath());
    }

    @Test
    void aBigFileHasAPartitionOfItsOwnAndNoPartitionIsEmpty() throws IOException {
        write("a.csv", 10);
        write("b.csv", 1_000_000);
        write("c.csv", 10);
        Map<String, ExecutionContext> partitions = new FilePartitioner(input).partition(2);

        assertThat(partitions.values()).allSatisfy(p -> assertThat(FilePartitioner.files(p)).isNotEmpty());
        assertThat(partitions.values().stream().map(p -> FilePartitioner.files(p).stream()
                .map(f -> f.file().name()).toList()).toList())
                .containsExactly(List.of("a.csv", "b.csv"), List.of("c.csv"));
    }

    @Test
    void aPartitionWhoseContextWasLostInACrashFindsItsFilesByItsName() throws IOException {
        for (int i = 1; i <= 40; i++) {
            write(String.format("f%03d.csv", i), 1_000);
        }
        FilePartitioner partitioner = new FilePartitioner(input);
        Map<String, ExecutionContext> partitions = partitioner.partition(2);
        partitions.forEach((name, context) -> {
            JobExecution job = new JobExecution(1L, new JobInstance(1L, "monthlyRun"), new JobParameters());
            StepExecution saved = new StepExecution(1L, "intakeFile:" + name, job);
            saved.setExecutionContext(context);
            StepExecution lost = new StepExecution(2L, "intakeFile:" + name, job);
            assertThat(partitioner.files(lost)).isEqualTo(partitioner.files(saved)).isNotEmpty();
        });
    }

    @Test
    void anEmptyFolderHasNoPartitions() {
        assertThat(new FilePartitioner(input).partition(2)).isEmpty();
    }

    private void write(String name, int bytes) throws IOException {
        Files.write(input.resolve(name), new byte[bytes]);
    }
}
