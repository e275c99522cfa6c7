package ru.gospages.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.profile.TestProfiles;
import ru.gospages.publish.files.OutputBatch;

/** The one call the job makes: every published file of a period goes into the step's batch. */
class PublicationWriterTest {

    @TempDir
    Path output;

    @Test
    void writesTheOpenDataTreeTheWorkbookAndThePageIntoOneBatch() throws IOException {
        try (OutputBatch batch = new OutputBatch()) {
            new PublicationWriter(TestProfiles.standard()).write(batch, output, PublicationFixtures.DECEMBER,
                    PublicationFixtures.registry("2022-12").iterator(), PublicationFixtures.figures(),
                    PublicationFixtures.summary(PublicationFixtures.DECEMBER), PublicationFixtures.details());

            // nothing under a final name before the step commits
            assertThat(output.resolve("2022-12/summary.html")).doesNotExist();
            assertThat(batch.finalPaths()).extracting(path -> output.toAbsolutePath().relativize(path).toString())
                    .containsExactlyInAnyOrder(
                            "opendata/8601010390-officialpages/data-20221231-structure-20221201.csv",
                            "opendata/8601010390-officialpages/structure-20221201.csv",
                            "opendata/8601010390-officialpages/meta.csv",
                            "opendata/8601010390-verification/data-20221231-structure-20221201.csv",
                            "opendata/8601010390-verification/structure-20221201.csv",
                            "opendata/8601010390-verification/meta.csv",
                            "opendata/list.csv",
                            "opendata/datapackage.json",
                            "2022-12/verification-2022-12.xlsx",
                            "2022-12/summary.html");
            batch.commitAll();
        }
        assertThat(Files.readString(output.resolve("2022-12/summary.html"))).contains("92,7\u00A0% с госметкой");
        assertThat(OpenDataFiles.read(output.resolve("opendata/8601010390-officialpages/meta.csv")))
                .contains(java.util.List.of("publishermbox", "opendata@admhmao.ru"));
    }
}
