package ru.gospages.publish.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputBatchTest {

    @TempDir
    Path dir;

    @Test
    void fileIsWrittenUnderAHiddenTemporaryNameInTheSameFolder() throws IOException {
        try (OutputBatch batch = new OutputBatch()) {
            Path part = batch.create(dir.resolve("2022-11/problems.csv"));

            assertThat(part).isEqualTo(dir.resolve("2022-11/.problems.csv.part"));
            assertThat(part.getParent()).isDirectory();
        }
    }

    @Test
    void finalNamesAppearOnlyWhenTheBatchIsCommitted() throws IOException {
        Path problems = dir.resolve("problems.csv");
        Path changes = dir.resolve("changes.csv");
        try (OutputBatch batch = new OutputBatch()) {
            Files.writeString(batch.create(problems), "problems");
            Files.writeString(batch.create(changes), "changes");
            assertThat(problems).doesNotExist();
            assertThat(changes).doesNotExist();

            batch.commitAll();
        }

        assertThat(problems).hasContent("problems");
        assertThat(changes).hasContent("changes");
        assertThat(namesIn(dir)).containsExactlyInAnyOrder("problems.csv", "changes.csv");
    }

    @Test
    void commitReplacesTheFileOfAnEarlierRun() throws IOException {
        Path summary = dir.resolve("summary.json");
        Files.writeString(summary, "old");

        try (OutputBatch batch = new OutputBatch()) {
            Files.writeString(batch.create(summary), "new");
            batch.commitAll();
        }

        assertThat(summary).hasContent("new");
    }

    @Test
    void discardedBatchLeavesTheEarlierFilesAndNoTemporaryFile() throws IOException {
        Path summary = dir.resolve("summary.json");
        Files.writeString(summary, "old");

        try (OutputBatch batch = new OutputBatch()) {
            Files.writeString(batch.create(summary), "half writ");
            batch.discardAll();
        }

        assertThat(summary).hasContent("old");
        assertThat(namesIn(dir)).containsExactly("summary.json");
    }

    @Test
    void stepThatFailsBeforeCommittingLeavesNothingUnderAFinalName() throws IOException {
        Path registry = dir.resolve("registry.csv");

        assertThatThrownBy(() -> {
            try (OutputBatch batch = new OutputBatch()) {
                Files.writeString(batch.create(dir.resolve("problems.csv")), "complete");
                try (OutputStream out = Files.newOutputStream(batch.create(registry))) {
                    out.write("page_url,platform\r\nhttps://vk.com/a,".getBytes());
                    throw new IOException("database connection lost");
                }
            }
        }).hasMessage("database connection lost");

        assertThat(namesIn(dir)).isEmpty();
    }

    @Test
    void commitRenamesNothingWhenOneFileWasNeverWritten() throws IOException {
        try (OutputBatch batch = new OutputBatch()) {
            Files.writeString(batch.create(dir.resolve("problems.csv")), "problems");
            batch.create(dir.resolve("changes.csv"));

            assertThatThrownBy(batch::commitAll).isInstanceOf(NoSuchFileException.class);
        }

        assertThat(namesIn(dir)).isEmpty();
    }

    @Test
    void staleTemporaryFileOfACrashedRunIsStartedAfresh() throws IOException {
        Path summary = dir.resolve("summary.json");
        Files.writeString(AtomicOutput.partOf(summary), "left by a crash, much longer than the new content");

        try (OutputBatch batch = new OutputBatch()) {
            Path part = batch.create(summary);
            assertThat(part).doesNotExist();
            Files.writeString(part, "{}");
            batch.commitAll();
        }

        assertThat(summary).hasContent("{}");
    }

    @Test
    void sameFileCannotBeWrittenTwiceInOneBatch() throws IOException {
        try (OutputBatch batch = new OutputBatch()) {
            batch.create(dir.resolve("a.csv"));

            assertThatThrownBy(() -> batch.create(dir.resolve("x/../a.csv"))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void singleFileIsRenamedOnlyWhenItsContentSucceeded() throws IOException {
        Path ok = dir.resolve("ok.csv");
        Path broken = dir.resolve("broken.csv");

        AtomicOutput.write(ok, part -> Files.writeString(part, "done"));
        assertThatThrownBy(() -> AtomicOutput.write(broken, part -> {
            Files.writeString(part, "half");
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(ok).hasContent("done");
        assertThat(namesIn(dir)).containsExactly("ok.csv");
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
